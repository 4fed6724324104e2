/**
 * The two dialogs of the header, loaded on first use: "my maps" (open, rename, delete, revisions) and
 * import/export (files, formats, redaction).
 */

import { setTitle } from '../../src/engine/edit.js';
import { parseMap } from '../../src/engine/validate.js';
import { adopt, commit } from '../editor/document.js';
import { loadRiskCode } from '../risk/risk-view.js';
import type { App } from '../shell/state.js';
import { loadFile, newEmpty, openExample, openStored, refreshStored, switchTo } from './open.js';

export async function openMaps(app: App): Promise<void> {
  const api = app.api;
  if (!api) return;
  const { openMapsMenu } = await import('./maps-menu.js');
  const state = app.store.get();
  openMapsMenu({
    api,
    lang: state.lang,
    currentId: state.source.kind === 'stored' ? state.source.id : null,
    onOpen: (id) => void switchTo(app, () => openStored(app, id)),
    onNew: () => void newEmpty(app),
    onRenameCurrent: async (title) => {
      commit(app, setTitle(app.store.get().map, title));
      await app.autosave.flush();
    },
    onDeleted: (id) => {
      const source = app.store.get().source;
      if (source.kind === 'stored' && source.id === id) {
        app.autosave.attach(null);
        openExample(app);
      }
    },
    onRestored: (rec) => {
      adopt(app, rec.map);
      app.autosave.attach({ id: rec.id, etag: rec.etag, version: rec.version, map: rec.map });
    },
    flushCurrent: async () => ((await app.autosave.flush()) ? app.autosave.etag() : null),
    currentMap: () => app.store.get().map,
    onListChanged: () => void refreshStored(app),
  });
}

export async function openIo(app: App): Promise<void> {
  const { openImportExport } = await import('./import-export.js');
  const state = app.store.get();
  openImportExport({
    lang: state.lang,
    api: app.api && state.stored !== null ? app.api : null,
    map: () => app.store.get().map,
    savedId: async () =>
      (await app.autosave.flush()) && app.autosave.id() !== null ? app.autosave.id() : null,
    computeRisk: async (map) => {
      const { computeRisk } = await loadRiskCode();
      const parsed = parseMap(map);
      return parsed.ok ? computeRisk(parsed.compiled) : 'unavailable';
    },
    onImport: (file) => void loadFile(app, file),
    onPasswordImport: () => void import('../import/import-dialog.js').then((m) => m.openPasswordImport(app)),
  });
}
