/**
 * @module Compiles a validated map into flat arrays for propagation. Every (account, capability) pair is a
 * "slot"; every way and capability way is a numbered way whose distinct required slots are listed in a
 * canonical order, so results never depend on the order of accounts, ways or requirements. Linear in the
 * size of the map; the graphology view of the same graph is built only on demand (account-graph.ts).
 */
import { getProvider } from '../catalog/index.js';
import type { Account, BindingMap, Way } from '../model/index.js';
import { type AccountTable, assemble, type Compiled, slotLayout, WayWriter } from './compile-parts.js';

export type { AccountTable, Compiled };

/** The capabilities of an account: its own list, else its provider's, else access; "access" always included. */
export function capabilitiesOf(account: Account): string[] {
  const declared =
    account.capabilities ?? (account.provider ? getProvider(account.provider)?.capabilities : undefined);
  const out = declared ? [...declared, 'access'] : ['access'];
  out.sort();
  // Sorted, so repeats are neighbours: drop them in place (cheaper than a Set for a few names).
  let k = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[k - 1]) out[k++] = out[i]!;
  out.length = k;
  return out;
}

/** The account table of a map with unique ids. */
export function accountTable(map: BindingMap): AccountTable {
  const n = map.accounts.length;
  const ids: string[] = new Array(n);
  const index = new Map<string, number>();
  const caps: string[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = map.accounts[i]!;
    ids[i] = a.id;
    index.set(a.id, i);
    caps[i] = capabilitiesOf(a);
  }
  return { ids, index, caps };
}

/** The number of ways (own and capability ways) and of requirements (repeats included) of the accounts. */
function countWays(accounts: BindingMap['accounts']): { ways: number; requirements: number } {
  let ways = 0;
  let requirements = 0;
  for (const acc of accounts) {
    for (const way of acc.ways ?? []) requirements += way.requires.length;
    ways += acc.ways?.length ?? 0;
    if (acc.capabilityWays)
      for (const cap in acc.capabilityWays) {
        const list = acc.capabilityWays[cap]!;
        ways += list.length;
        for (const way of list) requirements += way.requires.length;
      }
  }
  return { ways, requirements };
}

/** Builds the compiled form of a map that has passed validation (the engine trusts its input). */
export function compile(map: BindingMap, table: AccountTable = accountTable(map)): Compiled {
  const accounts = map.accounts;
  const n = accounts.length;
  const { index, caps } = table;
  const layout = slotLayout(table);
  const { slotBase, slotHasCapWays, hasWays } = layout;
  // NOTE: capabilities are few per account (at most 64), so a scan of the sorted list beats a string-keyed Map.
  const slotAt = (a: number, cap: string) => slotBase[a]! + caps[a]!.indexOf(cap);
  const { ways: W, requirements } = countWays(accounts);
  const out = new WayWriter(layout, W, requirements);
  const accountWayStart = new Int32Array(n + 1);
  const addWay = (a: number, target: number, ordinal: number, requires: Way['requires']) => {
    out.begin(a, target, ordinal);
    for (const r of requires) out.require(slotAt(index.get(r.account)!, r.capability ?? 'access'));
    out.end();
  };
  for (let a = 0; a < n; a++) {
    const acc = accounts[a]!;
    accountWayStart[a] = out.count;
    const ways = acc.ways ?? [];
    if (ways.length > 0) hasWays[a] = 1;
    for (let i = 0; i < ways.length; i++) addWay(a, -1, i, ways[i]!.requires);
    if (acc.capabilityWays) {
      for (const cap of Object.keys(acc.capabilityWays).sort()) {
        const list = acc.capabilityWays[cap]!;
        if (list.length === 0) continue;
        const s = slotAt(a, cap);
        slotHasCapWays[s] = 1;
        for (let i = 0; i < list.length; i++) addWay(a, s, i, list[i]!.requires);
      }
    }
  }
  accountWayStart[n] = out.count;
  return assemble(map, table, layout, out, accountWayStart);
}

/** The slot of (account index, capability), or -1 when the account does not provide it. */
export function slotOf(c: Compiled, account: number, capability: string): number {
  const caps = c.caps[account]!;
  const k = caps.indexOf(capability);
  return k < 0 ? -1 : c.slotBase[account]! + k;
}

/** Whether some capability way of slot `s` is open in `way` (1 = open): the condition a slot with them needs. */
export function someCapabilityWayOpen(c: Compiled, way: Uint8Array, s: number): boolean {
  const a = c.slotAccount[s]!;
  for (let k = c.accountWayStart[a]!; k < c.accountWayStart[a + 1]!; k++) {
    const w = c.accountWays[k]!;
    if (c.wayTarget[w] === s && way[w] === 1) return true;
  }
  return false;
}
