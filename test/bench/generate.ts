/**
 * Generates large maps for benchmarks: a few roots, services hanging off them through AND/OR ways, some
 * recovery cycles, assets with values. Deterministic (a seeded LCG) so figures are comparable between runs.
 */
import type { Account, BindingMap, Way } from '../../src/model/index.js';

export function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const CAPS = ['access', 'mail', 'sms', 'oauth', 'pay', 'withdraw'];

/**
 * A map of `n` accounts with about `reqPerAccount` requirements each (default 3: 100,000 accounts give
 * ~300,000 requirements). `rootShare` of the accounts are roots; 5% of ways point forward (cycles).
 * `singleWayShare` of the other accounts (default 0) put all their requirements into one way, as a person's
 * services often have a single way in: those are the accounts a ban can actually cut off.
 */
export function generateMap(
  n: number,
  opts: { seed?: number; reqPerAccount?: number; rootShare?: number; singleWayShare?: number } = {},
): BindingMap {
  const rnd = lcg(opts.seed ?? 42);
  const reqPer = opts.reqPerAccount ?? 3;
  const roots = Math.max(2, Math.round(n * (opts.rootShare ?? 0.01)));
  const pick = (max: number) => Math.floor(rnd() * max);
  const accounts: Account[] = [];
  for (let i = 0; i < n; i++) {
    const caps = i < roots ? CAPS : CAPS.slice(0, 2 + pick(CAPS.length - 1));
    const acc: Account = {
      id: `a${i}`,
      kind: i < roots ? 'phone' : 'service',
      label: `账户 ${i}`,
      capabilities: caps,
    };
    if (i >= roots) {
      const ways: Way[] = [];
      // NOTE: no draw without the option, so the maps other benchmarks generate stay the same.
      const single = opts.singleWayShare !== undefined && rnd() < opts.singleWayShare;
      let left = reqPer;
      while (left > 0) {
        const size = single ? left : Math.min(left, 1 + pick(2));
        left -= size;
        const requires = [];
        for (let k = 0; k < size; k++) {
          const forward = rnd() < 0.05;
          const target = forward ? Math.min(n - 1, i + 1 + pick(50)) : pick(i);
          const tcaps = accounts[target]?.capabilities ?? ['access', 'mail'];
          requires.push({ account: `a${target}`, capability: tcaps[pick(Math.min(2, tcaps.length))]! });
        }
        ways.push({ purpose: ways.length === 0 ? 'login' : 'recovery', requires });
      }
      acc.ways = ways;
    }
    if (rnd() < 0.3)
      acc.assets = [
        { label: '余额', kind: 'money', value: Math.round(rnd() * 1_000_000) / 100, needs: 'access' },
      ];
    accounts.push(acc);
  }
  // Forward targets may lack the capability chosen before they existed: keep only existing ones.
  for (const acc of accounts)
    for (const w of acc.ways ?? [])
      for (const r of w.requires) {
        const t = accounts[Number(r.account.slice(1))]!;
        if (!t.capabilities!.includes(r.capability!)) r.capability = 'access';
      }
  return { version: 1, title: `generated ${n}`, accounts };
}
