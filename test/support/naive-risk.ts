/**
 * A brute-force reference of the risk report (DESIGN §4), used only by tests: every single, pair and triple of
 * full bans through the naive impact, and every recommendation valued by re-running the naive impact on a copy
 * of the map where the account got an extra way with no requirement. Sentences are not reproduced. Also a
 * brute force on the engine's impact() for maps too large for the naive fixpoint.
 */
import { getProvider } from '../../src/catalog/index.js';
import { type Compiled, propagate } from '../../src/engine/index.js';
import type { BindingMap, BlastRadius, CutSets, Impact, Risk, Totals } from '../../src/model/index.js';
import { naiveAvail, naiveImpact } from './naive.js';

const decimals = (cur: string) => (['JPY', 'KRW'].includes(cur) ? 0 : 2);
const sumOf = (items: { value?: number | undefined; currency: string }[]): Totals => {
  const sums = new Map<string, bigint>();
  for (const i of items)
    if (i.value !== undefined)
      sums.set(
        i.currency,
        (sums.get(i.currency) ?? 0n) + BigInt(Math.round(i.value * 10 ** decimals(i.currency))),
      );
  const out: Totals = {};
  for (const cur of [...sums.keys()].sort()) out[cur] = Number(sums.get(cur)!) / 10 ** decimals(cur);
  return out;
};
const totalValue = (t: Totals) => Object.values(t).reduce((x, y) => x + y, 0);
const cmpIds = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function naiveHost(map: BindingMap, id: string): string | undefined {
  const p = getProvider(map.accounts.find((a) => a.id === id)!.provider ?? '');
  if (!p || p.ways.length === 0) return undefined;
  const sets = p.ways.map((w) =>
    w.requires.map((r) => r.slot).filter((s) => s !== p.id && getProvider(s) !== undefined),
  );
  return sets[0]!.filter((s) => sets.every((set) => set.includes(s))).sort()[0];
}

function naiveActionable(map: BindingMap, id: string): boolean {
  const kind = map.accounts.find((a) => a.id === id)!.kind;
  return !['phone', 'identity', 'device'].includes(kind) && naiveHost(map, id) === undefined;
}

type NaiveRecommendation = Omit<Risk['recommendations'][number], 'text' | 'textZh'>;

/** The risk report by brute force, recommendations without their sentences. */
export function naiveRisk(
  map: BindingMap,
  order: 1 | 2 | 3,
): Omit<Risk, 'recommendations'> & { recommendations: NaiveRecommendation[] } {
  const ids = map.accounts.map((a) => a.id).sort(cmpIds);
  const ban = (...as: string[]) =>
    naiveImpact(
      map,
      as.map((account) => ({ account })),
    );
  const cutIn = (r: Impact) => ids.filter((x) => r.accounts[x]!.status === 'cut');
  const base = ban();
  const reachable = ids.filter((x) => base.accounts[x]!.status !== 'unreachable');
  const single = new Map(reachable.map((a) => [a, ban(a)]));
  const cutBy = (a: string) => (single.has(a) ? cutIn(single.get(a)!) : []);

  const blastRadius: BlastRadius[] = reachable
    .map((a) => {
      const r = single.get(a)!;
      return {
        account: a,
        cut: r.counts.cut,
        partial: r.counts.partial,
        degraded: r.counts.degraded,
        lost: r.totals.lost,
      };
    })
    .sort((x, y) => totalValue(y.lost) - totalValue(x.lost) || y.cut - x.cut || cmpIds(x.account, y.account));

  const accounts: Record<string, CutSets> = {};
  for (const x of reachable) accounts[x] = { spof: reachable.filter((a) => cutBy(a).includes(x)), pairs: [] };
  const pairCuts = new Map<string, string[]>();
  if (order >= 2)
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i]!, ids[j]!];
        const cut = cutIn(ban(a, b));
        pairCuts.set(`${a} ${b}`, cut);
        for (const x of cut)
          if (!cutBy(a).includes(x) && !cutBy(b).includes(x)) accounts[x]!.pairs.push([a, b]);
      }
  if (order >= 3) {
    for (const x of reachable) accounts[x]!.triples = [];
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        for (let k = j + 1; k < ids.length; k++) {
          const [a, b, c] = [ids[i]!, ids[j]!, ids[k]!];
          const subsets = [cutBy(a), cutBy(b), cutBy(c)].concat(
            [`${a} ${b}`, `${a} ${c}`, `${b} ${c}`].map((p) => pairCuts.get(p)!),
          );
          for (const x of cutIn(ban(a, b, c)))
            if (subsets.every((s) => !s.includes(x))) accounts[x]!.triples!.push([a, b, c]);
        }
  }

  // Recommendations: every (X, A) with A a single point of failure of an actionable X, valued by brute force.
  type Cand = NaiveRecommendation & { assets: number };
  const kept: Cand[] = [];
  for (const a of reachable) {
    const before = single.get(a)!;
    const found: Cand[] = [];
    for (const x of cutBy(a).filter((y) => naiveActionable(map, y))) {
      const fixed: BindingMap = {
        ...map,
        accounts: map.accounts.map((acc) =>
          acc.id === x ? { ...acc, ways: [...(acc.ways ?? []), { requires: [] }] } : acc,
        ),
      };
      const after = naiveImpact(fixed, [{ account: a }]);
      const saves = cutIn(before).filter((y) => after.accounts[y]!.status !== 'cut');
      const recovered = before.assets.lost.filter(
        (r) => !after.assets.lost.some((q) => q.account === r.account && q.index === r.index),
      );
      if (saves.length > 0)
        found.push({ account: x, avoid: a, protects: sumOf(recovered), saves, assets: recovered.length });
    }
    const savedBy = (x: string, y: Cand) => y.account !== x && y.saves.includes(x);
    for (const r of found)
      if (!found.some((y) => savedBy(r.account, y) && (!savedBy(y.account, r) || y.account < r.account)))
        kept.push(r);
  }
  const recommendations = kept
    .filter(
      (r) =>
        !kept.some((o) => o.account === r.account && o.avoid !== r.avoid && cutBy(o.avoid).includes(r.avoid)),
    )
    .sort(
      (p, q) =>
        totalValue(q.protects) - totalValue(p.protects) ||
        q.saves.length - p.saves.length ||
        q.assets - p.assets ||
        cmpIds(p.account, q.account) ||
        cmpIds(p.avoid, q.avoid),
    )
    .map(({ assets: _, ...r }) => r);

  // Exposure: reachable accounts some other account's single ban cuts; value some other account's ban loses.
  const avail = naiveAvail(map, new Set(), () => undefined).avail;
  const valued = map.accounts.flatMap((acc) =>
    (acc.assets ?? [])
      .map((asset, index) => ({
        account: acc.id,
        index,
        value: asset.value,
        currency: asset.currency ?? 'CNY',
        needs: asset.needs ?? 'access',
      }))
      .filter((r) => r.value !== undefined && avail.has(`${r.account}\u0000${r.needs}`)),
  );
  const exposedAssets = valued.filter((r) =>
    reachable.some(
      (a) =>
        a !== r.account &&
        single.get(a)!.assets.lost.some((q) => q.account === r.account && q.index === r.index),
    ),
  );
  const total = sumOf(valued);
  const lost = sumOf(exposedAssets);
  const value: Totals = {};
  for (const [cur, t] of Object.entries(total)) value[cur] = t === 0 ? 0 : (lost[cur] ?? 0) / t;
  const exposed = reachable.filter((x) => reachable.some((a) => cutBy(a).includes(x)));
  return {
    blastRadius,
    accounts,
    recommendations,
    importance: naiveImportance(accounts),
    exposure: { accounts: reachable.length === 0 ? 0 : exposed.length / reachable.length, value },
  };
}

/** Importance by counting: for each account and each id, the cut sets holding it; overall, summed. */
export function naiveImportance(accounts: Record<string, CutSets>): Risk['importance'] {
  const sets = (c: CutSets): string[][] => [...c.spof.map((a) => [a]), ...c.pairs, ...(c.triples ?? [])];
  const byAccount: Risk['importance']['accounts'] = {};
  for (const [x, c] of Object.entries(accounts)) {
    const all = sets(c);
    const ids = [...new Set(all.flat())];
    const members = ids
      .map((account) => ({ account, sets: all.filter((s) => s.includes(account)).length }))
      .sort((p, q) => q.sets - p.sets || cmpIds(p.account, q.account));
    byAccount[x] = { sets: all.length, members };
  }
  const everyone = [...new Set(Object.values(accounts).flatMap((c) => sets(c).flat()))];
  const overall = everyone
    .map((account) => {
      const holding = Object.values(accounts).map((c) => sets(c).filter((s) => s.includes(account)).length);
      return {
        account,
        sets: holding.reduce((p, q) => p + q, 0),
        accounts: holding.filter((k) => k > 0).length,
      };
    })
    .sort((p, q) => q.sets - p.sets || q.accounts - p.accounts || cmpIds(p.account, q.account));
  return { accounts: byAccount, overall };
}

/**
 * The brute-force reference on the engine, and the benchmark's baseline: one plain propagation (the engine's
 * linear least fixpoint, nothing else) for every single and every pair of full bans among the accounts
 * reachable at baseline, giving each reachable account its single points of failure and minimal pairs.
 */
export function bruteForceCutSets(
  c: Compiled,
): Record<string, { spof: string[]; pairs: [string, string][] }> {
  const n = c.ids.length;
  const base = propagate(c, null);
  const has = (slot: Uint8Array, x: number) => {
    for (let s = c.slotBase[x]!; s < c.slotBase[x + 1]!; s++) if (slot[s] === 1) return true;
    return false;
  };
  const reachable = [...c.order].filter((x) => has(base.slot, x));
  const lost = new Uint8Array(c.slotCap.length);
  /** The reachable accounts, other than the banned ones, left with no capability. */
  const cutBy = (bans: readonly number[]): number[] => {
    for (const a of bans) lost.fill(1, c.slotBase[a]!, c.slotBase[a + 1]!);
    const now = propagate(c, lost);
    for (const a of bans) lost.fill(0, c.slotBase[a]!, c.slotBase[a + 1]!);
    return reachable.filter((x) => !bans.includes(x) && !has(now.slot, x));
  };
  const single = new Uint8Array(n * n);
  const out: Record<string, { spof: string[]; pairs: [string, string][] }> = {};
  for (const x of reachable) out[c.ids[x]!] = { spof: [], pairs: [] };
  for (const a of reachable)
    for (const x of cutBy([a])) {
      single[a * n + x] = 1;
      out[c.ids[x]!]!.spof.push(c.ids[a]!);
    }
  for (let i = 0; i < reachable.length; i++)
    for (let j = i + 1; j < reachable.length; j++) {
      const [a, b] = [reachable[i]!, reachable[j]!];
      for (const x of cutBy([a, b]))
        if (single[a * n + x] === 0 && single[b * n + x] === 0)
          out[c.ids[x]!]!.pairs.push([c.ids[a]!, c.ids[b]!]);
    }
  return out;
}

/**
 * Minimal cut sets by brute force on the naive fixpoint: for each account X reachable at baseline (or only
 * `target`), every set of at most `order` full bans without X that leaves X no capability, when no proper
 * subset does. Sets are sorted ids, lists sorted; `triples` only at order 3.
 */
export function naiveCutSets(map: BindingMap, order: 1 | 2 | 3, target?: string): Record<string, CutSets> {
  const ids = map.accounts.map((a) => a.id).sort(cmpIds);
  const provCaps = (p: string) => getProvider(p)?.capabilities;
  const capsOf = (id: string) => {
    const a = map.accounts.find((x) => x.id === id)!;
    return [
      ...new Set(['access', ...(a.capabilities ?? (a.provider ? provCaps(a.provider) : undefined) ?? [])]),
    ];
  };
  const holds = (avail: Set<string>, x: string) => capsOf(x).some((c) => avail.has(`${x}\u0000${c}`));
  const availUnder = (bans: readonly string[]) =>
    naiveAvail(map, new Set(bans.flatMap((a) => capsOf(a).map((c) => `${a}\u0000${c}`))), provCaps).avail;
  const base = availUnder([]);
  const targets = (target ? [target] : ids).filter((x) => holds(base, x));
  const subsets: string[][] = [[]];
  for (let size = 1; size <= order; size++)
    for (const s of subsets.filter((p) => p.length === size - 1))
      for (const id of ids) if (s.length === 0 || id > s[s.length - 1]!) subsets.push([...s, id]);
  const cuts = new Map<string, Set<string>>();
  for (const s of subsets) {
    const avail = availUnder(s);
    cuts.set(s.join(' '), new Set(targets.filter((x) => !s.includes(x) && !holds(avail, x))));
  }
  const minimal = (s: string[], x: string) =>
    subsets.every(
      (p) => p.length >= s.length || !p.every((a) => s.includes(a)) || !cuts.get(p.join(' '))!.has(x),
    );
  const out: Record<string, CutSets> = {};
  for (const x of targets) {
    const found = subsets.filter((s) => s.length > 0 && cuts.get(s.join(' '))!.has(x) && minimal(s, x));
    out[x] = {
      spof: found.filter((s) => s.length === 1).map((s) => s[0]!),
      pairs: found.filter((s) => s.length === 2) as [string, string][],
    };
    if (order === 3) out[x]!.triples = found.filter((s) => s.length === 3) as [string, string, string][];
  }
  return out;
}
