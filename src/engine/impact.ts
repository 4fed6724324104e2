/**
 * @module The impact of a ban scenario (DESIGN §3): compare the baseline with the scenario and give every
 * account one status, what it lost and kept, why, and which assets and how much money are lost or at risk.
 */
import type { AccountImpact, AssetRef, Ban, Counts, Impact, Status } from '../model/index.js';
import { expandBans, lostSlots } from './bans.js';
import { baseline } from './baseline.js';
import type { Compiled } from './compile.js';
import { becauseOf, causesOf } from './explain.js';
import { MoneySum } from './money.js';
import { type Availability, propagate } from './propagate.js';

/** The status of account `a`, comparing baseline and scenario availability. */
export function statusOf(
  c: Compiled,
  a: number,
  banned: boolean,
  base: Availability,
  now: Availability,
): Status {
  let hadAny = false;
  let hasAny = false;
  let lostAny = false;
  for (let s = c.slotBase[a]!; s < c.slotBase[a + 1]!; s++) {
    if (base.slot[s] === 1) {
      hadAny = true;
      if (now.slot[s] === 1) hasAny = true;
      else lostAny = true;
    }
  }
  if (!hadAny) return 'unreachable';
  if (banned) return 'banned';
  if (!hasAny) return 'cut';
  if (lostAny) return 'partial';
  for (let k = c.accountWayStart[a]!; k < c.accountWayStart[a + 1]!; k++) {
    const w = c.accountWays[k]!;
    if (base.way[w] === 1 && now.way[w] !== 1) return 'degraded';
  }
  return 'ok';
}

/**
 * An impact whose per-account entries are built on demand: what a caller streaming a million accounts needs
 * (the statuses, counts, assets and totals are computed up front; {@link impact} gives the whole object).
 */
export interface ImpactView {
  readonly bans: Impact['bans'];
  readonly assets: Impact['assets'];
  readonly totals: Impact['totals'];
  readonly counts: Counts;
  /** Per account index, its status. */
  readonly status: readonly Status[];
  /** Per slot (compiled map), 1 when that capability still works under the bans: an entry's `kept`. */
  readonly available: Uint8Array;
  /** The entry of account index `a`, equal to `impact(c, bans).accounts[c.ids[a]]` (built on each call). */
  entry(a: number): AccountImpact;
}

/** Computes the impact of a list of bans on a compiled map, entries on demand. Bans must have passed validation. */
export function impactView(c: Compiled, bans: readonly Ban[]): ImpactView {
  const expanded = expandBans(c, bans);
  const base = baseline(c);
  const now = propagate(c, lostSlots(c, expanded));
  const banned = new Set(expanded.map((b) => c.index.get(b.account)!));
  const causes = causesOf(c, banned, base, now);
  const status: Status[] = new Array(c.ids.length);
  const counts: Counts = { banned: 0, cut: 0, partial: 0, degraded: 0, ok: 0, unreachable: 0 };
  const lostAssets: AssetRef[] = [];
  const atRiskAssets: AssetRef[] = [];
  const lostSum = new MoneySum();
  const atRiskSum = new MoneySum();
  // Accounts in id order so the result (and its JSON) never depends on the order of the map.
  for (const a of c.order) {
    const st = statusOf(c, a, banned.has(a), base, now);
    status[a] = st;
    counts[st]++;
    const assets = c.map.accounts[a]!.assets;
    if (assets === undefined) continue;
    assets.forEach((asset, index) => {
      const cap = asset.needs ?? 'access';
      const k = c.caps[a]!.indexOf(cap);
      const s = c.slotBase[a]! + k;
      const currency = asset.currency ?? 'CNY';
      const ref: AssetRef = { account: c.ids[a]!, index, label: asset.label, kind: asset.kind, currency };
      if (asset.value !== undefined) ref.value = asset.value;
      if (k >= 0 && base.slot[s] === 1 && now.slot[s] !== 1) {
        lostAssets.push(ref);
        if (asset.value !== undefined) lostSum.add(asset.value, currency);
      } else if (st === 'degraded') {
        atRiskAssets.push(ref);
        if (asset.value !== undefined) atRiskSum.add(asset.value, currency);
      }
    });
  }
  const entry = (a: number): AccountImpact => {
    const lost: string[] = [];
    const kept: string[] = [];
    for (let s = c.slotBase[a]!; s < c.slotBase[a + 1]!; s++) {
      if (now.slot[s] === 1) kept.push(c.slotCap[s]!);
      else if (base.slot[s] === 1) lost.push(c.slotCap[s]!);
    }
    const st = status[a]!;
    const quiet = st === 'ok' || st === 'unreachable';
    return {
      status: st,
      lost,
      kept,
      causes: quiet ? [] : (causes.get(a) ?? []),
      because: quiet ? [] : becauseOf(c, a, base, now),
    };
  };
  return {
    bans: expanded,
    assets: { lost: lostAssets, atRisk: atRiskAssets },
    totals: { lost: lostSum.totals(), atRisk: atRiskSum.totals() },
    counts,
    status,
    available: now.slot,
    entry,
  };
}

/** Computes the impact of a list of bans on a compiled map. Bans must have passed validation. */
export function impact(c: Compiled, bans: readonly Ban[]): Impact {
  const v = impactView(c, bans);
  const accounts: Record<string, AccountImpact> = {};
  for (const a of c.order) accounts[c.ids[a]!] = v.entry(a);
  return { bans: v.bans, accounts, assets: v.assets, totals: v.totals, counts: v.counts };
}
