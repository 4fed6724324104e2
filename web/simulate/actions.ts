/**
 * Simulation actions: ban an account (with the capabilities it loses), lift a ban, replay a scenario, clear.
 * The engine runs here in the browser, so the graph re-colours at once; the time from the engine call to the
 * re-coloured graph is measured as "br-recolour" and the panel after it as "br-panel" (the UI benchmark).
 */
import { impact } from '../../src/engine/impact.js';
import type { Ban } from '../../src/model/index.js';
import { byId } from '../shell/dom.js';
import { NARROW, setMode } from '../shell/navigation.js';
import type { App, AppState } from '../shell/state.js';

/** The graph view marks this after it has painted a new result. */
export const RECOLOURED = 'br-recoloured';

function simulate(
  app: App,
  bans: Ban[],
  scenarioId: string | null,
  focusResult: boolean,
  extra: Partial<AppState> = {},
): void {
  const start = performance.now();
  performance.clearMarks(RECOLOURED);
  const result = bans.length > 0 ? impact(app.store.get().compiled, bans) : null;
  app.store.set({ holder: null, takeover: null, timeline: null, ...extra, bans, scenarioId, result });
  const painted = performance.getEntriesByName(RECOLOURED).at(-1)?.startTime ?? start;
  performance.measure('br-recolour', { start, end: painted });
  performance.measure('br-panel', { start: painted, end: performance.now() });
  if (focusResult) {
    const heading = document.getElementById(result ? 'impact-title' : 'panel-title');
    // Beside the graph the panel is already in view; below it (narrow screens) scroll the result into view.
    heading?.focus({ preventScroll: !NARROW.matches });
  }
}

export function banAccount(app: App, ban: Ban): void {
  const others = app.store.get().bans.filter((b) => b.account !== ban.account);
  simulate(app, [...others, ban], null, true, { selected: null });
}

export function removeBan(app: App, account: string): void {
  const bans = app.store.get().bans.filter((b) => b.account !== account);
  simulate(app, bans, null, true);
}

export function clearSimulation(app: App): void {
  const state = app.store.get();
  // Keyboard focus goes back to the account the person was working on.
  const last = state.selected ?? state.bans.at(-1)?.account ?? null;
  const hadFocusInPanel = byId('panel').contains(document.activeElement);
  simulate(app, [], null, false, { selected: null, selectedLink: null });
  if (hadFocusInPanel) {
    if (last && app.store.get().view === 'graph') app.graph?.focus(last);
    else byId('panel-title').focus();
  }
}

export function runScenario(app: App, id: string): void {
  const sc = app.store.get().map.scenarios?.find((s) => s.id === id);
  if (!sc) return;
  setMode(app, 'simulate');
  simulate(app, [...sc.bans], id, true, { selected: null });
}
