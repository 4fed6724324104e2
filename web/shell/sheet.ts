/**
 * On narrow screens the side panel is a sheet over the bottom of the page (narrow.css): closed it shows its
 * title, and it opens by itself when there is something to read (an account picked, a ban's result, the
 * editor), so the answer is on screen without scrolling past the graph. The handle opens and closes it.
 * Whether it is open is presentation only, so it lives on `body[data-sheet]`, not in the store.
 */

import { text } from '../../src/text/index.js';
import { byId, h } from './dom.js';
import type { App } from './state.js';

/** Where the panel is a sheet (the breakpoint of narrow.css). */
const NARROW = '(max-width: 720px)';

function setOpen(open: boolean, app: App): void {
  document.body.dataset.sheet = open ? 'open' : 'closed';
  const handle = document.getElementById('sheet-handle');
  if (!handle) return;
  const t = text(app.store.get().lang).web;
  handle.setAttribute('aria-expanded', String(open));
  handle.querySelector('.sheet-handle-text')!.textContent = open ? t.sheetHide : t.sheetShow;
}

/** Adds the sheet's handle to the panel and opens the sheet whenever the panel gets something to show. */
export function mountSheet(app: App): void {
  const panel = byId('panel');
  const handle = h(
    'button',
    { type: 'button', id: 'sheet-handle', class: 'sheet-handle', 'aria-controls': 'panel-body' },
    h('span', { class: 'sheet-handle-text' }),
  );
  handle.addEventListener('click', () => setOpen(document.body.dataset.sheet !== 'open', app));
  panel.prepend(handle);
  setOpen(false, app);
  app.store.subscribe(['selected', 'result', 'takeover', 'mode', 'picker', 'lang'], (state, changed) => {
    if (changed.has('lang') && changed.size === 1) {
      setOpen(document.body.dataset.sheet === 'open', app);
      return;
    }
    const something =
      state.selected !== null || state.result !== null || state.takeover !== null || state.mode === 'edit';
    setOpen(something, app);
    // The sheet covers the lower part of the screen: bring the graph to the top so it stays in view above it.
    if (something && state.view === 'graph' && matchMedia(NARROW).matches) {
      const graph = byId('graph');
      const top = graph.getBoundingClientRect().top;
      if (top > window.innerHeight * 0.1 || top < -graph.clientHeight / 2)
        graph.scrollIntoView({ block: 'start', behavior: 'instant' });
    }
  });
}
