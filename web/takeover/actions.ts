/**
 * Takeover actions: a stranger holds a phone number or mailbox of the map whole; the engine's takeover runs in
 * the page and its result goes to the store (the ban simulation is cleared, the two never show together).
 */
import type { Compiled } from '../../src/engine/compile.js';
import { takeover } from '../../src/engine/takeover.js';
import type { Takeover } from '../../src/model/index.js';
import type { App } from '../shell/state.js';

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
