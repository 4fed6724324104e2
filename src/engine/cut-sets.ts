/**
 * @module Minimal cut sets of every reachable account (DESIGN §4): the single points of failure, the pairs and
 * (on request) the triples of full bans that cut it off when no smaller subset does. Only the candidate sets
 * of cut-candidates.ts are tried, each as one more push on the ban stack on top of its shared prefix.
 */
import type { CutSets, RiskOrder } from '../model/index.js';
import type { BanStack } from './ban-stack.js';
import type { BanEffect } from './blast-radius.js';
import type { Compiled } from './compile.js';
import { candidateSets } from './cut-candidates.js';
import type { Availability } from './propagate.js';

/** Cut sets by account index: `spof`, `pairs` and `triples` hold account indices. */
export interface CutSetIndex {
  spof: number[][];
  pairs: [number, number][][];
  triples: [number, number, number][][];
}

/** Finds the minimal cut sets up to `order` from the single-ban effects (one per reachable account). */
export function findCutSets(
  c: Compiled,
  base: Availability,
  stack: BanStack,
  effects: readonly BanEffect[],
  order: RiskOrder,
): CutSetIndex {
  const n = c.ids.length;
  const lists = <T>(): T[][] => Array.from({ length: n }, () => []);
  const out: CutSetIndex = { spof: lists(), pairs: lists(), triples: lists() };
  const single = new Set<number>();
  for (const e of effects)
    for (const x of e.cut) {
      out.spof[x]!.push(e.account);
      single.add(x * n + e.account);
    }
  if (order < 2) return out;

  // Bans whose region holds an account they do not cut alone, biggest region first: in a tried set the bigger
  // regions are pushed first and shared between the sets that start alike, the smaller ones pushed on top.
  const hubs = effects.filter((e) => e.region.length > 0).sort((p, q) => q.region.length - p.region.length);
  const above: number[][] = lists();
  hubs.forEach((e, i) => {
    for (const x of e.region) above[x]!.push(i);
  });
  const stamp = new Int32Array(n).fill(-1);
  let epoch = 0;
  /** Accounts the last push (of `banned`) cut off that were not cut before it, each once. */
  const newlyCut = (banned: number): number[] => {
    epoch++;
    const xs: number[] = [];
    for (const s of stack.changed().slots) {
      const x = c.slotAccount[s]!;
      if (stamp[x] === epoch || x === banned) continue;
      stamp[x] = epoch;
      if (!stack.hasAny(x)) xs.push(x);
    }
    return xs;
  };
  /** Pushes each set (sorted, sharing pushed prefixes) and calls `check` with the members as accounts. */
  const walk = (sets: number[][], check: (members: number[]) => void) => {
    const pushed: number[] = [];
    sets.sort((p, q) => p[0]! - q[0]! || p[1]! - q[1]! || (p[2] ?? 0) - (q[2] ?? 0));
    for (const set of sets) {
      let k = 0;
      while (k < pushed.length && k < set.length - 1 && pushed[k] === set[k]) k++;
      for (; pushed.length > k; pushed.pop()) stack.pop();
      for (; k < set.length; k++) {
        stack.push(hubs[set[k]!]!.account);
        pushed.push(set[k]!);
      }
      check(set.map((p) => hubs[p]!.account));
      stack.pop();
      pushed.pop();
    }
    for (; pushed.length > 0; pushed.pop()) stack.pop();
  };
  const pairKey = (x: number, a: number, b: number) => (x * n + Math.min(a, b)) * n + Math.max(a, b);
  const pairCut = new Set<number>();
  walk(candidateSets(c, base, effects, hubs, above, 2), ([a, b]) => {
    for (const x of newlyCut(b!)) {
      if (single.has(x * n + b!)) continue;
      out.pairs[x]!.push([a!, b!]);
      pairCut.add(pairKey(x, a!, b!));
    }
  });
  if (order < 3) return out;
  walk(candidateSets(c, base, effects, hubs, above, 3), ([a, b, cc]) => {
    for (const x of newlyCut(cc!)) {
      if (single.has(x * n + cc!) || pairCut.has(pairKey(x, a!, cc!)) || pairCut.has(pairKey(x, b!, cc!)))
        continue;
      out.triples[x]!.push([a!, b!, cc!]);
    }
  });
  return out;
}

/** The cut sets as ids, every set and every list sorted, for each reachable account in id order. */
export function cutSetsById(
  c: Compiled,
  index: CutSetIndex,
  reachable: readonly number[],
  order: RiskOrder,
): Record<string, CutSets> {
  const id = (a: number) => c.ids[a]!;
  const cmp = (p: readonly string[], q: readonly string[]) => {
    for (let i = 0; i < p.length; i++) if (p[i] !== q[i]) return p[i]! < q[i]! ? -1 : 1;
    return 0;
  };
  const sets = (list: readonly number[][]) => list.map((set) => set.map(id).sort()).sort(cmp);
  const out: Record<string, CutSets> = {};
  for (const x of reachable) {
    const entry: CutSets = {
      spof: index.spof[x]!.map(id).sort(),
      pairs: sets(index.pairs[x]!) as [string, string][],
    };
    if (order >= 3) entry.triples = sets(index.triples[x]!) as [string, string, string][];
    out[id(x)] = entry;
  }
  return out;
}
