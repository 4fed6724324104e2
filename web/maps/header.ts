/**
 * The header's map controls as a panel: the stored-maps picker (when the store is connected), "my maps",
 * "open example" (hidden while the example is open), load a file, new empty map; and the banner above the
 * graph that says what the open map is.
 */

import { text } from '../../src/text/index.js';
import { byId, dataText, h, replace } from '../shell/dom.js';
import type { App } from '../shell/state.js';
import { runScenario } from '../simulate/actions.js';
import { openIo, openMaps } from './dialogs.js';
import { mapBanner } from './map-banner.js';
import { loadFile, newEmpty, openExample, openStored, switchTo } from './open.js';

function renderHeaderControls(app: App): void {
  const state = app.store.get();
  byId('open-example').hidden = state.source.kind === 'example';
  const box = byId('stored-maps');
  const manage = byId('open-maps');
  if (!app.api || state.stored === null) {
    box.hidden = true;
    manage.hidden = true;
    return;
  }
  box.hidden = false;
  manage.hidden = false;
  const t = text(state.lang).web;
  const sel = h(
    'select',
    { id: 'stored-select' },
    h('option', { value: '' }, state.stored.length ? t.storedChoose : t.storedNone),
    state.stored.map((m) => h('option', { value: m.id }, m.title || t.untitled)),
  );
  if (state.source.kind === 'stored') sel.value = state.source.id;
  sel.addEventListener('change', () => {
    if (sel.value) void switchTo(app, () => openStored(app, sel.value));
  });
  replace(box, h('label', { for: 'stored-select', class: 'field-label' }, t.storedMaps), sel);
}

function renderBanner(app: App): void {
  const state = app.store.get();
  const title = byId('map-title');
  replace(title, state.map.title ? dataText(state.map.title) : text(state.lang).web.untitled);
  // The example's banner says what it is; its long case title stays for screen readers and print.
  title.classList.toggle('visually-hidden', state.source.kind === 'example');
  const banner = byId('map-banner');
  banner.className = state.source.kind === 'example' ? 'map-banner example' : 'map-banner';
  replace(
    banner,
    mapBanner({
      map: state.map,
      lang: state.lang,
      source: state.source,
      fromExample: state.fromExample,
      onReplay: (id) => runScenario(app, id),
      onNewEmpty: () => void newEmpty(app),
    }),
  );
}

export function mountMapControls(app: App): void {
  app.store.subscribe(['source', 'stored', 'lang'], () => renderHeaderControls(app));
  app.store.subscribe(['map', 'source', 'fromExample', 'lang'], () => renderBanner(app));
  byId('new-empty').addEventListener('click', () => void newEmpty(app));
  byId('open-example').addEventListener('click', () => void switchTo(app, () => openExample(app)));
  byId('open-maps').addEventListener('click', () => void openMaps(app));
  byId('open-io').addEventListener('click', () => void openIo(app));
  const input = byId<HTMLInputElement>('file-input');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file)
      void loadFile(app, file).finally(() => {
        input.value = '';
      });
  });
  renderHeaderControls(app);
  renderBanner(app);
}
