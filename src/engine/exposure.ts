/**
 * @module Exposure (DESIGN §4): how much of a map some single full ban can take away, as shares of the
 * reachable accounts and of the asset value per currency.
 */
import type { Totals } from '../model/index.js';
import type { AssetTable, BanEffect } from './blast-radius.js';
import { MoneySum } from './money.js';
import type { Availability } from './propagate.js';

/**
 * Exposure of a map, from the single-ban effects of all its reachable accounts.
 * - `accounts`: the number of reachable accounts (some capability available at baseline) that the single full
 *   ban of some other account cuts off, divided by the number of reachable accounts (0 when there are none).
 *   An account's own ban does not count: it is banned, not cut.
 * - `value`: for each currency of an asset with a value whose `needs` is available at baseline, the value of
 *   those assets that the single full ban of some account *other than the asset's own* loses, divided by the
 *   value of all of them (in major units; 0 when that total is 0). Banning an asset's own account always loses
 *   it, so counting that would make every share 1.
 */
export function exposure(
  base: Availability,
  assets: AssetTable,
  effects: readonly BanEffect[],
): { accounts: number; value: Totals } {
  const cut = new Set<number>();
  const exposed = new Set<number>();
  for (const e of effects) {
    for (const x of e.cut) cut.add(x);
    for (const i of e.lostAssets) if (assets.account[i] !== e.account) exposed.add(i);
  }
  const total = new MoneySum();
  const lost = new MoneySum();
  for (let s = 0; s < base.slot.length; s++) {
    if (base.slot[s] !== 1) continue;
    for (let k = assets.bySlotStart[s]!; k < assets.bySlotStart[s + 1]!; k++) {
      const i = assets.bySlot[k]!;
      const v = assets.value[i];
      if (v === undefined) continue;
      total.add(v, assets.currency[i]!);
      if (exposed.has(i)) lost.add(v, assets.currency[i]!);
    }
  }
  const value: Totals = {};
  for (const [cur, t] of Object.entries(total.totals())) value[cur] = t === 0 ? 0 : lost.get(cur) / t;
  return { accounts: effects.length === 0 ? 0 : cut.size / effects.length, value };
}
