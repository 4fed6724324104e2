/**
 * @module Closing more ways on a fixpoint already computed (a takeover's, DESIGN §4b): what stays available
 * when some ways can never work, by delete and re-derive inside what depends on them, the same move as the
 * ban stack's push for a seeded fixpoint. Valuing one fix then costs what depends on the closed ways, not a
 * propagation over the whole map. `restore` puts the state back for the next fix.
 */
import { type Compiled, someCapabilityWayOpen } from './compile.js';
import type { Availability, Seed } from './propagate.js';

/** A seeded fixpoint that ways can be closed on, one set at a time. */
export class WayCloser {
  readonly slot: Uint8Array;
  readonly reach: Uint8Array;
  readonly way: Uint8Array;
  /** The facts the last close over-deleted (all true before it). */
  private readonly region = { slot: [] as number[], way: [] as number[], reach: [] as number[] };
  private readonly mark: { slot: Int32Array; way: Int32Array; shut: Int32Array; capOk: Int32Array };
  private serial = 0;
  private readonly missing: Int32Array;
  private readonly need: Uint8Array;
  private readonly queue: number[] = [];

  constructor(
    private readonly c: Compiled,
    open: Availability,
    private readonly seed: Seed,
  ) {
    this.slot = open.slot.slice();
    this.reach = open.reach.slice();
    this.way = open.way.slice();
    const S = c.slotCap.length;
    const W = c.wayAccount.length;
    this.mark = {
      slot: new Int32Array(S),
      way: new Int32Array(W),
      shut: new Int32Array(W),
      capOk: new Int32Array(S),
    };
    this.missing = new Int32Array(W);
    this.need = new Uint8Array(S);
  }

  /** Closes `ways` as well; returns the slots that end unavailable (they were available before). */
  close(ways: readonly number[]): number[] {
    const { c, slot, way, reach, region, mark, seed } = this;
    const serial = ++this.serial;
    region.slot.length = 0;
    region.way.length = 0;
    region.reach.length = 0;
    const delWay = (w: number) => {
      way[w] = 0;
      mark.way[w] = serial;
      region.way.push(w);
    };
    for (const w of ways) {
      mark.shut[w] = serial;
      if (way[w] === 1) delWay(w);
    }
    // Over-delete: everything true now that a deleted fact feeds, seeds (held slots, held accounts) aside.
    for (let iw = 0, is = 0; iw < region.way.length || is < region.slot.length; ) {
      if (iw < region.way.length) {
        const w = region.way[iw++]!;
        const t = c.wayTarget[w]!;
        if (t >= 0) {
          this.delSlot(t);
          continue;
        }
        const x = c.wayAccount[w]!;
        if (reach[x] === 0 || seed.reached?.[x] === 1) continue;
        reach[x] = 0;
        region.reach.push(x);
        for (let s = c.slotBase[x]!; s < c.slotBase[x + 1]!; s++) this.delSlot(s);
        continue;
      }
      const s = region.slot[is++]!;
      for (let k = c.slotDepStart[s]!; k < c.slotDepStart[s + 1]!; k++)
        if (way[c.slotDeps[k]!] === 1) delWay(c.slotDeps[k]!);
    }
    this.rederive(serial);
    return region.slot.filter((s) => slot[s] === 0);
  }

  private delSlot(s: number): void {
    if (this.slot[s] === 0 || this.seed.slots?.[s] === 1) return;
    this.slot[s] = 0;
    this.mark.slot[s] = this.serial;
    this.region.slot.push(s);
  }

  /** Re-derives inside the over-deleted region with counters, everything outside it held as it is. */
  private rederive(serial: number): void {
    const { c, slot, way, reach, region, mark, missing, need, queue } = this;
    queue.length = 0;
    for (const w of region.way) {
      let m = 0;
      for (let r = c.wayReqStart[w]!; r < c.wayReqStart[w + 1]!; r++) if (slot[c.wayReqs[r]!] === 0) m++;
      missing[w] = m;
    }
    for (const s of region.slot) {
      let k = reach[c.slotAccount[s]!] === 0 ? 1 : 0;
      if (c.slotHasCapWays[s] === 1) {
        if (someCapabilityWayOpen(this.c, this.way, s)) mark.capOk[s] = serial;
        else k++;
      }
      need[s] = k;
    }
    for (const x of region.reach)
      for (let k = c.accountWayStart[x]!; k < c.accountWayStart[x + 1]!; k++) {
        const w = c.accountWays[k]!;
        if (c.wayTarget[w]! < 0 && way[w] === 1) {
          this.setReach(x, serial);
          break;
        }
      }
    for (const s of region.slot) if (slot[s] === 0 && need[s] === 0) this.setSlot(s);
    for (const w of region.way) if (way[w] === 0 && missing[w] === 0) this.fire(w, serial);
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head]!;
      for (let k = c.slotDepStart[s]!; k < c.slotDepStart[s + 1]!; k++) {
        const w = c.slotDeps[k]!;
        if (mark.way[w] === serial && way[w] === 0 && --missing[w]! === 0) this.fire(w, serial);
      }
    }
  }

  private setSlot(s: number): void {
    this.slot[s] = 1;
    this.queue.push(s);
  }

  private setReach(x: number, serial: number): void {
    const { c } = this;
    this.reach[x] = 1;
    for (let s = c.slotBase[x]!; s < c.slotBase[x + 1]!; s++)
      if (this.mark.slot[s] === serial && this.slot[s] === 0 && --this.need[s]! === 0) this.setSlot(s);
  }

  private fire(w: number, serial: number): void {
    const { c, mark } = this;
    if (mark.shut[w] === serial || this.seed.closed?.[w] === 1) return;
    this.way[w] = 1;
    const t = c.wayTarget[w]!;
    if (t < 0) {
      const x = c.wayAccount[w]!;
      if (this.reach[x] === 0) this.setReach(x, serial);
    } else if (mark.slot[t] === serial && mark.capOk[t] !== serial) {
      mark.capOk[t] = serial;
      if (this.slot[t] === 0 && --this.need[t]! === 0) this.setSlot(t);
    }
  }

  /** Undoes the last close: every fact it over-deleted was true before. */
  restore(): void {
    for (const s of this.region.slot) this.slot[s] = 1;
    for (const w of this.region.way) this.way[w] = 1;
    for (const x of this.region.reach) this.reach[x] = 1;
  }
}
