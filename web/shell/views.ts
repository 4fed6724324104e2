/**
 * The page's switches as a panel: the panel's modes (edit, simulate) and the view tabs (graph, table, risk
 * report) with arrow-key navigation; the language switch re-renders every panel through the store.
 */

import { text } from '../../src/text/index.js';
import { byId } from './dom.js';
import { rememberLang } from './i18n.js';
import { setMode, setView } from './navigation.js';
import { applyStaticText } from './page-text.js';
import type { App, View } from './state.js';

function renderModes(app: App): void {
  const { mode, lang } = app.store.get();
  byId('panel-modes').setAttribute('aria-label', text(lang).web.modesLabel);
  byId('mode-edit').setAttribute('aria-pressed', String(mode === 'edit'));
  byId('mode-simulate').setAttribute('aria-pressed', String(mode === 'simulate'));
  document.body.dataset.mode = mode;
}

function renderTabs(app: App): void {
  const { view } = app.store.get();
  for (const tab of document.querySelectorAll<HTMLButtonElement>('#view-tabs [role=tab]')) {
    const active = tab.dataset.view === view;
    tab.setAttribute('aria-selected', String(active));
    tab.tabIndex = active ? 0 : -1;
  }
  for (const v of ['graph', 'table', 'risk', 'survey'] as const) byId(`view-${v}`).hidden = v !== view;
  document.body.dataset.view = view;
}

function wireTabs(app: App): void {
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('#view-tabs [role=tab]')];
  for (const tab of tabs) {
    tab.addEventListener('click', () => setView(app, tab.dataset.view as View));
    tab.addEventListener('keydown', (event) => {
      const i = tabs.indexOf(tab);
      let next = -1;
      if (event.key === 'ArrowRight') next = (i + 1) % tabs.length;
      else if (event.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = tabs.length - 1;
      if (next < 0) return;
      event.preventDefault();
      setView(app, tabs[next]!.dataset.view as View, true);
    });
  }
}

export function mountViews(app: App): void {
  // The static words first: the other panels draw over the elements they mark.
  app.store.subscribe(['lang', 'stored'], (s) =>
    applyStaticText(s.lang, app.api !== null && s.stored !== null),
  );
  app.store.subscribe(['mode', 'lang'], () => renderModes(app));
  app.store.subscribe(['view'], () => renderTabs(app));
  byId('mode-edit').addEventListener('click', () => setMode(app, 'edit'));
  byId('mode-simulate').addEventListener('click', () => setMode(app, 'simulate'));
  byId('lang-switch').addEventListener('click', () => {
    const lang = app.store.get().lang === 'zh' ? 'en' : 'zh';
    rememberLang(lang);
    byId('edit-note').textContent = '';
    app.store.set({ lang });
  });
  wireTabs(app);
  applyStaticText(app.store.get().lang, app.api !== null && app.store.get().stored !== null);
  renderModes(app);
  renderTabs(app);
}
