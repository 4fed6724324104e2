/**
 * @module What each account's single full ban turns off, read from the cut-set families instead of propagated:
 * slot s (available at baseline) is lost by the full ban of A exactly when {A} is a minimal cut set of s (a
 * singleton is minimal unless the empty set fails s, which means s is unavailable at baseline). The index
 * costs the number of (ban, lost slot) pairs: it follows the answer, not the map.
 */
import type { Compiled } from './compile.js';
import type { CutSetFamilies } from './cut-sets.js';
import type { Availability } from './propagate.js';

/** Per account A, the slots its single full ban turns off: `slots[start[A] .. start[A+1])`, ascending. */
export interface SingleLosses {
  readonly start: Int32Array;
  readonly slots: Int32Array;
}

/** Builds the index from the slot families of every slot (computed with no targets). */
export function singleLosses(c: Compiled, base: Availability, fams: CutSetFamilies): SingleLosses {
  const n = c.ids.length;
  const S = c.slotCap.length;
  // A singleton {a} is coded a + 1, below n + 1; the codes of a family ascend, so its singletons come first.
  const m = n + 1;
  const start = new Int32Array(n + 1);
  for (let s = 0; s < S; s++) {
    if (base.slot[s] !== 1) continue;
    const f = fams.slotFamily(s);
    for (let i = 0; i < f.length && f[i]! < m; i++) if (f[i]! > 0) start[f[i]!]!++;
  }
  for (let a = 0; a < n; a++) start[a + 1]! += start[a]!;
  const fill = start.slice(0, n);
  const slots = new Int32Array(start[n]!);
  for (let s = 0; s < S; s++) {
    if (base.slot[s] !== 1) continue;
    const f = fams.slotFamily(s);
    for (let i = 0; i < f.length && f[i]! < m; i++) if (f[i]! > 0) slots[fill[f[i]! - 1]!++] = s;
  }
  return { start, slots };
}

/** The slots account `a`'s single full ban turns off. */
export function lostBy(losses: SingleLosses, a: number): Int32Array {
  return losses.slots.subarray(losses.start[a]!, losses.start[a + 1]!);
}
