/**
 * The side panel: in simulate mode the ban form and the impact summary (simulate/), in edit mode the editor
 * (editor/). Re-rendered when what it shows changes, keeping the focused control (by its data-key) and the
 * scroll position; a quiet edit (typing) leaves it as it is.
 */

import { text } from '../../src/text/index.js';
import { editParts } from '../editor/edit-view.js';
import { banAccount, clearSimulation, removeBan, runScenario } from '../simulate/actions.js';
import { simulatePanel } from '../simulate/simulate-panel.js';
import { holdAccount, showTimelineStep } from '../takeover/actions.js';
import { takeoverSection } from '../takeover/takeover-panel.js';
import { timelineSection } from '../takeover/timeline-panel.js';
import { byId, replace } from './dom.js';
import { selectAccount } from './navigation.js';
import type { App } from './state.js';

function simulateParts(app: App): HTMLElement[] {
  const state = app.store.get();
  const onSelect = (id: string) => {
    if (app.store.get().view === 'graph') app.graph?.focus(id);
    selectAccount(app, id);
  };
  const who = takeoverSection({
    compiled: state.compiled,
    lang: state.lang,
    holder: state.holder,
    takeover: state.takeover,
    onHold: (holder) => holdAccount(app, holder),
    onSelect,
  });
  const when = timelineSection({
    map: state.map,
    lang: state.lang,
    timeline: state.timeline,
    onShow: (id, step) => showTimelineStep(app, id, step),
  });
  const parts = simulatePanel({
    map: state.map,
    lang: state.lang,
    selected: state.selected,
    bans: state.bans,
    result: state.result,
    scenarioId: state.scenarioId,
    onBan: (ban) => banAccount(app, ban),
    onRemove: (id) => removeBan(app, id),
    onClear: () => clearSimulation(app),
    onScenario: (id) => runScenario(app, id),
    onClose: (id) => {
      app.store.set({ selected: null });
      app.graph?.focus(id);
    },
    onSelect,
  });
  return state.selected ? parts : [who, ...(when ? [when] : []), ...parts];
}

export function renderPanel(app: App): void {
  const state = app.store.get();
  const body = byId('panel-body');
  const t = text(state.lang).web;
  byId('panel-title').textContent = state.mode === 'edit' ? t.panelEdit : t.panel;
  const active = document.activeElement as HTMLElement | null;
  const focusKey = active && body.contains(active) ? active.dataset.key : undefined;
  const scroll = byId('panel').scrollTop;
  replace(body, state.mode === 'edit' ? editParts(app) : simulateParts(app));
  if (focusKey) {
    body.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus({ preventScroll: true });
    byId('panel').scrollTop = scroll;
  }
}

export function mountSidePanel(app: App): void {
  const keys = [
    'mode',
    'selected',
    'bans',
    'result',
    'scenarioId',
    'map',
    'lang',
    'picker',
    'takeover',
    'timeline',
  ] as const;
  app.store.subscribe(keys, (_state, _changed, meta) => {
    if (!meta.quiet) renderPanel(app);
  });
}
