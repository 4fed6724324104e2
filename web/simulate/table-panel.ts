/** The table tab as a panel: every account with its status, shown while the view is "table". */

import { text } from '../../src/text/index.js';
import { byId, h, replace } from '../shell/dom.js';
import { selectAccount, setMode } from '../shell/navigation.js';
import type { App } from '../shell/state.js';
import { tableView } from './table-view.js';

function renderTable(app: App): void {
  const state = app.store.get();
  replace(
    byId('view-table'),
    h('h2', { class: 'visually-hidden' }, text(state.lang).web.viewTable),
    tableView({
      map: state.map,
      lang: state.lang,
      baseline: state.baseline,
      result: state.result,
      onSimulate: (id) => {
        setMode(app, 'simulate');
        selectAccount(app, id);
      },
    }),
  );
}

export function mountTable(app: App): void {
  app.store.subscribe(['view', 'map', 'result', 'lang', 'baseline'], (state) => {
    if (state.view === 'table') renderTable(app);
  });
}
