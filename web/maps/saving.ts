/**
 * Saving the open map: the status line and its alert (a panel on `save`), what happens after a save (the
 * page follows the stored map and refreshes the list), and the ways out of a conflict (reload theirs,
 * overwrite, download mine, save as new).
 */

import { text } from '../../src/text/index.js';
import { adopt } from '../editor/document.js';
import type { StoredMap } from '../shell/api-client.js';
import { byId } from '../shell/dom.js';
import { download } from '../shell/download.js';
import { showAlert } from '../shell/page-text.js';
import type { App } from '../shell/state.js';
import { refreshStored, rememberMap } from './open.js';
import { renderSaveStatus } from './save-status.js';

/** After a save: the page follows the stored map; a new map or a new title refreshes the list. */
export function onSaved(app: App, rec: StoredMap): void {
  const state = app.store.get();
  const isNew = state.source.kind !== 'stored' || state.source.id !== rec.id;
  if (isNew) app.store.set({ source: { kind: 'stored', id: rec.id } });
  rememberMap(rec.id);
  const listed = state.stored?.find((m) => m.id === rec.id);
  if (isNew || !listed || listed.title !== rec.title) void refreshStored(app);
}

/** Conflict: replaces the page's document by the stored one (undoable). */
async function reloadTheirs(app: App): Promise<void> {
  const id = app.autosave.id();
  if (!app.api || !id) return;
  try {
    const rec = await app.api.getMap(id);
    adopt(app, rec.map);
    app.autosave.attach({ id: rec.id, etag: rec.etag, version: rec.version, map: rec.map });
  } catch {
    const lang = app.store.get().lang;
    showAlert(lang, text(lang).web.apiError, [], 'error');
  }
}

/** Draws the save status line and alert now. */
export function renderSave(app: App): void {
  const state = app.store.get();
  renderSaveStatus(byId('save-status'), byId('save-alert'), {
    save: state.save,
    lang: state.lang,
    idle: state.source.kind === 'example' ? 'example' : 'new',
    map: state.map,
    onRetry: () => app.autosave.retry(),
    onOverwrite: () => void app.autosave.overwrite(),
    onReload: () => void reloadTheirs(app),
    onDownload: () =>
      download('banradius-map.json', 'application/json', `${JSON.stringify(app.store.get().map, null, 2)}\n`),
    onSaveAsNew: () => {
      app.autosave.attach(null);
      app.autosave.schedule(app.store.get().map);
      void app.autosave.flush();
    },
  });
}

/** The save status follows the save state, the language and the source. */
export function mountSaveStatus(app: App): void {
  app.store.subscribe(['save', 'lang', 'source', 'history'], () => renderSave(app));
}
