/**
 * Takeover actions: a stranger holds a phone number or mailbox of the map whole; the engine's takeover runs in
 * the page and its result goes to the store (the ban simulation is cleared, the two never show together).
 */
import type { Compiled } from '../../src/engine/compile.js';
import { takeover } from '../../src/engine/takeover.js';
import { resolveTimeline, runTimeline } from '../../src/engine/timeline.js';
import type { Takeover, Timeline } from '../../src/model/index.js';
import type { App, AppState } from '../shell/state.js';

/** The accounts a stranger can be given: the map's phone numbers and mailboxes. */
export function holderChoices(c: Compiled): { id: string; label: string }[] {
  return c.map.accounts
    .filter((a) => a.kind === 'phone' || a.kind === 'email')
    .map((a) => ({ id: a.id, label: a.label }));
}

function run(c: Compiled, holder: string | null): Takeover | null {
  if (holder === null || !c.index.has(holder)) return null;
  return takeover(c, [{ account: holder }]);
}

/** Simulates a stranger holding `holder` whole (null: stop simulating). */
export function holdAccount(app: App, holder: string | null): void {
  const result = run(app.store.get().compiled, holder);
  app.store.set({
    holder: result ? holder : null,
    takeover: result,
    bans: [],
    result: null,
    scenarioId: null,
    selected: null,
    timeline: null,
  });
}

/** The takeover fields after the map changed: re-run for the same holder, cleared when it is gone. */
export function takeoverAfterEdit(
  c: Compiled,
  holder: string | null,
): { holder: string | null; takeover: Takeover | null } {
  const result = run(c, holder);
  return { holder: result ? holder : null, takeover: result };
}

/** The value of a catalog preset built for an account in the timeline select. */
export function presetChoice(preset: string, account: string): string {
  return `preset|${preset}|${account}`;
}

/** The timeline a choice of the select names: the map's own by id, or a catalog preset for an account. */
function timelineOf(map: AppState['map'], choice: string, lang: AppState['lang']): Timeline | undefined {
  const [kind, preset, account] = choice.split('|');
  const r =
    kind === 'preset' && preset && account
      ? resolveTimeline(map, { preset, account }, lang)
      : resolveTimeline(map, { timeline: choice }, lang);
  return r.ok ? r.timeline : undefined;
}

/** Shows step `step` of the map's timeline `id`: its bans colour the graph, its holds paint the takeover. */
export function showTimelineStep(app: App, id: string | null, step = 0): void {
  const state = app.store.get();
  const timeline = id === null ? undefined : timelineOf(state.map, id, state.lang);
  if (!timeline || timeline.steps.length === 0) {
    app.store.set({ timeline: null, bans: [], result: null, holder: null, takeover: null });
    return;
  }
  const result = state.timeline?.id === id ? state.timeline.result : runTimeline(state.compiled, timeline);
  const at = Math.min(Math.max(0, step), result.steps.length - 1);
  const shown = result.steps[at]!;
  const src = timeline.steps[at]!;
  app.store.set({
    timeline: { id: id!, step: at, result },
    bans: [...(src.bans ?? [])],
    result: (src.bans ?? []).length > 0 ? shown.impact : null,
    scenarioId: null,
    holder: null,
    takeover: (src.holds ?? []).length > 0 ? shown.takeover : null,
    selected: null,
  });
}
