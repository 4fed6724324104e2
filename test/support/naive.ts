/**
 * A deliberately naive reference implementation of DESIGN §3, used only by tests: it iterates the rules
 * from "nothing available" until nothing changes (Kleene iteration to the least fixpoint), with plain
 * objects and repeated scans, and derives statuses, causes, because, assets and totals the obvious way.
 */
import { getPreset } from '../../src/catalog/index.js';
import type { Ban, BindingMap, Impact, Requirement, Way } from '../../src/model/index.js';

const key = (a: string, c: string) => `${a}\u0000${c}`;

function capsOf(map: BindingMap, id: string, provCaps: (p: string) => string[] | undefined): string[] {
  const a = map.accounts.find((x) => x.id === id)!;
  const list = a.capabilities ?? (a.provider ? provCaps(a.provider) : undefined) ?? [];
  return [...new Set(['access', ...list])].sort();
}

export function naiveAvail(
  map: BindingMap,
  lost: Set<string>,
  provCaps: (p: string) => string[] | undefined,
): { avail: Set<string>; works: (w: Way) => boolean } {
  let avail = new Set<string>();
  const req = (r: Requirement, set: Set<string>) => set.has(key(r.account, r.capability ?? 'access'));
  for (;;) {
    const next = new Set<string>();
    const works = (w: Way) => w.requires.every((r) => req(r, avail));
    for (const a of map.accounts) {
      const ways = a.ways ?? [];
      const reach = ways.length === 0 || ways.some(works);
      if (!reach) continue;
      for (const c of capsOf(map, a.id, provCaps)) {
        if (lost.has(key(a.id, c))) continue;
        const cw = a.capabilityWays?.[c];
        if (cw && cw.length > 0 && !cw.some(works)) continue;
        next.add(key(a.id, c));
      }
    }
    if (next.size === avail.size && [...next].every((k) => avail.has(k))) {
      const final = next;
      return { avail: final, works: (w: Way) => w.requires.every((r) => req(r, final)) };
    }
    avail = next;
  }
}

function minor(v: number, cur: string): bigint {
  const d = ['JPY', 'KRW'].includes(cur) ? 0 : 2;
  return BigInt(Math.round(v * 10 ** d));
}

export function naiveImpact(
  map: BindingMap,
  bans: Ban[],
  provCaps: (p: string) => string[] | undefined = () => undefined,
): Impact {
  const caps = (id: string) => capsOf(map, id, provCaps);
  const loses = new Map<string, Set<string>>();
  for (const b of bans) {
    const set = loses.get(b.account) ?? new Set<string>();
    const have = caps(b.account);
    if (b.preset) {
      const p = getPreset(b.preset)!;
      const l = p.lose;
      for (const c of have)
        if (l === 'all' || (Array.isArray(l) ? l.includes(c) : !l.except.includes(c))) set.add(c);
    }
    if (b.lose === 'all' || (b.lose === undefined && b.preset === undefined))
      for (const c of have) set.add(c);
    else if (Array.isArray(b.lose)) for (const c of b.lose) set.add(c);
    loses.set(b.account, set);
  }
  const lost = new Set<string>();
  for (const [a, set] of loses) for (const c of set) lost.add(key(a, c));
  const base = naiveAvail(map, new Set(), provCaps);
  const now = naiveAvail(map, lost, provCaps);

  type W = { owner: string; way: Way; index: number; capability?: string };
  const allWays = (id: string): W[] => {
    const a = map.accounts.find((x) => x.id === id)!;
    const out: W[] = (a.ways ?? []).map((way, index) => ({ owner: id, way, index }));
    for (const [capability, list] of Object.entries(a.capabilityWays ?? {}))
      for (let index = 0; index < list.length; index++)
        out.push({ owner: id, way: list[index]!, index, capability });
    return out;
  };
  const brokenReq = (r: Requirement) => {
    const k = key(r.account, r.capability ?? 'access');
    return base.avail.has(k) && !now.avail.has(k);
  };

  const impact: Impact = {
    bans: [...loses.keys()].sort().map((account) => ({ account, lose: [...loses.get(account)!].sort() })),
    accounts: {},
    assets: { lost: [], atRisk: [] },
    totals: { lost: {}, atRisk: {} },
    counts: { banned: 0, cut: 0, partial: 0, degraded: 0, ok: 0, unreachable: 0 },
  };
  const sums = { lost: new Map<string, bigint>(), atRisk: new Map<string, bigint>() };
  const ids = map.accounts.map((a) => a.id).sort((x, y) => (x < y ? -1 : 1));
  for (const id of ids) {
    const c = caps(id);
    const had = c.filter((x) => base.avail.has(key(id, x)));
    const has = c.filter((x) => now.avail.has(key(id, x)));
    const ways = allWays(id);
    const brokenWays = ways.filter((w) => base.works(w.way) && !now.works(w.way));
    let status: Impact['accounts'][string]['status'];
    if (had.length === 0) status = 'unreachable';
    else if (loses.has(id)) status = 'banned';
    else if (has.length === 0) status = 'cut';
    else if (has.length < had.length) status = 'partial';
    else if (brokenWays.length > 0) status = 'degraded';
    else status = 'ok';
    impact.counts[status]++;
    const quiet = status === 'ok' || status === 'unreachable';
    // causes: walk back along broken requirements, a plain DFS with a visited set.
    const seen = new Set<string>([id]);
    const stack = [id];
    while (stack.length > 0) {
      const x = stack.pop()!;
      for (const w of allWays(x))
        for (const r of w.way.requires)
          if (brokenReq(r) && !seen.has(r.account)) {
            seen.add(r.account);
            stack.push(r.account);
          }
    }
    const sortReq = (a: Requirement, b: Requirement) => {
      const ka = key(a.account, a.capability ?? 'access');
      const kb = key(b.account, b.capability ?? 'access');
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    };
    impact.accounts[id] = {
      status,
      lost: had.filter((x) => !has.includes(x)),
      kept: has,
      causes: quiet ? [] : [...seen].filter((x) => loses.has(x)).sort(),
      because: quiet
        ? []
        : brokenWays
            .map((w) => {
              const miss = [...w.way.requires]
                .sort(sortReq)
                .find((r) => !now.avail.has(key(r.account, r.capability ?? 'access')))!;
              const b: Impact['accounts'][string]['because'][number] = {
                way: w.index,
                missing: { account: miss.account, capability: miss.capability ?? 'access' },
              };
              if (w.capability !== undefined) b.capability = w.capability;
              return b;
            })
            .sort((x, y) => {
              const cx = x.capability ?? '';
              const cy = y.capability ?? '';
              return cx === cy ? x.way - y.way : cx < cy ? -1 : 1;
            }),
    };
    const acc = map.accounts.find((x) => x.id === id)!;
    (acc.assets ?? []).forEach((asset, index) => {
      const k = key(id, asset.needs ?? 'access');
      const currency = asset.currency ?? 'CNY';
      const ref: Impact['assets']['lost'][number] = {
        account: id,
        index,
        label: asset.label,
        kind: asset.kind,
        currency,
      };
      if (asset.value !== undefined) ref.value = asset.value;
      let bucket: 'lost' | 'atRisk' | null = null;
      if (base.avail.has(k) && !now.avail.has(k)) bucket = 'lost';
      else if (status === 'degraded') bucket = 'atRisk';
      if (bucket) {
        impact.assets[bucket].push(ref);
        if (asset.value !== undefined)
          sums[bucket].set(currency, (sums[bucket].get(currency) ?? 0n) + minor(asset.value, currency));
      }
    });
  }
  for (const bucket of ['lost', 'atRisk'] as const)
    for (const cur of [...sums[bucket].keys()].sort()) {
      const d = ['JPY', 'KRW'].includes(cur) ? 0 : 2;
      impact.totals[bucket][cur] = Number(sums[bucket].get(cur)!) / 10 ** d;
    }
  return impact;
}
