/**
 * Actions on the open document: make a map the present (compile it, recompute the baseline and any running
 * simulation), record a validated edit (undoable, autosaved), undo and redo, delete the selection. Every edit
 * goes through `commit`, so nothing invalid is ever recorded.
 */
import { deleteAccount, setTitle } from '../../src/engine/edit.js';
import { impact } from '../../src/engine/impact.js';
import { parseMap } from '../../src/engine/validate.js';
import type { BindingMap, Issue } from '../../src/model/index.js';
import { text } from '../../src/text/index.js';
import { graphData } from '../graph/graph-data.js';
import { removeLink } from '../graph/graph-edit.js';
import { byId } from '../shell/dom.js';
import type { App, AppState } from '../shell/state.js';
import { takeoverAfterEdit } from '../takeover/actions.js';
import { confirmDelete } from './delete-confirm.js';
import { record, redo, startHistory, stepBackTo, undo } from './history.js';

/** The state fields that follow from `map` being the present; bans on accounts no longer there are dropped. */
export function present(state: AppState, map: BindingMap): Partial<AppState> {
  const parsed = parseMap(map);
  if (!parsed.ok) throw new Error('present: the map does not validate');
  const baseline = impact(parsed.compiled, []);
  const ids = new Set(map.accounts.map((a) => a.id));
  const caps = new Map(parsed.compiled.ids.map((id, i) => [id, parsed.compiled.caps[i]!] as const));
  const bans = state.bans.filter(
    (b) =>
      ids.has(b.account) && (!Array.isArray(b.lose) || b.lose.every((c) => caps.get(b.account)?.includes(c))),
  );
  const scenarioKept = state.scenarioId && map.scenarios?.some((s) => s.id === state.scenarioId);
  return {
    map,
    compiled: parsed.compiled,
    baseline,
    warnings: parsed.validation.warnings,
    graph: graphData(map, baseline),
    bans,
    scenarioId: scenarioKept ? state.scenarioId : null,
    result: bans.length > 0 ? impact(parsed.compiled, bans) : null,
    selected: state.selected && ids.has(state.selected) ? state.selected : null,
    selectedLink: null,
    risk: null,
    ...takeoverAfterEdit(parsed.compiled, bans.length > 0 ? null : state.holder),
    timeline: null,
  };
}

/** Validates a candidate map: its errors, none when it is valid. */
export function check(candidate: BindingMap): Issue[] {
  return parseMap(candidate).validation.errors;
}

/** Tells screen readers what an edit did (a fresh text node in the next frame, so a repeat is read again). */
export function announce(text: string): void {
  const note = byId('edit-note');
  note.textContent = '';
  requestAnimationFrame(() => {
    note.textContent = text;
  });
}

/**
 * Records an edit when the candidate validates (undoable, autosaved); returns its errors otherwise. A quiet
 * edit (typing in a text field) leaves the panel as it is, so the field keeps its focus and the next click lands.
 */
export function commit(
  app: App,
  candidate: BindingMap,
  opts: { announce?: string; quiet?: boolean } = {},
): Issue[] | null {
  const state = app.store.get();
  if (candidate === state.map) return null;
  const errors = check(candidate);
  if (errors.length) return errors;
  let next = candidate;
  let history = state.history;
  const patch: Partial<AppState> = {};
  if (state.source.kind === 'example') {
    // The first edit of the example makes it the person's own copy, saved as a new map.
    const t = text(state.lang).web;
    const title = t.copyOf(state.map.title ?? t.untitled);
    history = startHistory(setTitle(state.map, title));
    next = setTitle(candidate, title);
    patch.source = { kind: 'empty' };
    patch.fromExample = true;
  }
  patch.history = record(history, next);
  app.store.set({ ...patch, ...present(state, next) }, { quiet: opts.quiet === true });
  app.autosave.schedule(next);
  if (opts.announce) announce(opts.announce);
  return null;
}

/** Makes a map from elsewhere (the store, a restored revision) the present, as an undoable step. */
export function adopt(app: App, map: BindingMap): void {
  const state = app.store.get();
  app.store.set({ history: record(state.history, map), ...present(state, map) });
}

export function undoEdit(app: App): void {
  const state = app.store.get();
  const h = undo(state.history);
  if (!h) {
    void undoFromStore(app);
    return;
  }
  app.store.set({ history: h, ...present(state, h.present) });
  app.autosave.schedule(h.present);
}

let fetching = false;

/**
 * With nothing left to undo in this page (after a reload), goes back one stored version: it becomes the
 * present (saved as a new version, so nothing is lost) and redo comes back to where the page was.
 */
async function undoFromStore(app: App): Promise<void> {
  const version = app.store.get().olderRevision;
  const id = app.autosave.id();
  if (version === null || !app.api || !id || fetching) return;
  fetching = true;
  try {
    const rev = await app.api.getRevision(id, version);
    const state = app.store.get();
    if (app.autosave.id() !== id || state.olderRevision !== version) return;
    app.store.set({
      history: stepBackTo(state.history, rev.map),
      olderRevision: version > 1 ? version - 1 : null,
      ...present(state, rev.map),
    });
    app.autosave.schedule(rev.map);
    announce(text(state.lang).history.backToVersion(version));
  } catch {
    app.store.set({ olderRevision: null });
    announce(text(app.store.get().lang).history.versionGone);
  } finally {
    fetching = false;
  }
}

export function redoEdit(app: App): void {
  const state = app.store.get();
  const h = redo(state.history);
  if (!h) return;
  app.store.set({ history: h, ...present(state, h.present) });
  app.autosave.schedule(h.present);
}

/** Asks, then deletes an account and every link to it. */
export async function requestDelete(app: App, id: string): Promise<void> {
  const state = app.store.get();
  const account = state.map.accounts.find((a) => a.id === id);
  if (!account || !(await confirmDelete(state.map, id, state.lang))) return;
  const now = app.store.get();
  if (now.selected === id) app.store.set({ selected: null });
  commit(app, deleteAccount(now.map, id), { announce: text(now.lang).web.deleted(account.label) });
}

/** Deletes the selected link or the focused (or open) account; false when there is nothing to delete. */
export function deleteSelection(app: App): boolean {
  const state = app.store.get();
  if (state.selectedLink) {
    const candidate = removeLink(state.map, state.selectedLink);
    app.store.set({ selectedLink: null });
    commit(app, candidate, { announce: text(state.lang).web.linkRemoved });
    return true;
  }
  const active = document.activeElement;
  const node = active instanceof Element ? active.closest('.node') : null;
  const id = node?.getAttribute('data-id') ?? (state.mode === 'edit' ? state.selected : null);
  if (!id || (!node && active !== document.body && !byId('graph').contains(active))) return false;
  void requestDelete(app, id);
  return true;
}
