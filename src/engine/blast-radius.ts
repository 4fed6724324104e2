/**
 * @module The blast radius of every account (DESIGN §4): what its single full ban cuts off, leaves partial or
 * degraded, and how much money it loses, read from the slots it turns off (`single-loss.ts`), with no
 * propagation. The figures equal `impact(c, [{account}])`'s counts and lost totals.
 */
import type { Asset, BlastRadius, Totals } from '../model/index.js';
import type { Compiled } from './compile.js';
import { compareTotalsDesc, MoneySum } from './money.js';
import type { Availability } from './propagate.js';
import { lostBy, type SingleLosses } from './single-loss.js';

type AssetKind = Asset['kind'];

/** Every asset of the map, indexed by the slot its `needs` names (assets are numbered in map order). */
export interface AssetTable {
  readonly account: Int32Array;
  readonly value: readonly (number | undefined)[];
  readonly currency: readonly string[];
  readonly kind: readonly AssetKind[];
  /** CSR: the assets needing slot s are bySlot[bySlotStart[s] .. bySlotStart[s+1]). */
  readonly bySlotStart: Int32Array;
  readonly bySlot: Int32Array;
}

/** Builds the asset table of a compiled map. */
export function assetTable(c: Compiled): AssetTable {
  const account: number[] = [];
  const slot: number[] = [];
  const value: (number | undefined)[] = [];
  const currency: string[] = [];
  const kind: AssetKind[] = [];
  c.map.accounts.forEach((acc, a) => {
    for (const asset of acc.assets ?? []) {
      const k = c.caps[a]!.indexOf(asset.needs ?? 'access');
      account.push(a);
      slot.push(k < 0 ? -1 : c.slotBase[a]! + k);
      value.push(asset.value);
      currency.push(asset.currency ?? 'CNY');
      kind.push(asset.kind);
    }
  });
  const S = c.slotCap.length;
  const bySlotStart = new Int32Array(S + 1);
  for (const s of slot) if (s >= 0) bySlotStart[s + 1]!++;
  for (let s = 0; s < S; s++) bySlotStart[s + 1]! += bySlotStart[s]!;
  const fill = bySlotStart.slice(0, S);
  const bySlot = new Int32Array(bySlotStart[S]!);
  slot.forEach((s, i) => {
    if (s >= 0) bySlot[fill[s]!++] = i;
  });
  return { account: Int32Array.from(account), value, currency, kind, bySlotStart, bySlot };
}

/** What one account's single full ban does. */
export interface BanEffect {
  readonly account: number;
  /** Accounts it cuts off, in id order. */
  readonly cut: number[];
  readonly partial: number;
  readonly degraded: number;
  readonly lost: Totals;
  /** Assets it loses (their `needs` was available at baseline and is not now), the banned account's included. */
  readonly lostAssets: number[];
}

/**
 * The single full ban of every account in `targets` (in that order), from the slots each turns off: the
 * accounts owning a lost slot, or a way that worked at baseline and needs one, are the only ones it touches;
 * of those (the banned account aside) with a capability at baseline, those losing all are cut, some partial,
 * none degraded (a way that worked no longer does).
 */
export function singleBans(
  c: Compiled,
  base: Availability,
  losses: SingleLosses,
  assets: AssetTable,
  targets: readonly number[],
  rank: Int32Array,
): BanEffect[] {
  const n = c.ids.length;
  const had = new Int32Array(n);
  for (let x = 0; x < n; x++)
    for (let s = c.slotBase[x]!; s < c.slotBase[x + 1]!; s++) had[x]! += base.slot[s]!;
  const seen = new Int32Array(n).fill(-1);
  const lostHere = new Int32Array(n);
  return targets.map((a) => {
    const slots = lostBy(losses, a);
    const touched: number[] = [];
    const touch = (x: number) => {
      if (seen[x] !== a && x !== a && had[x] !== 0) {
        seen[x] = a;
        lostHere[x] = 0;
        touched.push(x);
      }
    };
    for (const s of slots) {
      const x = c.slotAccount[s]!;
      touch(x);
      if (x !== a && had[x] !== 0) lostHere[x]!++;
      for (let k = c.slotDepStart[s]!; k < c.slotDepStart[s + 1]!; k++)
        if (base.way[c.slotDeps[k]!] === 1) touch(c.wayAccount[c.slotDeps[k]!]!);
    }
    const cut: number[] = [];
    let partial = 0;
    let degraded = 0;
    for (const x of touched) {
      if (lostHere[x] === had[x]) cut.push(x);
      else if (lostHere[x]! > 0) partial++;
      else degraded++;
    }
    const sum = new MoneySum();
    const lostAssets: number[] = [];
    for (const s of slots) {
      for (let k = assets.bySlotStart[s]!; k < assets.bySlotStart[s + 1]!; k++) {
        const i = assets.bySlot[k]!;
        lostAssets.push(i);
        const v = assets.value[i];
        if (v !== undefined) sum.add(v, assets.currency[i]!);
      }
    }
    cut.sort((x, y) => rank[x]! - rank[y]!);
    return { account: a, cut, partial, degraded, lost: sum.totals(), lostAssets };
  });
}

/** The blast-radius ranking: value lost (all currencies summed) desc, then cut count desc, then id. */
export function rankBlastRadius(c: Compiled, effects: readonly BanEffect[]): BlastRadius[] {
  return effects
    .map((e) => ({
      account: c.ids[e.account]!,
      cut: e.cut.length,
      partial: e.partial,
      degraded: e.degraded,
      lost: e.lost,
    }))
    .sort((x, y) => compareTotalsDesc(x.lost, y.lost) || y.cut - x.cut || (x.account < y.account ? -1 : 1));
}
