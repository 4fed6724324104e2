/**
 * Impact benchmark (DESIGN §12): one scenario on a generated 100,000-account / ~300,000-requirement map, as a
 * ratio to one BFS over the same graph in the same process: graphology-traversal's (the target's anchor) and a
 * plain typed-array BFS (the fastest honest baseline). The "typical" map gives 30% of services a single way in,
 * so its bans cut accounts off; a second map with single-requirement ways makes a ban cut off tens of
 * thousands, so the explanation walk is measured under heavy damage too.
 */
import { bfs } from 'graphology-traversal';
import { accountGraph, type Compiled, compile, impact, propagate } from '../../src/engine/index.js';
import type { Ban } from '../../src/model/index.js';
import { generateMap } from './generate.js';
import { fmt, median } from './stats.js';

/** The account graph of a compiled map as CSR (X → each account a way of X requires), distinct targets. */
function csr(c: Compiled): { start: Int32Array; next: Int32Array } {
  const n = c.ids.length;
  const start = new Int32Array(n + 1);
  const out: number[] = [];
  const stamp = new Int32Array(n).fill(-1);
  for (let a = 0; a < n; a++) {
    for (let w = c.accountWayStart[a]!; w < c.accountWayStart[a + 1]!; w++)
      for (let r = c.wayReqStart[w]!; r < c.wayReqStart[w + 1]!; r++) {
        const y = c.slotAccount[c.wayReqs[r]!]!;
        if (stamp[y] !== a) {
          stamp[y] = a;
          out.push(y);
        }
      }
    start[a + 1] = out.length;
  }
  return { start, next: Int32Array.from(out) };
}

/** A breadth-first walk of every node (from each unvisited one in order, as graphology's bfs does). */
function plainBfs(g: { start: Int32Array; next: Int32Array }): number {
  const n = g.start.length - 1;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let visited = 0;
  for (let s = 0; s < n; s++) {
    if (seen[s] === 1) continue;
    let head = 0;
    let tail = 0;
    seen[s] = 1;
    queue[tail++] = s;
    while (head < tail) {
      const x = queue[head++]!;
      visited++;
      for (let k = g.start[x]!; k < g.start[x + 1]!; k++) {
        const y = g.next[k]!;
        if (seen[y] === 0) {
          seen[y] = 1;
          queue[tail++] = y;
        }
      }
    }
  }
  return visited;
}

function measure(label: string, n: number, opts: Parameters<typeof generateMap>[1], bans: Ban[]) {
  const map = generateMap(n, opts);
  const requirements = map.accounts.reduce(
    (s, a) => s + (a.ways ?? []).reduce((t, w) => t + w.requires.length, 0),
    0,
  );
  const c = compile(map);
  const graph = accountGraph(c);
  const bfsMs = median(() => {
    let count = 0;
    bfs(graph, () => {
      count++;
    });
    return count;
  });
  const flat = csr(c);
  const plainMs = median(() => plainBfs(flat));
  const r = impact(c, bans); // also fills the memoised baseline
  const warm = median(() => impact(c, bans));
  const baselineMs = median(() => propagate(c, null));
  return {
    [`${label}: accounts / requirements`]: `${n} / ${requirements}`,
    [`${label}: cut / partial / degraded`]: `${r.counts.cut} / ${r.counts.partial} / ${r.counts.degraded}`,
    [`${label}: BFS (graphology-traversal)`]: fmt(bfsMs),
    [`${label}: BFS (typed arrays)`]: fmt(plainMs),
    [`${label}: impact`]: fmt(warm),
    [`${label}: ratio impact / graphology BFS`]: +(warm / bfsMs).toFixed(2),
    [`${label}: ratio impact / typed-array BFS`]: +(warm / plainMs).toFixed(2),
    [`${label}: ratio incl. baseline / graphology BFS`]: +((warm + baselineMs) / bfsMs).toFixed(2),
  };
}

/** Compile time with and without building the graphology view (which compile no longer builds). */
function measureCompile(n: number): Record<string, string | number> {
  const map = generateMap(n, { singleWayShare: 0.3 });
  const compileMs = median(() => compile(map), 5, 1);
  const withGraph = median(() => accountGraph(compile(map)), 5, 1);
  return {
    'compile (flat arrays only)': fmt(compileMs),
    'compile + graphology view': fmt(withGraph),
  };
}

export function benchImpact(n = 100_000): Record<string, string | number> {
  const light = measure('typical', n, { singleWayShare: 0.3 }, [
    { account: 'a0' },
    { account: 'a1', lose: ['sms'] },
    { account: 'a7' },
  ]);
  const heavy = measure('heavy damage', n, { rootShare: 0.00005, reqPerAccount: 1 }, [
    { account: 'a0' },
    { account: 'a1' },
  ]);
  return {
    ...light,
    ...heavy,
    ...measureCompile(n),
    'peak RSS MiB': Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
