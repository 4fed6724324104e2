/**
 * @module Strongly connected components of the accounts' "requires" relation (an edge X → Y when some way or
 * capability way of X requires a capability of Y), dependencies first: every component comes after all the
 * components it requires, so bottom-up computations can run in the returned order.
 *
 * NOTE: graphology-components' `stronglyConnectedComponents` walks the graph with a recursive DFS, which
 * overflows the stack on a chain of ~10,000 accounts; this is Tarjan's algorithm with an explicit stack over
 * the compiled arrays, which also needs no string keys.
 */
import type { Compiled } from './compile.js';

export interface Components {
  /** Components in dependency order (each after the components it requires), as lists of account indices. */
  readonly list: number[][];
  /** Per account, the index of its component in `list`, or -1 when it was not visited. */
  readonly of: Int32Array;
}

/** The accounts account `a` requires (with repeats), from its ways and capability ways. */
export function forEachRequired(c: Compiled, a: number, fn: (b: number) => void): void {
  for (let k = c.accountWayStart[a]!; k < c.accountWayStart[a + 1]!; k++) {
    const w = c.accountWays[k]!;
    for (let r = c.wayReqStart[w]!; r < c.wayReqStart[w + 1]!; r++) fn(c.slotAccount[c.wayReqs[r]!]!);
  }
}

/**
 * The components of the accounts in `from` and of everything they require, transitively (all accounts when
 * `from` is omitted), in dependency order.
 */
export function components(c: Compiled, from?: readonly number[]): Components {
  const n = c.ids.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const of = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const list: number[][] = [];
  // Per DFS frame: the account and its successors still to visit.
  const frames: { a: number; next: number[]; i: number }[] = [];
  let counter = 0;

  const open = (a: number) => {
    index[a] = low[a] = counter++;
    stack.push(a);
    onStack[a] = 1;
    const next: number[] = [];
    forEachRequired(c, a, (b) => next.push(b));
    frames.push({ a, next, i: 0 });
  };

  const roots = from ?? Array.from({ length: n }, (_, i) => i);
  for (const root of roots) {
    if (index[root] !== -1) continue;
    open(root);
    while (frames.length > 0) {
      const f = frames[frames.length - 1]!;
      if (f.i < f.next.length) {
        const b = f.next[f.i++]!;
        if (index[b] === -1) open(b);
        else if (onStack[b] === 1 && index[b]! < low[f.a]!) low[f.a] = index[b]!;
        continue;
      }
      frames.pop();
      if (frames.length > 0) {
        const parent = frames[frames.length - 1]!.a;
        if (low[f.a]! < low[parent]!) low[parent] = low[f.a]!;
      }
      if (low[f.a] !== index[f.a]) continue;
      const comp: number[] = [];
      let x: number;
      do {
        x = stack.pop()!;
        onStack[x] = 0;
        of[x] = list.length;
        comp.push(x);
      } while (x !== f.a);
      list.push(comp);
    }
  }
  return { list, of };
}
