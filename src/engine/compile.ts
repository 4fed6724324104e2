/**
 * @module Compiles a validated map into flat arrays for propagation. Every (account, capability) pair is a
 * "slot"; every way and capability way is a numbered way whose distinct required slots are listed in a
 * canonical order, so results never depend on the order of accounts, ways or requirements. Linear in the
 * size of the map; the graphology view of the same graph is built only on demand (account-graph.ts).
 */
import { getProvider } from '../catalog/index.js';
import type { Account, BindingMap } from '../model/index.js';

export interface Compiled {
  readonly map: BindingMap;
  /** Account index → id. */
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Account index → its capabilities, sorted, "access" included. */
  readonly caps: readonly (readonly string[])[];
  /** Account index → index of its first slot; its slots are contiguous and follow `caps`. */
  readonly slotBase: Int32Array;
  readonly slotAccount: Int32Array;
  readonly slotCap: readonly string[];
  /** Per slot: 1 when its capability has capability ways (an extra OR-condition). */
  readonly slotHasCapWays: Uint8Array;
  /** Per account: 1 when it has ways (0 = a root, reachable by holding it). */
  readonly hasWays: Uint8Array;
  /** Per way: the owning account. */
  readonly wayAccount: Int32Array;
  /** Per way: -1 for an account's own way, else the slot this capability way opens. */
  readonly wayTarget: Int32Array;
  /** Per way: its index in the list it was declared in (`ways[i]` or `capabilityWays[c][i]`). */
  readonly wayOrdinal: Int32Array;
  /** CSR lists: the distinct slots way w requires are wayReqs[wayReqStart[w] .. wayReqStart[w+1]). */
  readonly wayReqStart: Int32Array;
  readonly wayReqs: Int32Array;
  /** CSR lists: the ways that require slot s. */
  readonly slotDepStart: Int32Array;
  readonly slotDeps: Int32Array;
  /** CSR lists: the ways (own, then capability ways) of account a. */
  readonly accountWayStart: Int32Array;
  readonly accountWays: Int32Array;
  /** Account indices sorted by id (code-unit order): the order of every per-account result. */
  readonly order: Int32Array;
}

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

/** Sort key of a requirement slot: account id, then capability (code-unit order, locale-independent). */
function compareSlots(c: { ids: readonly string[]; slotAccount: Int32Array; slotCap: readonly string[] }) {
  return (a: number, b: number): number => {
    const ia = c.ids[c.slotAccount[a]!]!;
    const ib = c.ids[c.slotAccount[b]!]!;
    if (ia !== ib) return ia < ib ? -1 : 1;
    const ca = c.slotCap[a]!;
    const cb = c.slotCap[b]!;
    return ca === cb ? 0 : ca < cb ? -1 : 1;
  };
}

/** The accounts' ids, id → index and capabilities: the first step of {@link compile}, which the fast parser
 * (fast-parse.ts) builds while it validates, so a map is not walked twice. */
export interface AccountTable {
  readonly ids: string[];
  readonly index: Map<string, number>;
  readonly caps: string[][];
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
  const { ids, index, caps } = table;
  const slotBase = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) slotBase[i + 1] = slotBase[i]! + caps[i]!.length;
  const slotCount = slotBase[n]!;
  const slotAccount = new Int32Array(slotCount);
  const slotCap: string[] = new Array(slotCount);
  for (let i = 0; i < n; i++) {
    const list = caps[i]!;
    for (let k = 0; k < list.length; k++) {
      slotAccount[slotBase[i]! + k] = i;
      slotCap[slotBase[i]! + k] = list[k]!;
    }
  }
  const slotHasCapWays = new Uint8Array(slotCount);
  const hasWays = new Uint8Array(n);
  // NOTE: capabilities are few per account (at most 64), so a scan of the sorted list beats a string-keyed Map.
  const slotAt = (a: number, cap: string) => slotBase[a]! + caps[a]!.indexOf(cap);

  // Sized up front (requirements counted before repeats are merged), so no growing array is ever copied.
  const { ways: W, requirements } = countWays(accounts);
  const wayAccount = new Int32Array(W);
  const wayTarget = new Int32Array(W);
  const wayOrdinal = new Int32Array(W);
  const wayReqStart = new Int32Array(W + 1);
  const reqBuffer = new Int32Array(requirements);
  const accountWayStart = new Int32Array(n + 1);
  const cmp = compareSlots({ ids, slotAccount, slotCap });
  const slots: number[] = [];
  let w = 0;
  let used = 0;

  const addWay = (
    a: number,
    target: number,
    ordinal: number,
    requires: readonly { account: string; capability?: string | undefined }[],
  ) => {
    wayAccount[w] = a;
    wayTarget[w] = target;
    wayOrdinal[w] = ordinal;
    slots.length = 0;
    for (const r of requires) {
      const s = slotAt(index.get(r.account)!, r.capability ?? 'access');
      if (!slots.includes(s)) slots.push(s);
    }
    if (slots.length > 1) slots.sort(cmp);
    for (const s of slots) reqBuffer[used++] = s;
    wayReqStart[++w] = used;
  };

  for (let a = 0; a < n; a++) {
    const acc = accounts[a]!;
    accountWayStart[a] = w;
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
  accountWayStart[n] = w;
  const wayReqs = used === requirements ? reqBuffer : reqBuffer.slice(0, used);
  // Ways are numbered account by account, so an account's ways are a run of consecutive numbers.
  const accountWays = new Int32Array(W);
  for (let k = 0; k < W; k++) accountWays[k] = k;

  // Reverse index slot → ways, as CSR.
  const slotDepStart = new Int32Array(slotCount + 1);
  for (const s of wayReqs) slotDepStart[s + 1]!++;
  for (let s = 0; s < slotCount; s++) slotDepStart[s + 1]! += slotDepStart[s]!;
  const fill = slotDepStart.slice(0, slotCount);
  const slotDeps = new Int32Array(wayReqs.length);
  for (let w = 0; w < W; w++) {
    for (let k = wayReqStart[w]!; k < wayReqStart[w + 1]!; k++) slotDeps[fill[wayReqs[k]!]!++] = w;
  }

  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((x, y) => (ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : 0));

  return {
    map,
    ids,
    order,
    index,
    caps,
    slotBase,
    slotAccount,
    slotCap,
    slotHasCapWays,
    hasWays,
    wayAccount,
    wayTarget,
    wayOrdinal,
    wayReqStart,
    wayReqs,
    slotDepStart,
    slotDeps,
    accountWayStart,
    accountWays,
  };
}

/** The slot of (account index, capability), or -1 when the account does not provide it. */
export function slotOf(c: Compiled, account: number, capability: string): number {
  const caps = c.caps[account]!;
  const k = caps.indexOf(capability);
  return k < 0 ? -1 : c.slotBase[account]! + k;
}
