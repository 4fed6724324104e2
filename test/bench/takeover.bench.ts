/**
 * Takeover benchmark (DESIGN §12): what a stranger holding some roots takes on the generated 100,000-account /
 * ~300,000-requirement map, as a ratio to one graphology-traversal BFS over the same graph in the same process
 * (target: within 2×, like impact), and a timeline of four steps as a ratio to four impacts plus takeovers.
 */
import { bfs } from 'graphology-traversal';
import { accountGraph, compile, impact, runTimeline, takeover } from '../../src/engine/index.js';
import type { Hold, Timeline } from '../../src/model/index.js';
import { generateMap } from './generate.js';
import { fmt, median } from './stats.js';

export function benchTakeover(n = 100_000): Record<string, string | number> {
  const map = generateMap(n);
  const c = compile(map);
  const graph = accountGraph(c);
  const bfsMs = median(() => {
    let count = 0;
    bfs(graph, () => {
      count++;
    });
    return count;
  });
  const holds: Hold[] = [{ account: 'a0' }, { account: 'a1', capabilities: ['sms'] }, { account: 'a7' }];
  const knows = ['a20', 'a3000'];
  const r = takeover(c, holds, knows);
  const takeoverMs = median(() => takeover(c, holds, knows));
  const impactMs = median(() => impact(c, [{ account: 'a0' }]));
  // Every root held (1% of the accounts): the stranger takes nearly the whole map, the heaviest propagation.
  const all: Hold[] = map.accounts.filter((a) => a.ways === undefined).map((a) => ({ account: a.id }));
  const heavy = takeover(c, all);
  const heavyMs = median(() => takeover(c, all));
  const timeline: Timeline = {
    id: 'bench',
    label: 'bench',
    steps: [
      { day: 0, label: 'one-way', bans: [{ account: 'a0', lose: ['sms'] }] },
      { day: 30, label: 'two-way', bans: [{ account: 'a0' }] },
      { day: 90, label: 'cancelled', bans: [{ account: 'a0' }] },
      { day: 180, label: 'reissued', bans: [{ account: 'a0' }], holds: [{ account: 'a0' }] },
    ],
  };
  const timelineMs = median(() => runTimeline(c, timeline), 3, 1);
  return {
    'takeover: accounts held / taken / safe': `${r.counts.held} / ${r.counts.taken} / ${r.counts.safe}`,
    'takeover: BFS (graphology-traversal)': fmt(bfsMs),
    'takeover: takeover': fmt(takeoverMs),
    'takeover: ratio takeover / BFS': +(takeoverMs / bfsMs).toFixed(2),
    'takeover: ratio takeover / impact': +(takeoverMs / impactMs).toFixed(2),
    'takeover, every root held: taken': heavy.counts.taken,
    'takeover, every root held: ratio / BFS': +(heavyMs / bfsMs).toFixed(2),
    'timeline (4 steps): time': fmt(timelineMs),
    'timeline: ratio / (4 impacts + 4 takeovers)': +(timelineMs / (4 * (impactMs + takeoverMs))).toFixed(2),
  };
}
