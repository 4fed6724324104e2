/**
 * Impact benchmark (DESIGN §12): one scenario on a generated 100,000-account / ~300,000-requirement map,
 * as a ratio to one graphology-traversal BFS over the same graph in the same process, and peak memory.
 */
import { bfs } from 'graphology-traversal';
import { compile, impact, propagate } from '../../src/engine/index.js';
import { generateMap } from './generate.js';
import { fmt, median } from './stats.js';

export function benchImpact(n = 100_000): Record<string, string | number> {
  const map = generateMap(n);
  const requirements = map.accounts.reduce(
    (s, a) => s + (a.ways ?? []).reduce((t, w) => t + w.requires.length, 0),
    0,
  );
  const c = compile(map);
  const bans = [{ account: 'a0' }, { account: 'a1', lose: ['sms'] }, { account: 'a7' }];
  const bfsMs = median(() => {
    let count = 0;
    bfs(c.graph, () => {
      count++;
    });
    return count;
  });
  impact(c, bans); // fills the memoised baseline
  const warm = median(() => impact(c, bans));
  const baselineMs = median(() => propagate(c, null));
  const r = impact(c, bans);
  const peak = process.memoryUsage().rss;
  return {
    accounts: n,
    requirements,
    'affected accounts': r.counts.cut + r.counts.partial + r.counts.degraded,
    'BFS (graphology-traversal)': fmt(bfsMs),
    'impact (baseline memoised)': fmt(warm),
    'impact incl. baseline propagation': fmt(warm + baselineMs),
    'ratio impact / BFS': +(warm / bfsMs).toFixed(2),
    'ratio incl. baseline / BFS': +((warm + baselineMs) / bfsMs).toFixed(2),
    'peak RSS MiB': Math.round(peak / 2 ** 20),
  };
}
