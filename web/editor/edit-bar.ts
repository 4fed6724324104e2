/**
 * The edit bar as a panel: undo and redo (enabled when the history has a step), add account, link mode
 * (edit mode only), import/export; the save status sits in the middle (maps/saving.ts).
 */
import { text } from '../../src/text/index.js';
import { byId } from '../shell/dom.js';
import { startAdding } from '../shell/navigation.js';
import type { App } from '../shell/state.js';
import { announce, redoEdit, undoEdit } from './document.js';

function renderEditBar(app: App): void {
  const state = app.store.get();
  const t = text(state.lang).web;
  const undoButton = byId<HTMLButtonElement>('undo');
  const redoButton = byId<HTMLButtonElement>('redo');
  const fromStore = state.history.past.length === 0 && state.olderRevision !== null && app.api !== null;
  undoButton.disabled = state.history.past.length === 0 && !fromStore;
  redoButton.disabled = state.history.future.length === 0;
  undoButton.title = fromStore ? text(state.lang).history.undoToVersion(state.olderRevision!) : t.undoHint;
  redoButton.title = t.redoHint;
  const link = byId<HTMLButtonElement>('link-mode');
  link.setAttribute('aria-pressed', String(state.linkMode));
  link.title = t.linkModeHint;
  link.hidden = state.mode !== 'edit';
  document.body.dataset.link = state.linkMode ? 'on' : 'off';
}

export function mountEditBar(app: App): void {
  app.store.subscribe(['history', 'olderRevision', 'linkMode', 'mode', 'lang'], () => renderEditBar(app));
  byId('undo').addEventListener('click', () => undoEdit(app));
  byId('redo').addEventListener('click', () => redoEdit(app));
  byId('add-account').addEventListener('click', () => startAdding(app));
  byId('link-mode').addEventListener('click', () => {
    const on = !app.store.get().linkMode;
    app.store.set({ linkMode: on });
    if (on) announce(text(app.store.get().lang).web.linkModeOn);
  });
  renderEditBar(app);
}
