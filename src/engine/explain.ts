/**
 * @module Explanations of an impact: `because` (each way that worked at baseline and fails now, with its
 * first missing requirement in canonical order) and `causes` (the banned accounts reached by walking back
 * along requirements that were available at baseline and are not now).
 */
import type { Because } from '../model/index.js';
import type { Compiled } from './compile.js';
import type { Availability } from './propagate.js';

/** Ways of account `a` that worked at baseline and fail now, each with its first missing requirement. */
export function becauseOf(c: Compiled, a: number, base: Availability, now: Availability): Because[] {
  const out: Because[] = [];
  for (let k = c.accountWayStart[a]!; k < c.accountWayStart[a + 1]!; k++) {
    const w = c.accountWays[k]!;
    if (base.way[w] !== 1 || now.way[w] === 1) continue;
    let missing = -1;
    for (let r = c.wayReqStart[w]!; r < c.wayReqStart[w + 1]!; r++) {
      const s = c.wayReqs[r]!;
      if (now.slot[s] !== 1) {
        missing = s;
        break;
      }
    }
    const target = c.wayTarget[w]!;
    const entry: Because = {
      way: c.wayOrdinal[w]!,
      missing: { account: c.ids[c.slotAccount[missing]!]!, capability: c.slotCap[missing]! },
    };
    if (target >= 0) entry.capability = c.slotCap[target]!;
    out.push(entry);
  }
  // Own ways first (no capability), then capability ways by capability; each by declared index.
  return out.sort((x, y) => {
    const cx = x.capability ?? '';
    const cy = y.capability ?? '';
    return cx === cy ? x.way - y.way : cx < cy ? -1 : 1;
  });
}

/**
 * For each affected account, the banned accounts among itself and those reachable from it along requirements
 * that broke (available at baseline, not now). One breadth-first walk per banned account over the reverse
 * requirement index, following only broken slots, so the cost is linear in the damage it walks. (This walk
 * filters by edge, which graphology-traversal's node callbacks cannot express; see DESIGN §12.)
 * Returns account index → sorted cause ids.
 */
export function causesOf(
  c: Compiled,
  banned: ReadonlySet<number>,
  base: Availability,
  now: Availability,
): Map<number, string[]> {
  const n = c.ids.length;
  const seen = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const causes = new Map<number, string[]>();
  // Banned accounts in id order, so each cause list comes out sorted without a sort per account.
  const roots = [...banned].sort((x, y) => (c.ids[x]! < c.ids[y]! ? -1 : 1));
  for (const b of roots) {
    const id = c.ids[b]!;
    let head = 0;
    let tail = 0;
    seen[b] = b;
    queue[tail++] = b;
    while (head < tail) {
      const y = queue[head++]!;
      const list = causes.get(y);
      if (list) list.push(id);
      else causes.set(y, [id]);
      for (let s = c.slotBase[y]!; s < c.slotBase[y + 1]!; s++) {
        if (base.slot[s] !== 1 || now.slot[s] === 1) continue;
        for (let k = c.slotDepStart[s]!; k < c.slotDepStart[s + 1]!; k++) {
          const x = c.wayAccount[c.slotDeps[k]!]!;
          if (seen[x] !== b) {
            seen[x] = b;
            queue[tail++] = x;
          }
        }
      }
    }
  }
  return causes;
}
