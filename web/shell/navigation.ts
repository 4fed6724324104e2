/**
 * Actions that move around the page: open an account in the side panel, switch the panel's mode (edit or
 * simulate) and the main view (graph, table, risk report), start adding an account. Focus follows, so a
 * keyboard user lands where the change happened.
 */
import { byId } from './dom.js';
import type { App, Mode, View } from './state.js';

/** Matches when the panel sits below the graph instead of beside it (see shell/layout.css). */
export const NARROW = window.matchMedia('(max-width: 900px)');

export function selectAccount(app: App, id: string): void {
  app.store.set({ selected: id, selectedLink: null });
  byId('panel').scrollTop = 0;
  if (app.store.get().mode === 'simulate') document.getElementById('ban-preset')?.focus();
  else document.getElementById('account-edit-title')?.focus({ preventScroll: true });
}

export function setMode(app: App, mode: Mode): void {
  const state = app.store.get();
  if (state.mode === mode) return;
  app.store.set({ mode, selectedLink: null, linkMode: mode === 'simulate' ? false : state.linkMode });
}

export function setView(app: App, view: View, focusTab = false): void {
  app.store.set({ view });
  if (focusTab) byId(`tab-${view}`).focus();
}

/** Opens the catalog picker in edit mode with its search focused. */
export function startAdding(app: App): void {
  setMode(app, 'edit');
  const picker = app.store.get().picker;
  app.store.set({ selected: null, picker: { query: picker.query, provider: null } });
  const search = document.getElementById('catalog-search') as HTMLInputElement | null;
  search?.focus();
  search?.select();
}
