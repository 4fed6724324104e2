/**
 * @module The parts of {@link compile} (compile.ts) that do not depend on how the ways are read: the compiled
 * form, the slot layout and account order, the way writer and the final reverse index. The fast map scanner
 * (scan-map.ts) builds the same form from bytes with them.
 */
import type { BindingMap } from '../model/index.js';

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

/** The accounts' ids, id → index and capabilities: the first step of {@link compile}, which the fast parser
 * (fast-parse.ts) builds while it validates, so a map is not walked twice. */
export interface AccountTable {
  readonly ids: string[];
  readonly index: Map<string, number>;
  readonly caps: string[][];
}

/** Per account: its slots and rank (see {@link slotLayout}). */
export interface SlotLayout {
  readonly slotBase: Int32Array;
  readonly slotAccount: Int32Array;
  readonly slotCap: string[];
  readonly slotHasCapWays: Uint8Array;
  readonly hasWays: Uint8Array;
  /** Account indices sorted by id, and each account's position in that order. */
  readonly order: Int32Array;
  readonly rank: Int32Array;
}

/** The slots of every account (its capabilities in sorted order) and the accounts' order by id. */
export function slotLayout(table: AccountTable): SlotLayout {
  const { ids, index, caps } = table;
  const n = ids.length;
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
  // NOTE: the default sort compares strings by UTF-16 code units, the order every result uses, and is much
  // faster than a comparator; ids are unique, so the index finds each sorted id's account.
  const sorted = ids.slice().sort();
  const order = new Int32Array(n);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const a = index.get(sorted[r]!)!;
    order[r] = a;
    rank[a] = r;
  }
  return {
    slotBase,
    slotAccount,
    slotCap,
    slotHasCapWays: new Uint8Array(slotCount),
    hasWays: new Uint8Array(n),
    order,
    rank,
  };
}

/**
 * Numbers the ways account by account and lists each way's distinct required slots in canonical order
 * (required account's id, then capability: since an account's slots follow its sorted capabilities, that is
 * the order of (rank, slot)). Sized up front, so no growing array is ever copied.
 */
export class WayWriter {
  readonly wayAccount: Int32Array;
  readonly wayTarget: Int32Array;
  readonly wayOrdinal: Int32Array;
  readonly wayReqStart: Int32Array;
  private readonly reqs: Int32Array;
  private w = 0;
  private used = 0;
  private first = 0;

  constructor(
    private readonly layout: SlotLayout,
    ways: number,
    requirements: number,
  ) {
    this.wayAccount = new Int32Array(ways);
    this.wayTarget = new Int32Array(ways);
    this.wayOrdinal = new Int32Array(ways);
    this.wayReqStart = new Int32Array(ways + 1);
    this.reqs = new Int32Array(requirements);
  }

  /** The number of ways written so far. */
  get count(): number {
    return this.w;
  }

  /** Starts way number `count` of account `a` (target -1: an own way, else the slot it opens). */
  begin(a: number, target: number, ordinal: number): void {
    this.wayAccount[this.w] = a;
    this.wayTarget[this.w] = target;
    this.wayOrdinal[this.w] = ordinal;
    this.first = this.used;
  }

  /** Adds a required slot to the current way (a repeat is dropped). */
  require(s: number): void {
    const reqs = this.reqs;
    for (let k = this.first; k < this.used; k++) if (reqs[k] === s) return;
    reqs[this.used++] = s;
  }

  /** Ends the current way, putting its slots in canonical order (insertion sort: a way has at most 64). */
  end(): void {
    const { reqs } = this;
    const { rank, slotAccount } = this.layout;
    for (let i = this.first + 1; i < this.used; i++) {
      const s = reqs[i]!;
      const r = rank[slotAccount[s]!]!;
      let j = i - 1;
      while (j >= this.first) {
        const t = reqs[j]!;
        const rt = rank[slotAccount[t]!]!;
        if (rt < r || (rt === r && t < s)) break;
        reqs[j + 1] = t;
        j--;
      }
      reqs[j + 1] = s;
    }
    this.wayReqStart[++this.w] = this.used;
  }

  /** The required slots of every way written (trimmed when repeats were dropped). */
  wayReqs(): Int32Array {
    return this.used === this.reqs.length ? this.reqs : this.reqs.slice(0, this.used);
  }
}

/** The compiled form from the slots and the written ways: the reverse index and the per-account lists. */
export function assemble(
  map: BindingMap,
  table: AccountTable,
  layout: SlotLayout,
  ways: WayWriter,
  accountWayStart: Int32Array,
): Compiled {
  const { ids, index, caps } = table;
  const { slotBase, slotAccount, slotCap, slotHasCapWays, hasWays, order } = layout;
  const W = ways.count;
  const { wayReqStart } = ways;
  const wayReqs = ways.wayReqs();
  const slotCount = slotCap.length;
  // Ways are numbered account by account, so an account's ways are a run of consecutive numbers.
  const accountWays = new Int32Array(W);
  for (let k = 0; k < W; k++) accountWays[k] = k;

  // Reverse index slot → ways, as CSR.
  const slotDepStart = new Int32Array(slotCount + 1);
  for (let k = 0; k < wayReqs.length; k++) slotDepStart[wayReqs[k]! + 1]!++;
  for (let s = 0; s < slotCount; s++) slotDepStart[s + 1]! += slotDepStart[s]!;
  const fill = slotDepStart.slice(0, slotCount);
  const slotDeps = new Int32Array(wayReqs.length);
  for (let w = 0; w < W; w++) {
    for (let k = wayReqStart[w]!; k < wayReqStart[w + 1]!; k++) slotDeps[fill[wayReqs[k]!]!++] = w;
  }
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
    wayAccount: ways.wayAccount,
    wayTarget: ways.wayTarget,
    wayOrdinal: ways.wayOrdinal,
    wayReqStart,
    wayReqs,
    slotDepStart,
    slotDeps,
    accountWayStart,
    accountWays,
  };
}
