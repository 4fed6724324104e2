/**
 * @module Which pairs and triples of full bans can cut an account off at all, before any is propagated. A ban
 * set cuts X only if it breaks every way into X (or every capability way of every capability X has), and a
 * way breaks only if some ban's dependent region holds one of its requirements; a minimal set also needs X in
 * each member's region. So per account the candidates are the small hitting sets of its ways' "who can break
 * it" sets, which prunes accounts with many independent ways in to nothing.
 */
import type { BanEffect } from './blast-radius.js';
import type { Compiled } from './compile.js';
import type { Availability } from './propagate.js';

/**
 * The ways that must all break for reachable account `x` to be cut, as families (any one family suffices):
 * its own ways that work at baseline (when it has ways), and the working capability ways of its available
 * capabilities (when each of them has capability ways).
 */
function wayFamilies(c: Compiled, base: Availability, x: number): number[][] {
  const own: number[] = [];
  const capWays: number[] = [];
  for (let k = c.accountWayStart[x]!; k < c.accountWayStart[x + 1]!; k++) {
    const w = c.accountWays[k]!;
    if (base.way[w] === 1) (c.wayTarget[w]! < 0 ? own : capWays).push(w);
  }
  const families = c.hasWays[x] === 1 ? [own] : [];
  let allCapWays = true;
  for (let s = c.slotBase[x]!; s < c.slotBase[x + 1]!; s++)
    if (base.slot[s] === 1 && c.slotHasCapWays[s] !== 1) allCapWays = false;
  if (allCapWays) families.push(capWays);
  return families;
}

/** Elements of the smallest set that are in every set (empty input: undefined, meaning "no constraint"). */
function intersect(sets: readonly Set<number>[]): number[] | undefined {
  if (sets.length === 0) return undefined;
  const smallest = sets.reduce((p, q) => (q.size < p.size ? q : p));
  return [...smallest].filter((v) => sets.every((s) => s.has(v)));
}

/**
 * Candidate ban sets of `order` 2 or 3, as sorted tuples of positions in `hubs` (the bans whose region holds an
 * account they do not cut alone). `above[x]` lists the positions of the hubs with x in their region.
 */
export function candidateSets(
  c: Compiled,
  base: Availability,
  effects: readonly BanEffect[],
  hubs: readonly BanEffect[],
  above: readonly number[][],
  order: 2 | 3,
): number[][] {
  const H = hubs.length;
  const pos = new Map(hubs.map((e, i) => [e.account, i]));
  // Per slot, the hubs whose region holds it (only hubs can be members of a minimal set of two or more).
  const bySlot: number[][] = Array.from({ length: c.slotCap.length }, () => []);
  for (const e of effects) {
    const p = pos.get(e.account);
    if (p !== undefined) for (const s of e.regionSlots) bySlot[s]!.push(p);
  }
  // Sets are kept as numbers: sorted members a < b (< c) encode as (a * H + b) * H + c.
  const found = new Set<number>();
  const emit3 = (a: number, b: number, cc: number) => {
    const lo = Math.min(a, b, cc);
    const hi = Math.max(a, b, cc);
    found.add((lo * H + (a + b + cc - lo - hi)) * H + hi);
  };
  const smallest = (sets: readonly Set<number>[], or: Set<number>) =>
    sets.length === 0 ? or : sets.reduce((p, q) => (q.size < p.size ? q : p));
  for (const e of effects) {
    const x = e.account;
    const allowed = new Set(above[x]!);
    if (allowed.size < order) continue;
    for (const ways of wayFamilies(c, base, x)) {
      const sets = ways.map((w) => {
        const hit = new Set<number>();
        for (let r = c.wayReqStart[w]!; r < c.wayReqStart[w + 1]!; r++)
          for (const p of bySlot[c.wayReqs[r]!]!) if (allowed.has(p)) hit.add(p);
        return hit;
      });
      if (sets.some((s) => s.size === 0)) continue;
      for (const a of smallest(sets, allowed)) {
        const rest = sets.filter((s) => !s.has(a));
        if (order === 2) {
          for (const b of intersect(rest) ?? allowed)
            if (b !== a) found.add(Math.min(a, b) * H + Math.max(a, b));
          continue;
        }
        for (const b of smallest(rest, allowed)) {
          if (b === a) continue;
          const rest2 = rest.filter((s) => !s.has(b));
          for (const cc of intersect(rest2) ?? allowed) if (cc !== a && cc !== b) emit3(a, b, cc);
        }
      }
    }
  }
  const decode = (k: number): number[] =>
    order === 2 ? [Math.floor(k / H), k % H] : [Math.floor(k / H / H), Math.floor(k / H) % H, k % H];
  return [...found].sort((p, q) => p - q).map(decode);
}
