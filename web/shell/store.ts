/**
 * The page's one store: the state, `set` to change part of it, and `subscribe` for panels that re-render when
 * the keys they read change. Listeners run synchronously in the order they subscribed, so an action can move
 * focus into what a panel has just drawn.
 */

/** What a change carries besides the new values: a quiet edit leaves the side panel as it is (typing). */
export interface ChangeMeta {
  quiet?: boolean;
}

export type Listener<S> = (state: Readonly<S>, changed: ReadonlySet<keyof S>, meta: ChangeMeta) => void;

export interface Store<S> {
  get(): Readonly<S>;
  /** Merges `patch` into the state and tells the listeners whose keys changed (by identity). */
  set(patch: Partial<S>, meta?: ChangeMeta): void;
  /** Calls `listener` after each change to one of `keys` ('*': any); returns the unsubscribe function. */
  subscribe(keys: readonly (keyof S)[] | '*', listener: Listener<S>): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners: { keys: ReadonlySet<keyof S> | null; fn: Listener<S> }[] = [];
  return {
    get: () => state,
    set(patch, meta = {}) {
      const changed = new Set<keyof S>();
      for (const key of Object.keys(patch) as (keyof S)[]) if (patch[key] !== state[key]) changed.add(key);
      if (changed.size === 0) return;
      state = { ...state, ...patch };
      for (const l of [...listeners]) {
        if (l.keys === null || [...changed].some((k) => l.keys!.has(k))) l.fn(state, changed, meta);
      }
    },
    subscribe(keys, fn) {
      const entry = { keys: keys === '*' ? null : new Set(keys), fn };
      listeners.push(entry);
      return () => {
        const i = listeners.indexOf(entry);
        if (i >= 0) listeners.splice(i, 1);
      };
    },
  };
}
