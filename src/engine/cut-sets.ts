/**
 * @module Minimal cut sets of order ≤ 3 (DESIGN §4) bottom-up, by truncated set algebra on the failure side of
 * the least fixpoint of DESIGN §3. Per (account, capability) a family of the sets of full bans that make it
 * unavailable: the account's own ban, or every one of its ways failing (a way fails when one requirement
 * fails), or every capability way of that capability failing. An account is cut when all its capabilities
 * fail, so its cut sets are the product of its capabilities' families, without its own ban. Components of
 * mutual recovery are solved by a fixpoint that starts from "everything fails" (nothing is grounded yet) and
 * only ever weakens, in dependency order of the components: the cost follows the sets found, not the
 * candidates.
 */
import type { CutSets, RiskOrder } from '../model/index.js';
import type { Compiled } from './compile.js';
import { type Components, components, forEachRequired } from './components.js';
import { ALWAYS, type Family, NEVER, SetAlgebra } from './set-family.js';
import { type Budget, DEFAULT_BUDGET, REPORT_SETS, TooComplexError } from './too-complex.js';

/** Per-account cut-set families of a compiled map (those of the accounts asked for and what they require). */
export interface CutSetFamilies {
  readonly algebra: SetAlgebra;
  /** The minimal cut sets of account `x` (must be one asked for): `[0]` when it is unreachable at baseline. */
  cutOf(x: number): Family;
  /**
   * The minimal sets of full bans that make slot `s` unavailable (`[0]` when it is unavailable at baseline); for
   * every slot when no targets were given, else for those of the targets and of what they still require.
   */
  slotFamily(s: number): Family;
}

const same = (p: Family | undefined, q: Family): boolean => {
  if (p === q) return true;
  if (p === undefined || p.length !== q.length) return false;
  for (let i = 0; i < p.length; i++) if (p[i] !== q[i]) return false;
  return true;
};

/**
 * Computes the slot families of the accounts in `targets` and of everything they require (all accounts when
 * omitted), up to `order` members per set.
 */
export function cutSetFamilies(
  c: Compiled,
  order: RiskOrder,
  targets?: readonly number[],
  budget: Budget = DEFAULT_BUDGET,
): CutSetFamilies {
  const alg = new SetAlgebra(c.ids.length, order, budget);
  const slotFam: Family[] = new Array(c.slotCap.length);
  let held = 0;
  const assign = (s: number, f: Family) => {
    held += f.length - (slotFam[s]?.length ?? 0);
    if (held > budget.sets) throw new TooComplexError(order, 'sets');
    slotFam[s] = f;
  };
  const wayFam = (w: number): Family => {
    const start = c.wayReqStart[w]!;
    const end = c.wayReqStart[w + 1]!;
    if (end - start === 1) return slotFam[c.wayReqs[start]!]!;
    const fams: Family[] = [];
    for (let r = start; r < end; r++) fams.push(slotFam[c.wayReqs[r]!]!);
    return alg.union(fams);
  };
  /** AND over the ways of account `a` opening `target` (-1: its own ways). */
  const allFail = (a: number, target: number): Family => {
    let acc = ALWAYS;
    for (let k = c.accountWayStart[a]!; k < c.accountWayStart[a + 1]! && acc.length > 0; k++) {
      const w = c.accountWays[k]!;
      if (c.wayTarget[w] === target) acc = alg.product(acc, wayFam(w));
    }
    return acc;
  };
  /** Recomputes the slot families of account `a`; whether any changed. */
  const recompute = (a: number): boolean => {
    const reach = c.hasWays[a] === 1 ? allFail(a, -1) : NEVER;
    const own = alg.withSingle(a, reach);
    let changed = false;
    for (let s = c.slotBase[a]!; s < c.slotBase[a + 1]!; s++) {
      const f = c.slotHasCapWays[s] === 1 ? alg.union([own, allFail(a, s)]) : own;
      if (same(slotFam[s], f)) continue;
      assign(s, f);
      changed = true;
    }
    return changed;
  };

  // The report's sets, counted as each component is solved (of reachable accounts: unreachable ones have
  // only the empty set), so that a report too big to hold fails as soon as it is (the same limit as
  // cutSetsById, whose count this equals).
  const report = targets === undefined ? budget.report : undefined;
  const cuts = new Map<number, Family>();
  const cutOf = (x: number): Family => {
    let acc = cuts.get(x);
    if (acc !== undefined) return acc;
    acc = ALWAYS;
    for (let s = c.slotBase[x]!; s < c.slotBase[x + 1]!; s++) acc = alg.product(acc, slotFam[s]!);
    acc = alg.without(acc, x);
    if (report !== undefined) cuts.set(x, acc);
    return acc;
  };
  let reported = 0;
  const count = (comp: readonly number[]) => {
    for (const a of comp) {
      const f = cutOf(a);
      if (f.length > 0 && f[0] !== 0) reported += f.length;
    }
    if (reported > report!) throw new TooComplexError(order, 'sets');
  };

  const comps = components(c, targets);
  const queued = new Uint8Array(c.ids.length);
  const release = targets ? releaser(c, comps, targets, (s) => assign(s, NEVER)) : undefined;
  for (const comp of comps.list) {
    // Least fixpoint: inside a component everything starts failing and is weakened until nothing changes.
    for (const a of comp) for (let s = c.slotBase[a]!; s < c.slotBase[a + 1]!; s++) assign(s, ALWAYS);
    const queue = [...comp];
    for (const a of comp) queued[a] = 1;
    for (let head = 0; head < queue.length; head++) {
      const a = queue[head]!;
      queued[a] = 0;
      if (!recompute(a)) continue;
      for (let s = c.slotBase[a]!; s < c.slotBase[a + 1]!; s++)
        for (let k = c.slotDepStart[s]!; k < c.slotDepStart[s + 1]!; k++) {
          const d = c.wayAccount[c.slotDeps[k]!]!;
          if (queued[d] === 0 && comps.of[d] === comps.of[a]) {
            queued[d] = 1;
            queue.push(d);
          }
        }
    }
    if (report !== undefined) count(comp);
    release?.(comp);
  }

  return {
    algebra: alg,
    cutOf,
    slotFamily: (s) => slotFam[s]!,
  };
}

/**
 * Frees the families nothing needs any more: once every account requiring account b (outside b's component)
 * is solved, b's slot families are dropped unless b is a target. Returns the hook to call per solved component.
 */
function releaser(
  c: Compiled,
  comps: Components,
  targets: readonly number[],
  free: (slot: number) => void,
): (comp: readonly number[]) => void {
  const users = new Int32Array(c.ids.length);
  const keep = new Uint8Array(c.ids.length);
  for (const t of targets) keep[t] = 1;
  const eachOutside = (a: number, fn: (b: number) => void) =>
    forEachRequired(c, a, (b) => {
      if (comps.of[b] !== comps.of[a]) fn(b);
    });
  for (const comp of comps.list) for (const a of comp) eachOutside(a, (b) => users[b]!++);
  return (comp) => {
    for (const a of comp)
      eachOutside(a, (b) => {
        if (--users[b]! === 0 && keep[b] === 0)
          for (let s = c.slotBase[b]!; s < c.slotBase[b + 1]!; s++) free(s);
      });
  };
}

/** The cut sets of each account in `accounts` as sorted ids (sets sorted in id order), with triples at order 3. */
export function cutSetsById(
  c: Compiled,
  fams: CutSetFamilies,
  accounts: readonly number[],
  order: RiskOrder,
): Record<string, CutSets> {
  const rank = new Int32Array(c.ids.length);
  c.order.forEach((a, r) => {
    rank[a] = r;
  });
  const alg = fams.algebra;
  const out: Record<string, CutSets> = {};
  // Counted before any set is decoded, so that a report too big to hold fails at once.
  let reported = 0;
  const families = accounts.map((x) => {
    const fam = fams.cutOf(x);
    reported += fam.length;
    if (reported > REPORT_SETS) throw new TooComplexError(order, 'sets');
    return fam;
  });
  accounts.forEach((x, i) => {
    const bySize: number[][][] = [[], [], [], []];
    for (const code of families[i]!) {
      const members = alg.members(code).sort((p, q) => rank[p]! - rank[q]!);
      bySize[members.length]!.push(members);
    }
    const sorted = (sets: number[][]) =>
      sets
        .sort((p, q) => {
          for (let i = 0; i < p.length; i++) if (p[i] !== q[i]) return rank[p[i]!]! - rank[q[i]!]!;
          return 0;
        })
        .map((set) => set.map((a) => c.ids[a]!));
    const entry: CutSets = {
      spof: sorted(bySize[1]!).map((set) => set[0]!),
      pairs: sorted(bySize[2]!) as [string, string][],
    };
    if (order >= 3) entry.triples = sorted(bySize[3]!) as [string, string, string][];
    out[c.ids[x]!] = entry;
  });
  return out;
}
