/**
 * @module The graphology view of a compiled map, for algorithms that want graphology's traversals,
 * components or DAG tools: an edge X → Y when some way of X requires a capability of Y. Built on first use
 * and remembered per compiled map, so analyses that never ask for it (impact, validation) never pay for it.
 */
import { DirectedGraph } from 'graphology';
import type { Compiled } from './compile.js';

const cache = new WeakMap<Compiled, DirectedGraph>();

/** The account-level graph of a compiled map (memoised: a compiled map is immutable). Node keys are ids. */
export function accountGraph(c: Compiled): DirectedGraph {
  let g = cache.get(c);
  if (g) return g;
  g = new DirectedGraph();
  for (const id of c.ids) g.addNode(id);
  const n = c.ids.length;
  // NOTE: one pass per account with a stamp array finds distinct targets without hasEdge look-ups.
  const stamp = new Int32Array(n).fill(-1);
  for (let a = 0; a < n; a++) {
    for (let k = c.accountWayStart[a]!; k < c.accountWayStart[a + 1]!; k++) {
      const w = c.accountWays[k]!;
      for (let r = c.wayReqStart[w]!; r < c.wayReqStart[w + 1]!; r++) {
        const y = c.slotAccount[c.wayReqs[r]!]!;
        if (stamp[y] === a) continue;
        stamp[y] = a;
        g.addDirectedEdge(c.ids[a]!, c.ids[y]!);
      }
    }
  }
  cache.set(c, g);
  return g;
}
