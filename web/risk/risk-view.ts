/**
 * The risk report tab as a panel: shown while the view is "risk", recomputed when the map changes. The
 * engine's risk analysis and the d3 chart modules load on first use, and a large map shows "computing" first.
 */

import { text } from '../../src/text/index.js';
import { byId, h, replace } from '../shell/dom.js';
import { selectAccount, setMode, setView } from '../shell/navigation.js';
import type { App } from '../shell/state.js';

let riskCode: Promise<{
  computeRisk: typeof import('./risk-source.js').computeRisk;
  riskReport: typeof import('./risk-report.js').riskReport;
}> | null = null;

export function loadRiskCode() {
  riskCode ??= Promise.all([import('./risk-source.js'), import('./risk-report.js')]).then(
    ([source, view]) => ({ computeRisk: source.computeRisk, riskReport: view.riskReport }),
  );
  return riskCode;
}

function renderRisk(app: App): void {
  const panel = byId('view-risk');
  if (!panel.firstChild)
    replace(panel, h('p', { class: 'muted', role: 'status' }, text(app.store.get().lang).web.riskComputing));
  void loadRiskCode().then(({ computeRisk, riskReport }) => {
    const state = app.store.get();
    if (state.view !== 'risk') return;
    if (state.risk === null && state.map.accounts.length > 0) {
      const compiled = state.compiled;
      app.store.set({ risk: 'computing' });
      // Let the "computing" message paint first: a large map can take a moment.
      setTimeout(() => {
        if (app.store.get().compiled !== compiled) return;
        app.store.set({ risk: computeRisk(compiled) });
      }, 0);
      return;
    }
    replace(
      panel,
      riskReport({
        map: state.map,
        lang: state.lang,
        risk: state.risk ?? 'computing',
        onSelect: (id) => {
          setView(app, 'graph');
          setMode(app, 'simulate');
          selectAccount(app, id);
        },
      }),
    );
  });
}

export function mountRiskView(app: App): void {
  app.store.subscribe(['view', 'risk', 'lang', 'map'], (state) => {
    if (state.view === 'risk') renderRisk(app);
  });
}
