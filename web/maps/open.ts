/**
 * Actions that change which map is open: open a stored map, the example, an empty map or an imported file;
 * leave the current map only after its edits are saved (or the person agrees to lose them); remember the last
 * stored map so the next visit reopens it.
 */
import { issueText } from '../../src/engine/issue-text.js';
import type { BindingMap, Issue } from '../../src/model/index.js';
import { formatPath } from '../../src/model/index.js';
import { text } from '../../src/text/index.js';
import { present } from '../editor/document.js';
import { startHistory } from '../editor/history.js';
import type { StoredMap } from '../shell/api-client.js';
import { confirmDialog } from '../shell/dialog.js';
import { byId, h } from '../shell/dom.js';
import { startAdding } from '../shell/navigation.js';
import { showAlert } from '../shell/page-text.js';
import type { App, Mode } from '../shell/state.js';
import type { Source } from './map-banner.js';
import { emptyMap, exampleMap, loadMapText } from './map-source.js';

const LAST_MAP = 'banradius.lastMap';

export function rememberMap(id: string | null): void {
  try {
    if (id) localStorage.setItem(LAST_MAP, id);
    else localStorage.removeItem(LAST_MAP);
  } catch {
    // Not remembering only means the example opens next time.
  }
}

export function lastMap(): string | null {
  try {
    return localStorage.getItem(LAST_MAP);
  } catch {
    return null;
  }
}

/** Opens a map with a fresh history; `target` is where the store has it (null: not stored yet). */
export function openMap(
  app: App,
  map: BindingMap,
  source: Source,
  opts: { target?: StoredMap | null; mode?: Mode } = {},
): void {
  const start = performance.now();
  byId('edit-note').textContent = '';
  const base = { ...app.store.get(), bans: [], scenarioId: null, selected: null };
  app.store.set({
    ...present(base, map),
    history: startHistory(map),
    opened: base.opened + 1,
    olderRevision: opts.target && opts.target.version > 1 ? opts.target.version - 1 : null,
    source,
    fromExample: false,
    picker: { query: '', provider: null },
    ...(opts.mode ? { mode: opts.mode } : {}),
  });
  const target = opts.target ?? null;
  app.autosave.attach(target ? { id: target.id, etag: target.etag, version: target.version, map } : null);
  if (target) rememberMap(target.id);
  performance.measure('br-open-map', { start, end: performance.now() });
}

/** Before leaving the open map: saves what waits; asks when that fails. True to go on. */
export async function leaveCurrent(app: App): Promise<boolean> {
  if (!app.autosave.dirty()) return true;
  if (await app.autosave.flush()) return true;
  const t = text(app.store.get().lang).web;
  return confirmDialog({
    title: t.leaveTitle,
    body: h('p', {}, t.leaveBody),
    confirm: t.leaveAnyway,
    cancel: t.cancel,
    danger: true,
  });
}

export async function switchTo(app: App, open: () => unknown): Promise<void> {
  if (await leaveCurrent(app)) await open();
}

export async function openStored(app: App, id: string): Promise<boolean> {
  if (!app.api) return false;
  try {
    const stored = await app.api.getMap(id);
    openMap(app, stored.map, { kind: 'stored', id }, { target: stored, mode: 'edit' });
    return true;
  } catch {
    showAlert(app.store.get().lang, text(app.store.get().lang).web.apiError, [], 'error');
    return false;
  }
}

export async function newEmpty(app: App): Promise<void> {
  await switchTo(app, () => {
    openMap(app, emptyMap(), { kind: 'empty' }, { mode: 'edit' });
    rememberMap(null);
    startAdding(app);
  });
}

export function openExample(app: App): void {
  openMap(app, exampleMap(), { kind: 'example' }, { mode: 'simulate' });
  rememberMap(null);
}

function issueLine(app: App, issue: Issue, doc: unknown): string {
  const lang = app.store.get().lang;
  return text(lang).web.labelled(formatPath(issue.path), issueText(issue, lang, doc));
}

/** Imports a map file: checked first; only a valid map is opened (as a new map, saved at once). */
export async function loadFile(app: App, file: File): Promise<void> {
  const lang = app.store.get().lang;
  const t = text(lang).web;
  const source = await file.text();
  const result = await loadMapText(source);
  if (!result.ok) {
    if (result.notJson) {
      showAlert(lang, t.importTitle, [result.forbiddenKey ? t.importForbidden : t.importNotJson], 'error');
      return;
    }
    let doc: unknown = null;
    try {
      doc = JSON.parse(source);
    } catch {
      // Validated already: it parses.
    }
    const lines = result.errors.slice(0, 50).map((i) => issueLine(app, i, doc));
    showAlert(lang, t.labelled(t.importTitle, t.importInvalid(result.errors.length)), lines, 'error');
    return;
  }
  if (!(await leaveCurrent(app))) return;
  byId('alerts').replaceChildren();
  openMap(app, result.map, { kind: 'file', name: file.name });
  // An imported map is the person's: it is saved as a new map right away.
  app.autosave.schedule(result.map);
  void app.autosave.flush();
  if (result.warnings.length) {
    const lines = result.warnings.slice(0, 50).map((i) => issueLine(app, i, result.map));
    showAlert(lang, t.importWarnings(result.warnings.length), lines, 'warning');
  }
}

/** Reads the list of stored maps again (after a save of a new map, a rename, a delete). */
export async function refreshStored(app: App): Promise<void> {
  if (!app.api) return;
  try {
    app.store.set({ stored: await app.api.listMaps() });
  } catch {
    app.store.set({ stored: null });
  }
}
