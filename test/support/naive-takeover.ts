/**
 * A deliberately naive reference implementation of DESIGN §4b, used only by tests: it iterates the takeover
 * rules from "the stranger takes nothing" until nothing changes (Kleene iteration to the least fixpoint), with
 * plain sets and repeated scans, and derives statuses, via, exposed assets and totals the obvious way.
 */
import type { BindingMap, Hold, Takeover, Way } from '../../src/model/index.js';

const key = (a: string, c: string) => `${a}\u0000${c}`;

function capsOf(map: BindingMap, id: string): string[] {
  const a = map.accounts.find((x) => x.id === id)!;
  return [...new Set(['access', ...(a.capabilities ?? [])])].sort();
}

export function naiveTakeover(map: BindingMap, holds: Hold[], knows: string[] = []): Takeover {
  const held = new Map<string, Set<string>>();
  for (const h of holds) {
    const set = held.get(h.account) ?? new Set<string>();
    for (const c of h.capabilities ?? capsOf(map, h.account)) set.add(c);
    held.set(h.account, set);
  }
  // Holding every capability of an account is holding it whole.
  const whole = (id: string) => held.has(id) && held.get(id)!.size === capsOf(map, id).length;
  const know = new Set(knows);
  let takes = new Set<string>();
  const open = (owner: string, w: Way, set: Set<string>) =>
    (know.has(owner) || (w.secret !== true && w.requires.length > 0)) &&
    w.requires.every((r) => set.has(key(r.account, r.capability ?? 'access')));
  for (;;) {
    const next = new Set<string>();
    for (const a of map.accounts) {
      const reach = whole(a.id) || (a.ways ?? []).some((w) => open(a.id, w, takes));
      for (const c of capsOf(map, a.id)) {
        const cw = a.capabilityWays?.[c];
        const capOk = !cw || cw.length === 0 || cw.some((w) => open(a.id, w, takes));
        if (held.get(a.id)?.has(c) || (reach && capOk)) next.add(key(a.id, c));
      }
    }
    const same = next.size === takes.size && [...next].every((k) => takes.has(k));
    takes = next;
    if (same) break;
  }

  const result: Takeover = {
    holds: [...held.keys()]
      .sort()
      .map((account) => ({ account, capabilities: [...held.get(account)!].sort() })),
    knows: [...know].sort(),
    accounts: {},
    assets: { exposed: [] },
    totals: { exposed: {} },
    counts: { held: 0, taken: 0, safe: 0 },
  };
  const sums = new Map<string, bigint>();
  const minor = (cur: string) => (['JPY', 'KRW'].includes(cur) ? 0 : 2);
  for (const id of map.accounts.map((a) => a.id).sort((x, y) => (x < y ? -1 : 1))) {
    const a = map.accounts.find((x) => x.id === id)!;
    const mine = capsOf(map, id).filter((c) => takes.has(key(id, c)));
    const status = held.has(id) ? 'held' : mine.length > 0 ? 'taken' : 'safe';
    result.counts[status]++;
    const entry: Takeover['accounts'][string] = { status, takes: mine };
    if (status !== 'safe' && !whole(id)) {
      const own = (a.ways ?? []).findIndex((w) => open(id, w, takes));
      if (own >= 0) entry.via = { way: own };
      else
        for (const cap of Object.keys(a.capabilityWays ?? {}).sort()) {
          const i = a.capabilityWays![cap]!.findIndex((w) => open(id, w, takes));
          if (i >= 0) {
            entry.via = { way: i, capabilityWay: cap };
            break;
          }
        }
    }
    result.accounts[id] = entry;
    if (status === 'safe') continue;
    (a.assets ?? []).forEach((asset, index) => {
      if (!mine.includes(asset.needs ?? 'access')) return;
      const currency = asset.currency ?? 'CNY';
      const ref: Takeover['assets']['exposed'][number] = {
        account: id,
        index,
        label: asset.label,
        kind: asset.kind,
        currency,
      };
      if (asset.value !== undefined) {
        ref.value = asset.value;
        sums.set(
          currency,
          (sums.get(currency) ?? 0n) + BigInt(Math.round(asset.value * 10 ** minor(currency))),
        );
      }
      result.assets.exposed.push(ref);
    });
  }
  for (const cur of [...sums.keys()].sort())
    result.totals.exposed[cur] = Number(sums.get(cur)!) / 10 ** minor(cur);
  return result;
}
