/**
 * @module Full bans stacked on the baseline, each propagated only through what depends on it: a decremental
 * least fixpoint by delete and re-derive. A push over-deletes every fact reachable from the banned account's
 * slots along facts true now, then re-derives inside that region with counters, everything outside held at
 * its current value (it cannot depend on the ban); a pop undoes the push. `pushKnown` is the same ban when
 * the slots it turns off are already known (read from the cut-set families): it costs only what changes.
 * `lift` is the opposite move for "what if this account had one more way in": forward propagation from a
 * forced reach, undone by `unlift`.
 */
import { type Compiled, someCapabilityWayOpen } from './compile.js';
import type { Availability } from './propagate.js';

/** Mutable availability under a stack of full bans; `slot`, `reach` and `way` always hold the current state. */
export class BanStack {
  readonly slot: Uint8Array;
  readonly reach: Uint8Array;
  readonly way: Uint8Array;
  /** Per account, how many pushes on the stack ban it. */
  readonly banned: Uint8Array;
  /** Net changes of the pushes (facts set to 0), in frames: [slots, ways, reaches] logs and their offsets. */
  private readonly log: { slot: Int32Array; way: Int32Array; reach: Int32Array };
  private readonly top = { slot: 0, way: 0, reach: 0 };
  private readonly frames: { account: number; slot: number; way: number; reach: number }[] = [];
  /** The region the last push over-deleted, and its sizes. */
  private readonly region: { slot: Int32Array; way: Int32Array; reach: Int32Array };
  private readonly size = { slot: 0, way: 0, reach: 0 };
  /** Per fact, the serial of the push that over-deleted it; per slot, of the push that found a capability way. */
  private readonly mark: { slot: Int32Array; way: Int32Array; reach: Int32Array; capOk: Int32Array };
  private serial = 0;
  private readonly missing: Int32Array;
  private readonly need: Uint8Array;
  private readonly queue: Int32Array;
  private tail = 0;
  /** Facts the current lift set to 1, each coded as index * 3 + kind (0 slot, 1 way, 2 reach). */
  private readonly lifted: number[] = [];
  private readonly liftedSlots: number[] = [];

  constructor(
    private readonly c: Compiled,
    base: Availability,
  ) {
    const S = c.slotCap.length;
    const W = c.wayAccount.length;
    const n = c.ids.length;
    this.slot = base.slot.slice();
    this.reach = base.reach.slice();
    this.way = base.way.slice();
    this.banned = new Uint8Array(n);
    this.log = { slot: new Int32Array(S), way: new Int32Array(W), reach: new Int32Array(n) };
    this.region = { slot: new Int32Array(S), way: new Int32Array(W), reach: new Int32Array(n) };
    this.mark = {
      slot: new Int32Array(S),
      way: new Int32Array(W),
      reach: new Int32Array(n),
      capOk: new Int32Array(S),
    };
    this.missing = new Int32Array(W);
    this.need = new Uint8Array(S);
    this.queue = new Int32Array(S);
  }

  /** Bans account `a` fully on top of the current state. */
  push(a: number): void {
    const { c, slot, way, reach, region: reg, mark, size } = this;
    const serial = ++this.serial;
    size.slot = 0;
    size.way = 0;
    size.reach = 0;
    this.banned[a]!++;
    for (let s = c.slotBase[a]!; s < c.slotBase[a + 1]!; s++) if (slot[s] === 1) this.del(s);
    // Over-delete: everything true now that some deleted fact feeds.
    for (let head = 0; head < size.slot; head++) {
      const s = reg.slot[head]!;
      for (let k = c.slotDepStart[s]!; k < c.slotDepStart[s + 1]!; k++) {
        const w = c.slotDeps[k]!;
        if (way[w] === 0) continue;
        way[w] = 0;
        mark.way[w] = serial;
        reg.way[size.way++] = w;
        const t = c.wayTarget[w]!;
        if (t >= 0) {
          if (slot[t] === 1) this.del(t);
          continue;
        }
        const x = c.wayAccount[w]!;
        if (reach[x] === 0) continue;
        reach[x] = 0;
        mark.reach[x] = serial;
        reg.reach[size.reach++] = x;
        for (let s2 = c.slotBase[x]!; s2 < c.slotBase[x + 1]!; s2++) if (slot[s2] === 1) this.del(s2);
      }
    }
    this.rederive();
    const top = this.top;
    this.frames.push({ account: a, slot: top.slot, way: top.way, reach: top.reach });
    for (let i = 0; i < size.slot; i++)
      if (slot[reg.slot[i]!] === 0) this.log.slot[top.slot++] = reg.slot[i]!;
    for (let i = 0; i < size.way; i++) if (way[reg.way[i]!] === 0) this.log.way[top.way++] = reg.way[i]!;
    for (let i = 0; i < size.reach; i++)
      if (reach[reg.reach[i]!] === 0) this.log.reach[top.reach++] = reg.reach[i]!;
  }

  /**
   * Bans account `a` fully when the slots the ban turns off from the current state are already known (the
   * single-ban index, on the baseline): sets them, the ways needing them and the reaches left with no way, with
   * no over-deletion. The same state and frame as `push(a)`.
   */
  pushKnown(a: number, lost: ArrayLike<number>): void {
    const { c, slot, way, reach, log, top, mark } = this;
    const serial = ++this.serial;
    this.frames.push({ account: a, slot: top.slot, way: top.way, reach: top.reach });
    this.banned[a]!++;
    const from = top.way;
    for (let i = 0; i < lost.length; i++) {
      const s = lost[i]!;
      if (slot[s] === 0) continue;
      slot[s] = 0;
      log.slot[top.slot++] = s;
      for (let k = c.slotDepStart[s]!; k < c.slotDepStart[s + 1]!; k++) {
        const w = c.slotDeps[k]!;
        if (way[w] === 0) continue;
        way[w] = 0;
        log.way[top.way++] = w;
      }
    }
    for (let i = from; i < top.way; i++) {
      const w = log.way[i]!;
      const x = c.wayAccount[w]!;
      if (c.wayTarget[w]! >= 0 || reach[x] === 0 || mark.reach[x] === serial) continue;
      mark.reach[x] = serial;
      let any = false;
      for (let k = c.accountWayStart[x]!; k < c.accountWayStart[x + 1]! && !any; k++) {
        const v = c.accountWays[k]!;
        any = c.wayTarget[v]! < 0 && way[v] === 1;
      }
      if (any) continue;
      reach[x] = 0;
      log.reach[top.reach++] = x;
    }
  }

  private del(s: number): void {
    this.slot[s] = 0;
    this.mark.slot[s] = this.serial;
    this.region.slot[this.size.slot++] = s;
  }

  /** Re-derives, inside the over-deleted region, what still holds: counters, with the outside fixed. */
  private rederive(): void {
    const { c, slot, way, reach, region: reg, mark, missing, need, queue, size, serial } = this;
    this.tail = 0;
    for (let i = 0; i < size.way; i++) {
      const w = reg.way[i]!;
      let m = 0;
      for (let r = c.wayReqStart[w]!; r < c.wayReqStart[w + 1]!; r++) if (slot[c.wayReqs[r]!] === 0) m++;
      missing[w] = m;
    }
    for (let i = 0; i < size.slot; i++) {
      const s = reg.slot[i]!;
      const a = c.slotAccount[s]!;
      // A banned account's slots never come back: one more than can ever be satisfied.
      let k = this.banned[a] !== 0 ? 3 : reach[a] === 0 ? 1 : 0;
      if (c.slotHasCapWays[s] === 1) {
        if (someCapabilityWayOpen(this.c, this.way, s)) mark.capOk[s] = serial;
        else k++;
      }
      need[s] = k;
    }
    for (let i = 0; i < size.reach; i++) {
      const x = reg.reach[i]!;
      for (let k = c.accountWayStart[x]!; k < c.accountWayStart[x + 1]!; k++) {
        const w = c.accountWays[k]!;
        if (c.wayTarget[w]! < 0 && way[w] === 1) {
          this.setReach(x);
          break;
        }
      }
    }
    for (let i = 0; i < size.slot; i++) {
      const s = reg.slot[i]!;
      if (slot[s] === 0 && need[s] === 0) this.setSlot(s);
    }
    for (let head = 0; head < this.tail; head++) {
      const s = queue[head]!;
      for (let k = c.slotDepStart[s]!; k < c.slotDepStart[s + 1]!; k++) {
        const w = c.slotDeps[k]!;
        if (mark.way[w] === serial && way[w] === 0 && --missing[w]! === 0) this.fire(w);
      }
    }
  }

  private setSlot(s: number): void {
    this.slot[s] = 1;
    this.queue[this.tail++] = s;
  }

  private satisfy(s: number): void {
    if (--this.need[s]! === 0) this.setSlot(s);
  }

  private setReach(x: number): void {
    const { c } = this;
    this.reach[x] = 1;
    for (let s = c.slotBase[x]!; s < c.slotBase[x + 1]!; s++)
      if (this.mark.slot[s] === this.serial) this.satisfy(s);
  }

  private fire(w: number): void {
    const { c, mark, serial } = this;
    this.way[w] = 1;
    const t = c.wayTarget[w]!;
    if (t < 0) {
      const x = c.wayAccount[w]!;
      if (this.reach[x] === 0) this.setReach(x);
    } else if (mark.slot[t] === serial && mark.capOk[t] !== serial) {
      mark.capOk[t] = serial;
      this.satisfy(t);
    }
  }

  /** Undoes the last push. */
  pop(): void {
    const f = this.frames.pop()!;
    for (let i = f.slot; i < this.top.slot; i++) this.slot[this.log.slot[i]!] = 1;
    for (let i = f.way; i < this.top.way; i++) this.way[this.log.way[i]!] = 1;
    for (let i = f.reach; i < this.top.reach; i++) this.reach[this.log.reach[i]!] = 1;
    this.top.slot = f.slot;
    this.top.way = f.way;
    this.top.reach = f.reach;
    this.banned[f.account]!--;
  }

  /** Slots and ways the last push turned off for good (its net change). */
  changed(): { slots: Int32Array; ways: Int32Array } {
    const f = this.frames[this.frames.length - 1]!;
    return {
      slots: this.log.slot.subarray(f.slot, this.top.slot),
      ways: this.log.way.subarray(f.way, this.top.way),
    };
  }

  /** Whether account `x` has any capability available now. */
  hasAny(x: number): boolean {
    for (let s = this.c.slotBase[x]!; s < this.c.slotBase[x + 1]!; s++) if (this.slot[s] === 1) return true;
    return false;
  }

  /**
   * Gives account `x` a way in that needs nothing (as if a new, independent way were added) and propagates
   * forward; returns the slots it turned on (valid until the next lift). Undo with `unlift` before the next
   * push or pop.
   */
  lift(x: number): readonly number[] {
    const { c, slot, way, reach, lifted } = this;
    const on = this.liftedSlots;
    on.length = 0;
    if (reach[x] === 0) this.liftReach(x);
    else for (let s = c.slotBase[x]!; s < c.slotBase[x + 1]!; s++) this.liftSlot(s);
    for (let head = 0; head < on.length; head++) {
      const s = on[head]!;
      for (let k = c.slotDepStart[s]!; k < c.slotDepStart[s + 1]!; k++) {
        const w = c.slotDeps[k]!;
        if (way[w] === 1) continue;
        let all = true;
        for (let r = c.wayReqStart[w]!; r < c.wayReqStart[w + 1]! && all; r++)
          all = slot[c.wayReqs[r]!] === 1;
        if (!all) continue;
        way[w] = 1;
        lifted.push(w * 3 + 1);
        const t = c.wayTarget[w]!;
        if (t >= 0) this.liftSlot(t);
        else if (reach[c.wayAccount[w]!] === 0) this.liftReach(c.wayAccount[w]!);
      }
    }
    return on;
  }

  private liftSlot(s: number): void {
    const a = this.c.slotAccount[s]!;
    if (this.slot[s] === 1 || this.banned[a] !== 0 || this.reach[a] === 0) return;
    if (this.c.slotHasCapWays[s] === 1 && !someCapabilityWayOpen(this.c, this.way, s)) return;
    this.slot[s] = 1;
    this.lifted.push(s * 3);
    this.liftedSlots.push(s);
  }

  private liftReach(a: number): void {
    this.reach[a] = 1;
    this.lifted.push(a * 3 + 2);
    for (let s = this.c.slotBase[a]!; s < this.c.slotBase[a + 1]!; s++) this.liftSlot(s);
  }

  /** Undoes the last lift. */
  unlift(): void {
    for (const code of this.lifted) {
      const i = Math.floor(code / 3);
      const kind = code % 3;
      (kind === 0 ? this.slot : kind === 1 ? this.way : this.reach)[i] = 0;
    }
    this.lifted.length = 0;
  }
}
