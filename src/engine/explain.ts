/**
 * @module Explanations of an impact: `because` (each way that worked at baseline and fails now, with its
 * first missing requirement in canonical order) and `causes` (the banned accounts reached by walking back
 * along requirements that were available at baseline and are not now), the latter with graphology-traversal.
 */
import { DirectedGraph } from 'graphology';
import { bfsFromNode } from 'graphology-traversal';
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
 * For each account in `from`, the banned accounts among itself and those reachable from it along
 * requirements that broke (available at baseline, not now). Returns account index → sorted cause ids.
 */
export function causesOf(
  c: Compiled,
  banned: ReadonlySet<number>,
  base: Availability,
  now: Availability,
): Map<number, string[]> {
  // The graph of broken requirement edges X → Y, only over accounts that take part in one.
  const broken = new DirectedGraph();
  for (let w = 0; w < c.wayAccount.length; w++) {
    const x = c.ids[c.wayAccount[w]!]!;
    for (let r = c.wayReqStart[w]!; r < c.wayReqStart[w + 1]!; r++) {
      const s = c.wayReqs[r]!;
      if (base.slot[s] !== 1 || now.slot[s] === 1) continue;
      const y = c.ids[c.slotAccount[s]!]!;
      broken.mergeEdge(x, y);
    }
  }
  const causes = new Map<number, Set<string>>();
  const add = (id: string, cause: string) => {
    const i = c.index.get(id)!;
    const set = causes.get(i) ?? new Set<string>();
    set.add(cause);
    causes.set(i, set);
  };
  for (const b of banned) {
    const id = c.ids[b]!;
    add(id, id);
    if (!broken.hasNode(id)) continue;
    bfsFromNode(broken, id, (node) => add(node, id), { mode: 'inbound' });
  }
  const out = new Map<number, string[]>();
  for (const [i, set] of causes) out.set(i, [...set].sort());
  return out;
}
