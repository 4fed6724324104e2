/**
 * @module Compiles a validated map into flat arrays for propagation, plus a graphology graph of which
 * account requires which. Every (account, capability) pair is a "slot"; every way and capability way is a
 * numbered way whose distinct required slots are listed in a canonical order, so results never depend on
 * the order of accounts, ways or requirements. User data stays in Maps and arrays, never in graph attributes.
 */
import { DirectedGraph } from 'graphology';
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
  /** Account-level graph: an edge X → Y when some way of X requires a capability of Y. */
  readonly graph: DirectedGraph;
}

/** The capabilities of an account: its own list, else its provider's, else access; "access" always included. */
export function capabilitiesOf(account: Account): string[] {
  const declared =
    account.capabilities ?? (account.provider ? getProvider(account.provider)?.capabilities : undefined);
  const set = new Set<string>(declared ?? []);
  set.add('access');
  return [...set].sort();
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

/** Builds the compiled form of a map that has passed validation (the engine trusts its input). */
export function compile(map: BindingMap): Compiled {
  const accounts = map.accounts;
  const n = accounts.length;
  const ids = accounts.map((a) => a.id);
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(ids[i]!, i);

  const caps = accounts.map(capabilitiesOf);
  const slotBase = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) slotBase[i + 1] = slotBase[i]! + caps[i]!.length;
  const slotCount = slotBase[n]!;
  const slotAccount = new Int32Array(slotCount);
  const slotCap: string[] = new Array(slotCount);
  const slotOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    caps[i]!.forEach((cap, k) => {
      const s = slotBase[i]! + k;
      slotAccount[s] = i;
      slotCap[s] = cap;
      slotOf.set(`${i}\u0000${cap}`, s);
    });
  }
  const slotHasCapWays = new Uint8Array(slotCount);
  const hasWays = new Uint8Array(n);

  const wayAccount: number[] = [];
  const wayTarget: number[] = [];
  const wayOrdinal: number[] = [];
  const wayReqStart: number[] = [0];
  const wayReqs: number[] = [];
  const accountWayStart = new Int32Array(n + 1);
  const accountWays: number[] = [];
  const graph = new DirectedGraph();
  for (const id of ids) graph.addNode(id);
  const cmp = compareSlots({ ids, slotAccount, slotCap });

  const addWay = (
    a: number,
    target: number,
    ordinal: number,
    requires: readonly { account: string; capability?: string | undefined }[],
  ) => {
    const w = wayAccount.length;
    wayAccount.push(a);
    wayTarget.push(target);
    wayOrdinal.push(ordinal);
    accountWays.push(w);
    const slots = new Set<number>();
    for (const r of requires) {
      const ra = index.get(r.account)!;
      slots.add(slotOf.get(`${ra}\u0000${r.capability ?? 'access'}`)!);
      if (!graph.hasEdge(ids[a]!, r.account)) graph.addEdge(ids[a]!, r.account);
    }
    wayReqs.push(...[...slots].sort(cmp));
    wayReqStart.push(wayReqs.length);
  };

  for (let a = 0; a < n; a++) {
    const acc = accounts[a]!;
    accountWayStart[a] = accountWays.length;
    const ways = acc.ways ?? [];
    if (ways.length > 0) hasWays[a] = 1;
    for (let i = 0; i < ways.length; i++) addWay(a, -1, i, ways[i]!.requires);
    if (acc.capabilityWays) {
      for (const cap of Object.keys(acc.capabilityWays).sort()) {
        const list = acc.capabilityWays[cap]!;
        if (list.length === 0) continue;
        const s = slotOf.get(`${a}\u0000${cap}`)!;
        slotHasCapWays[s] = 1;
        for (let i = 0; i < list.length; i++) addWay(a, s, i, list[i]!.requires);
      }
    }
  }
  accountWayStart[n] = accountWays.length;

  // Reverse index slot → ways, as CSR.
  const W = wayAccount.length;
  const slotDepStart = new Int32Array(slotCount + 1);
  for (const s of wayReqs) slotDepStart[s + 1]!++;
  for (let s = 0; s < slotCount; s++) slotDepStart[s + 1]! += slotDepStart[s]!;
  const fill = slotDepStart.slice(0, slotCount);
  const slotDeps = new Int32Array(wayReqs.length);
  for (let w = 0; w < W; w++) {
    for (let k = wayReqStart[w]!; k < wayReqStart[w + 1]!; k++) slotDeps[fill[wayReqs[k]!]!++] = w;
  }

  const order = Int32Array.from(ids.keys()).sort((x, y) =>
    ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : 0,
  );

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
    wayAccount: Int32Array.from(wayAccount),
    wayTarget: Int32Array.from(wayTarget),
    wayOrdinal: Int32Array.from(wayOrdinal),
    wayReqStart: Int32Array.from(wayReqStart),
    wayReqs: Int32Array.from(wayReqs),
    slotDepStart,
    slotDeps,
    accountWayStart,
    accountWays: Int32Array.from(accountWays),
    graph,
  };
}

/** The slot of (account index, capability), or -1 when the account does not provide it. */
export function slotOf(c: Compiled, account: number, capability: string): number {
  const caps = c.caps[account]!;
  const k = caps.indexOf(capability);
  return k < 0 ? -1 : c.slotBase[account]! + k;
}
