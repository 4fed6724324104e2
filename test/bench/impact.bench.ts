/**
 * Impact benchmark (DESIGN §12): one scenario on a generated 100,000-account / ~300,000-requirement map,
 * as a ratio to one graphology-traversal BFS over the same graph in the same process, and peak memory.
 * A second map with single-requirement ways makes the same kind of ban cut off tens of thousands of accounts,
 * so the explanation walk is measured under heavy damage too.
 */
import { bfs } from 'graphology-traversal';
import { compile, impact, propagate } from '../../src/engine/index.js';
import type { Ban } from '../../src/model/index.js';
import { generateMap } from './generate.js';
import { fmt, median } from './stats.js';

function measure(label: string, n: number, opts: Parameters<typeof generateMap>[1], bans: Ban[]) {
  const map = generateMap(n, opts);
  const requirements = map.accounts.reduce(
    (s, a) => s + (a.ways ?? []).reduce((t, w) => t + w.requires.length, 0),
    0,
  );
  const c = compile(map);
  const bfsMs = median(() => {
    let count = 0;
    bfs(c.graph, () => {
      count++;
    });
    return count;
  });
  const r = impact(c, bans); // also fills the memoised baseline
  const warm = median(() => impact(c, bans));
  const baselineMs = median(() => propagate(c, null));
  return {
    [`${label}: accounts / requirements`]: `${n} / ${requirements}`,
    [`${label}: cut / partial / degraded`]: `${r.counts.cut} / ${r.counts.partial} / ${r.counts.degraded}`,
    [`${label}: BFS (graphology-traversal)`]: fmt(bfsMs),
    [`${label}: impact`]: fmt(warm),
    [`${label}: ratio impact / BFS`]: +(warm / bfsMs).toFixed(2),
    [`${label}: ratio incl. baseline / BFS`]: +((warm + baselineMs) / bfsMs).toFixed(2),
  };
}

export function benchImpact(n = 100_000): Record<string, string | number> {
  const light = measure('typical', n, {}, [
    { account: 'a0' },
    { account: 'a1', lose: ['sms'] },
    { account: 'a7' },
  ]);
  const heavy = measure('heavy damage', n, { rootShare: 0.00005, reqPerAccount: 1 }, [
    { account: 'a0' },
    { account: 'a1' },
  ]);
  return { ...light, ...heavy, 'peak RSS MiB': Math.round(process.memoryUsage().rss / 2 ** 20) };
}
