/**
 * @module Recommendations (DESIGN §4): for a single point of failure A of account X, the action "add a way into
 * X that does not depend on A", valued by re-running A's ban with X given an independent way in. Only actions
 * a person can take are kept, each at the most upstream place that matters, and ranked by the money protected.
 */
import { getProvider } from '../catalog/index.js';
import type { Recommendation, Totals } from '../model/index.js';
import { adviceText, type Broken } from './advice.js';
import type { BanStack } from './ban-stack.js';
import type { AssetTable, BanEffect } from './blast-radius.js';
import type { Compiled } from './compile.js';
import { compareTotalsDesc, MoneySum } from './money.js';
import type { Availability } from './propagate.js';
import { lostBy, type SingleLosses } from './single-loss.js';
import { RECOMMEND_BUDGET, TooComplexError } from './too-complex.js';

/**
 * The provider that hosts an account: when every way the catalog knows for the account's provider needs one
 * and the same other provider (QQ Mail lives in QQ, Gmail in the Google Account), its dependence on that host
 * is not a choice the person made. Undefined for unknown providers and for providers with a choice of ways.
 */
export function hostOf(c: Compiled, x: number): string | undefined {
  const p = getProvider(c.map.accounts[x]!.provider ?? '');
  if (!p || p.ways.length === 0) return undefined;
  let common: string[] | undefined;
  for (const w of p.ways) {
    const fixed = w.requires.map((r) => r.slot).filter((s) => s !== p.id && getProvider(s) !== undefined);
    common = common === undefined ? fixed : common.filter((s) => fixed.includes(s));
  }
  return common?.sort()[0];
}

/**
 * Whether a person can add a way into account `x`: not for phone numbers, identity documents and devices
 * (you cannot give them another way in) nor for accounts hosted by another provider (fix the host instead).
 */
export function actionable(c: Compiled, x: number): boolean {
  const kind = c.map.accounts[x]!.kind;
  return kind !== 'phone' && kind !== 'identity' && kind !== 'device' && hostOf(c, x) === undefined;
}

interface Candidate {
  x: number;
  a: number;
  saves: number[];
  protects: Totals;
  assets: number;
  /** Kinds of the assets saved, and of those saved with a value above zero. */
  kinds: { all: string[]; valued: string[] };
}

/** The requirement through which the ban now reaches `x`: the first missing one of its first broken way. */
function brokenRequirement(c: Compiled, base: Availability, stack: BanStack, x: number): number {
  for (let k = c.accountWayStart[x]!; k < c.accountWayStart[x + 1]!; k++) {
    const w = c.accountWays[k]!;
    if (c.wayTarget[w]! >= 0 || base.way[w] !== 1) continue;
    for (let r = c.wayReqStart[w]!; r < c.wayReqStart[w + 1]!; r++)
      if (stack.slot[c.wayReqs[r]!] !== 1) return c.wayReqs[r]!;
  }
  return -1;
}

/** Scratch of the valuation: per-lift and per-ban stamps, and the steps taken so far. */
interface Seen {
  stamp: Int32Array;
  epoch: number;
  covered: Int32Array;
  ban: number;
  steps: number;
  order: number;
}

/**
 * Values adding an independent way into each target (in id order) while `a` is banned (the stack holds a's
 * ban); targets another target's fix saves are left out, as `uncovered` would drop them.
 */
function valueFixes(
  c: Compiled,
  stack: BanStack,
  assets: AssetTable,
  a: number,
  targets: readonly number[],
  cut: ReadonlySet<number>,
  seen: Seen,
): Candidate[] {
  const found: Candidate[] = [];
  const ban = ++seen.ban;
  for (const x of targets) {
    // Saved by the lift of a target earlier in id order: `uncovered` drops x (the earlier one saves at least
    // what x would, as a forced way into x is part of that lift's fixpoint), and every account x would save,
    // the earlier one saves too. So x need not be lifted at all.
    if (seen.covered[x] === ban) continue;
    const on = stack.lift(x);
    seen.steps += on.length + 1;
    if (seen.steps > RECOMMEND_BUDGET) throw new TooComplexError(seen.order, 'recommendations');
    const epoch = ++seen.epoch;
    const saves: number[] = [];
    const sum = new MoneySum();
    const kinds = { all: new Set<string>(), valued: new Set<string>() };
    let count = 0;
    for (const s of on) {
      const y = c.slotAccount[s]!;
      if (seen.stamp[y] !== epoch && cut.has(y)) {
        saves.push(y);
        if (y !== x) seen.covered[y] = ban;
      }
      seen.stamp[y] = epoch;
      for (let k = assets.bySlotStart[s]!; k < assets.bySlotStart[s + 1]!; k++) {
        const i = assets.bySlot[k]!;
        const v = assets.value[i];
        count++;
        kinds.all.add(assets.kind[i]!);
        if (v !== undefined) sum.add(v, assets.currency[i]!);
        if (v !== undefined && v > 0) kinds.valued.add(assets.kind[i]!);
      }
    }
    stack.unlift();
    if (saves.length > 0)
      found.push({
        x,
        a,
        saves,
        protects: sum.totals(),
        assets: count,
        kinds: { all: [...kinds.all], valued: [...kinds.valued] },
      });
  }
  return found;
}

function group<T>(groups: Map<number, T[]>, key: number, item: T): void {
  const list = groups.get(key);
  if (list) list.push(item);
  else groups.set(key, [item]);
}

/**
 * Of the actions against one ban, those no other action saves too (of two that save each other, the one with
 * the smaller id): fixing the upstream account is what a person should do.
 */
function uncovered(c: Compiled, found: readonly Candidate[], seen: Seen): Candidate[] {
  const savers = new Map<number, Candidate[]>();
  for (const y of found) for (const z of y.saves) if (z !== y.x) group(savers, z, y);
  return found.filter((r) => {
    const by = savers.get(r.x);
    if (by === undefined) return true;
    // r's own saves, stamped: whether r saves its saver back.
    const epoch = ++seen.epoch;
    for (const z of r.saves) seen.stamp[z] = epoch;
    return !by.some((y) => seen.stamp[y.x] !== epoch || c.ids[y.x]! < c.ids[r.x]!);
  });
}

/**
 * The ranked recommendations, from the single-ban effects of every reachable account. For each account A and
 * each account X that A's full ban cuts off:
 * 1. X must be `actionable`: a service, mailbox, messenger or payment account not hosted by another provider;
 * 2. the action "add a way into X that does not depend on A" is valued by re-running A's ban with X given one
 *    more way in that needs nothing: `saves` are the accounts no longer cut off, `protects` the money of the
 *    assets no longer lost (per currency, as impact totals); an action that saves nothing is dropped;
 * 3. against one ban, an action is dropped when another action against the same ban saves X too (fix the
 *    upstream account; of two that save each other, the one with the smaller id stays);
 * 4. on one account, an action against A is dropped when another action on it is against a ban that cuts A
 *    off (against QQ rather than against the QQ mailbox, which QQ's ban takes down anyway).
 * Ranked by money protected (currencies summed) desc, accounts saved desc, assets saved desc, then the ids of
 * the account and of the ban.
 */
export function recommend(
  c: Compiled,
  base: Availability,
  stack: BanStack,
  assets: AssetTable,
  effects: readonly BanEffect[],
  /** What each single ban turns off, so that pushing it costs what it changes. */
  losses: SingleLosses,
  /** The report's order, named in a `map_too_complex` error. */
  order = 2,
): Recommendation[] {
  const n = c.ids.length;
  const can = c.ids.map((_, x) => actionable(c, x));
  const cutBy = new Map(effects.map((e) => [e.account, new Set(e.cut)]));
  const seen: Seen = {
    stamp: new Int32Array(n),
    epoch: 0,
    covered: new Int32Array(n),
    ban: 0,
    steps: 0,
    order,
  };
  const kept: Candidate[] = [];
  for (const e of effects) {
    const targets = e.cut.filter((x) => can[x]);
    if (targets.length === 0) continue;
    stack.pushKnown(e.account, lostBy(losses, e.account));
    const found = valueFixes(c, stack, assets, e.account, targets, cutBy.get(e.account)!, seen);
    stack.pop();
    for (const x of uncovered(c, found, seen)) kept.push(x);
  }
  // Of the actions on one account, keep those against the most upstream bans: a way independent of QQ is
  // independent of the QQ mailbox that QQ's ban cuts off.
  const onAccount = new Map<number, Candidate[]>();
  for (const r of kept) group(onAccount, r.x, r);
  const final = kept
    .filter((r) => !onAccount.get(r.x)!.some((o) => o.a !== r.a && cutBy.get(o.a)!.has(r.a)))
    .sort(
      (p, q) =>
        compareTotalsDesc(p.protects, q.protects) ||
        q.saves.length - p.saves.length ||
        q.assets - p.assets ||
        (c.ids[p.x]! < c.ids[q.x]! ? -1 : c.ids[p.x]! > c.ids[q.x]! ? 1 : 0) ||
        (c.ids[p.a]! < c.ids[q.a]! ? -1 : 1),
    );
  return sentences(c, base, stack, final, cutBy, losses);
}

/** Accounts of a kind providing a capability, in id order: the alternatives a sentence may point to. */
function holders(c: Compiled, kind: string, cap: string): [number, number][] {
  const out: [number, number][] = [];
  for (let y = 0; y < c.ids.length; y++) {
    const k = c.caps[y]!.indexOf(cap);
    if (k >= 0 && c.map.accounts[y]!.kind === kind) out.push([y, c.slotBase[y]! + k]);
  }
  return out.sort((p, q) => (c.ids[p[0]]! < c.ids[q[0]]! ? -1 : 1));
}

/** Writes each recommendation's sentences, looking at the state under its ban for what to suggest. */
function sentences(
  c: Compiled,
  base: Availability,
  stack: BanStack,
  final: readonly Candidate[],
  cutBy: ReadonlyMap<number, ReadonlySet<number>>,
  losses: SingleLosses,
): Recommendation[] {
  const emails = holders(c, 'email', 'mail');
  const phones = holders(c, 'phone', 'sms');
  const texts = new Map<Candidate, Record<'en' | 'zh', string>>();
  const byBan = new Map<number, Candidate[]>();
  for (const r of final) group(byBan, r.a, r);
  for (const [a, recs] of byBan) {
    stack.pushKnown(a, lostBy(losses, a));
    for (const r of recs) {
      const req = brokenRequirement(c, base, stack, r.x);
      const y = req < 0 ? -1 : c.slotAccount[req]!;
      const host = y >= 0 ? hostOf(c, y) : undefined;
      const offX = cutBy.get(r.x) ?? new Set<number>();
      const survivor = (list: [number, number][]) =>
        list.find(([z, s]) => z !== r.x && !offX.has(z) && stack.slot[s] === 1)?.[0];
      const broken: Broken = {
        account: y,
        capability: req < 0 ? '' : c.slotCap[req]!,
        hostedOnBan: host !== undefined && host === c.map.accounts[a]!.provider,
        email: survivor(emails),
        phone: survivor(phones),
      };
      texts.set(r, adviceText(c, { ...r, broken }));
    }
    stack.pop();
  }
  return final.map((r) => ({
    account: c.ids[r.x]!,
    avoid: c.ids[r.a]!,
    protects: r.protects,
    saves: r.saves.map((y) => c.ids[y]!).sort(),
    text: texts.get(r)!.en,
    textZh: texts.get(r)!.zh,
  }));
}
