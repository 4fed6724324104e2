/**
 * @module Takeover (DESIGN §4b): what a stranger who holds some accounts (a recycled number, a leaked mailbox)
 * also gets into. The least fixpoint is computed by the same counter-based propagation as a ban, seeded from
 * the holds instead of the roots, with the ways a stranger cannot use (secret, empty) closed.
 */
import type {
  AccountTakeover,
  AssetRef,
  ExpandedHold,
  Hold,
  Takeover,
  TakeoverCounts,
  TakeoverStatus,
} from '../model/index.js';
import type { Compiled } from './compile.js';
import { MoneySum } from './money.js';
import { type Availability, propagate, type Seed } from './propagate.js';

/** Merges holds into one per account, capabilities sorted (a whole hold lists every capability), by id. */
export function expandHolds(c: Compiled, holds: readonly Hold[]): ExpandedHold[] {
  const byAccount = new Map<string, Set<string>>();
  for (const hold of holds) {
    const set = byAccount.get(hold.account) ?? new Set<string>();
    const caps = c.caps[c.index.get(hold.account)!]!;
    for (const cap of hold.capabilities ?? caps) if (caps.includes(cap)) set.add(cap);
    byAccount.set(hold.account, set);
  }
  return [...byAccount.keys()]
    .sort()
    .map((account) => ({ account, capabilities: [...byAccount.get(account)!].sort() }));
}

/** Whether way `w` asks for something only the owner knows (`secret`, or no requirement at all). */
function isSecret(c: Compiled, w: number): boolean {
  if (c.wayReqStart[w + 1]! === c.wayReqStart[w]!) return true;
  const account = c.map.accounts[c.wayAccount[w]!]!;
  const target = c.wayTarget[w]!;
  const list = target < 0 ? account.ways : account.capabilityWays?.[c.slotCap[target]!];
  return list?.[c.wayOrdinal[w]!]?.secret === true;
}

/** The propagation seed of a takeover: held slots true, wholly held accounts reached, secret ways closed. */
export function takeoverSeed(c: Compiled, holds: readonly ExpandedHold[], knows: ReadonlySet<number>): Seed {
  const slots = new Uint8Array(c.slotCap.length);
  const reached = new Uint8Array(c.ids.length);
  for (const h of holds) {
    const a = c.index.get(h.account)!;
    const caps = c.caps[a]!;
    for (const cap of h.capabilities) slots[c.slotBase[a]! + caps.indexOf(cap)] = 1;
    if (h.capabilities.length === caps.length) reached[a] = 1;
  }
  const W = c.wayAccount.length;
  const closed = new Uint8Array(W);
  for (let w = 0; w < W; w++) if (!knows.has(c.wayAccount[w]!) && isSecret(c, w)) closed[w] = 1;
  return { reached, slots, closed };
}

/** The first open way of account `a` in sorted order (own ways by index, then capability ways by capability). */
function viaOf(c: Compiled, a: number, open: Availability): AccountTakeover['via'] {
  for (let k = c.accountWayStart[a]!; k < c.accountWayStart[a + 1]!; k++) {
    const w = c.accountWays[k]!;
    if (open.way[w] !== 1) continue;
    const target = c.wayTarget[w]!;
    return target < 0
      ? { way: c.wayOrdinal[w]! }
      : { way: c.wayOrdinal[w]!, capabilityWay: c.slotCap[target]! };
  }
  return undefined;
}

/**
 * What a stranger holding `holds` (and knowing the passwords of `knows`) gets into. Holds and knows must have
 * passed validation. A pure function of (map, holds, knows): holding or knowing more never takes less.
 */
export function takeover(c: Compiled, holds: readonly Hold[], knows: readonly string[] = []): Takeover {
  const expanded = expandHolds(c, holds);
  const knownIds = [...new Set(knows)].sort();
  const known = new Set(knownIds.map((id) => c.index.get(id)!));
  const open = propagate(c, null, takeoverSeed(c, expanded, known));
  const wholly = new Set<number>();
  const heldIds = new Set<number>();
  for (const h of expanded) {
    const a = c.index.get(h.account)!;
    heldIds.add(a);
    if (h.capabilities.length === c.caps[a]!.length) wholly.add(a);
  }

  const accounts: Record<string, AccountTakeover> = {};
  const counts: TakeoverCounts = { held: 0, taken: 0, safe: 0 };
  const exposed: AssetRef[] = [];
  const sum = new MoneySum();
  for (const a of c.order) {
    const takes: string[] = [];
    for (let s = c.slotBase[a]!; s < c.slotBase[a + 1]!; s++)
      if (open.slot[s] === 1) takes.push(c.slotCap[s]!);
    const status: TakeoverStatus = heldIds.has(a) ? 'held' : takes.length > 0 ? 'taken' : 'safe';
    counts[status]++;
    const entry: AccountTakeover = { status, takes };
    const via = status === 'safe' || wholly.has(a) ? undefined : viaOf(c, a, open);
    if (via !== undefined) entry.via = via;
    accounts[c.ids[a]!] = entry;
    if (status === 'safe') continue;
    (c.map.accounts[a]!.assets ?? []).forEach((asset, index) => {
      if (!takes.includes(asset.needs ?? 'access')) return;
      const currency = asset.currency ?? 'CNY';
      const ref: AssetRef = { account: c.ids[a]!, index, label: asset.label, kind: asset.kind, currency };
      if (asset.value !== undefined) {
        ref.value = asset.value;
        sum.add(asset.value, currency);
      }
      exposed.push(ref);
    });
  }
  return {
    holds: expanded,
    knows: knownIds,
    accounts,
    assets: { exposed },
    totals: { exposed: sum.totals() },
    counts,
  };
}
