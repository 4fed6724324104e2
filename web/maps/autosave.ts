/**
 * Autosave of the open map to the local store: an edit is saved 600 ms after the last one (POST on the first
 * save of a new map, then PUT with If-Match), one request at a time, the newest document winning. A 409 (the
 * map was saved elsewhere) stops saving until the person chooses to overwrite or reload; other refusals stop
 * until the next edit or a retry; an unreachable server is retried with a growing delay. The page's document
 * is never touched here: nothing the person did is lost, whatever the server says.
 */
import type { BindingMap } from '../../src/model/index.js';
import { type ApiClient, ApiError, type StoredMap } from '../shell/api-client.js';

export type SaveState =
  /** No store to save to (the page was opened without the server's token). */
  | { kind: 'off' }
  /** Nothing to save: an unedited example or a new, still empty map. */
  | { kind: 'idle' }
  /** Edits wait for the pause after the last one. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; version: number }
  /** Someone else saved this map since the page loaded it; `theirs` is their ETag when the server sent it. */
  | { kind: 'conflict'; theirs: string | null }
  | { kind: 'error'; error: ApiError; retrying: boolean };

/** A stored map the page follows: its id, the ETag of the version it has, and that version's document. */
export interface SaveTarget {
  id: string;
  etag: string;
  version: number;
  map: BindingMap;
}

export interface AutosaveOptions {
  api: ApiClient | null;
  /** Pause after the last edit before saving, in ms. Default 600. */
  delay?: number;
  onState(state: SaveState): void;
  /** After every successful save, with what the store answered (its id is new after a first save). */
  onSaved(record: StoredMap): void;
}

export interface Autosave {
  state(): SaveState;
  /** The stored map followed, or null for a map not stored yet. */
  id(): string | null;
  /** The ETag of the version the page last saved or loaded. */
  etag(): string | null;
  /** Follows a stored map, or a new one (null) that is created on its first save. Drops waiting saves. */
  attach(target: SaveTarget | null): void;
  /** Records an edit: `map` is saved after the pause. */
  schedule(map: BindingMap): void;
  /** Saves what waits now; true when the store then has the page's document. */
  flush(): Promise<boolean>;
  /** After a conflict: saves the page's document over the other version. */
  overwrite(): Promise<boolean>;
  /** After an error: tries again now. */
  retry(): void;
  /** Whether the page holds an edit the store does not have. */
  dirty(): boolean;
}

const RETRY_MS = [2000, 5000, 10_000, 30_000];

const apiError = (e: unknown): ApiError => (e instanceof ApiError ? e : new ApiError(String(e), null));

/**
 * What a failed save means: a conflict or a refusal stops saving (`blocked`); an unreachable or failing server
 * is tried again, more and more slowly (`blocked` null).
 */
function failure(e: unknown): { state: SaveState; blocked: 'conflict' | 'error' | null } {
  const error = apiError(e);
  if (error.status === 409) return { state: { kind: 'conflict', theirs: error.etag }, blocked: 'conflict' };
  if (error.status === null || error.status >= 500)
    return { state: { kind: 'error', error, retrying: true }, blocked: null };
  return { state: { kind: 'error', error, retrying: false }, blocked: 'error' };
}

/** The ETag the store has for a map now, or why it could not be read. */
async function storedEtag(api: ApiClient, id: string): Promise<string | ApiError> {
  try {
    return (await api.getMap(id)).etag;
  } catch (e) {
    return apiError(e);
  }
}

/** The state right after opening: off without a store, else saved (a stored map) or idle (a new one). */
function startState(withStore: boolean, target: { version: number } | null): SaveState {
  if (!withStore) return { kind: 'off' };
  return target ? { kind: 'saved', version: target.version } : { kind: 'idle' };
}

/** Creates the autosaver. */
export function createAutosave(opts: AutosaveOptions): Autosave {
  const delay = opts.delay ?? 600;
  let current: SaveState = startState(opts.api !== null, null);
  let id: string | null = null;
  let etag: string | null = null;
  /** The newest document of the page, and the one the store is known to have. */
  let latest: BindingMap | null = null;
  let saved: BindingMap | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: Promise<void> | null = null;
  /** Set while a conflict or a refusal stops saving. */
  let blocked: 'conflict' | 'error' | null = null;
  let retries = 0;
  /** Bumped by attach, so the answer to a save of the previous map changes nothing. */
  let generation = 0;

  const set = (s: SaveState) => {
    current = s;
    opts.onState(s);
  };
  const dirty = () => latest !== null && latest !== saved;
  const wait = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), ms);
  };

  const run = (): Promise<void> => {
    if (inflight) return inflight;
    const api = opts.api;
    if (!api || !dirty() || blocked) return Promise.resolve();
    clearTimeout(timer);
    const doc = latest!;
    const gen = generation;
    set({ kind: 'saving' });
    inflight = (async () => {
      try {
        const rec = id === null ? await api.createMap(doc) : await api.saveMap(id, doc, etag!);
        if (gen !== generation) return;
        id = rec.id;
        etag = rec.etag;
        saved = doc;
        retries = 0;
        opts.onSaved(rec);
        if (dirty()) {
          set({ kind: 'pending' });
          wait(delay);
        } else set({ kind: 'saved', version: rec.version });
      } catch (e) {
        if (gen !== generation) return;
        const failed = failure(e);
        blocked = failed.blocked;
        set(failed.state);
        if (failed.blocked === null) wait(RETRY_MS[Math.min(retries++, RETRY_MS.length - 1)]!);
      } finally {
        if (gen === generation) inflight = null;
      }
    })();
    return inflight;
  };

  return {
    state: () => current,
    id: () => id,
    etag: () => etag,
    attach(target) {
      generation++;
      clearTimeout(timer);
      inflight = null;
      blocked = null;
      retries = 0;
      id = target?.id ?? null;
      etag = target?.etag ?? null;
      latest = target?.map ?? null;
      saved = latest;
      set(startState(opts.api !== null, target));
    },
    schedule(map) {
      latest = map;
      if (!opts.api) return;
      if (blocked === 'conflict') return;
      // A new edit after a refusal is a new attempt.
      blocked = null;
      if (!dirty()) {
        clearTimeout(timer);
        if (!inflight && id !== null) set({ kind: 'saved', version: Number(etag?.replace(/"/g, '')) || 1 });
        return;
      }
      if (!inflight) set({ kind: 'pending' });
      wait(delay);
    },
    async flush() {
      clearTimeout(timer);
      if (inflight) await inflight;
      if (dirty() && !blocked) await run();
      return !dirty();
    },
    async overwrite() {
      const api = opts.api;
      if (!api || id === null || current.kind !== 'conflict') return false;
      const theirs = current.theirs ?? (await storedEtag(api, id));
      if (theirs instanceof ApiError) {
        set({ kind: 'error', error: theirs, retrying: false });
        return false;
      }
      etag = theirs;
      blocked = null;
      // The store's version differs from the page's even when the documents happen to be equal.
      saved = null;
      await run();
      return !dirty();
    },
    retry() {
      if (blocked === 'conflict') return;
      blocked = null;
      retries = 0;
      void run();
    },
    dirty,
  };
}
