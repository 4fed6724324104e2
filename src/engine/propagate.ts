/**
 * @module The least fixpoint of DESIGN §3 by counter-based forward propagation (Dowling–Gallier style):
 * each way counts its missing requirements, each slot counts its unmet conditions (reach, and the
 * capability ways when it has any). A fact becomes true once, through an explicit work queue, so every
 * requirement edge is visited at most once: linear time, no recursion, and cycles of mutual recovery never
 * keep each other alive because nothing starts true that is not grounded in a root or an empty way.
 */
import type { Compiled } from './compile.js';

export interface Availability {
  /** Per slot: 1 when avail(account, capability). */
  readonly slot: Uint8Array;
  /** Per account: 1 when reach(account). */
  readonly reach: Uint8Array;
  /** Per way: 1 when every requirement of the way is available. */
  readonly way: Uint8Array;
}

/**
 * Where propagation starts. The default (DESIGN §3) reaches every root and lets every way work; a takeover
 * (DESIGN §4b) starts from what a stranger holds instead and closes the ways a stranger cannot use.
 */
export interface Seed {
  /** Per account, 1 when reached from the start; null: the roots (accounts with no ways). */
  readonly reached: Uint8Array | null;
  /** Per slot, 1 when true from the start whatever reach and capability ways say (a held capability). */
  readonly slots: Uint8Array | null;
  /** Per way, 1 when it can never work (closed to a stranger); null: every way can. */
  readonly closed: Uint8Array | null;
}

const ROOTS: Seed = { reached: null, slots: null, closed: null };

/**
 * Computes availability with the slots in `lost` removed (null: the baseline, nothing lost).
 * @param c the compiled map
 * @param lost per slot, 1 when a ban removes that capability
 * @param seed where propagation starts (default: the roots, every way usable)
 */
export function propagate(c: Compiled, lost: Uint8Array | null, seed: Seed = ROOTS): Availability {
  const n = c.ids.length;
  const slotCount = c.slotCap.length;
  const W = c.wayAccount.length;
  const slot = new Uint8Array(slotCount);
  const reach = new Uint8Array(n);
  const way = new Uint8Array(W);
  const capWayOk = new Uint8Array(slotCount);
  const need = new Uint8Array(slotCount);
  for (let s = 0; s < slotCount; s++) need[s] = 1 + c.slotHasCapWays[s]!;
  const missing = new Int32Array(W);
  const queue = new Int32Array(slotCount);
  let head = 0;
  let tail = 0;

  const satisfy = (s: number): void => {
    if (lost !== null && lost[s] === 1) return;
    if (--need[s]! === 0) {
      slot[s] = 1;
      queue[tail++] = s;
    }
  };
  const setReach = (a: number): void => {
    reach[a] = 1;
    for (let s = c.slotBase[a]!; s < c.slotBase[a + 1]!; s++) satisfy(s);
  };
  const closed = seed.closed;
  const fire = (w: number): void => {
    if (closed !== null && closed[w] === 1) return;
    way[w] = 1;
    const target = c.wayTarget[w]!;
    if (target < 0) {
      const a = c.wayAccount[w]!;
      if (reach[a] === 0) setReach(a);
    } else if (capWayOk[target] === 0) {
      capWayOk[target] = 1;
      satisfy(target);
    }
  };

  for (let w = 0; w < W; w++) missing[w] = c.wayReqStart[w + 1]! - c.wayReqStart[w]!;
  const held = seed.slots;
  if (held !== null)
    for (let s = 0; s < slotCount; s++)
      if (held[s] === 1) {
        slot[s] = 1;
        // NOTE: a slot is satisfied at most twice (reach, capability way), so 255 never counts down to 0.
        need[s] = 255;
        queue[tail++] = s;
      }
  const reached = seed.reached;
  for (let a = 0; a < n; a++) if (reached === null ? c.hasWays[a] === 0 : reached[a] === 1) setReach(a);
  for (let w = 0; w < W; w++) if (missing[w] === 0) fire(w);
  while (head < tail) {
    const s = queue[head++]!;
    for (let k = c.slotDepStart[s]!; k < c.slotDepStart[s + 1]!; k++) {
      const w = c.slotDeps[k]!;
      if (--missing[w]! === 0) fire(w);
    }
  }
  return { slot, reach, way };
}
