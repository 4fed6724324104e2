/**
 * Grouping a big map's graph (web/graph/groups.ts): small maps are drawn as they are; above the threshold every
 * account is either drawn or in exactly one group under an account that is drawn, every link joins drawn
 * nodes, an opened group shows its accounts, and a closed group shows the worst status among them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, impact, takeover } from '../src/engine/index.js';
import type { BindingMap } from '../src/model/index.js';
import { graphData } from '../web/graph/graph-data.js';
import { GROUP_PREFIX, groupGraph, groupStatuses, groupTakeover, isGroup } from '../web/graph/groups.js';
import { generateMap } from './bench/generate.js';

const words = (anchor: string, n: number) => `${anchor} → ${n}`;

function drawnGraph(map: BindingMap) {
  const c = compile(map);
  return { data: graphData(map, impact(c, [])), compiled: c };
}

/** Checks the structural promises of a grouping of `map` drawn with at most `max` accounts ungrouped. */
function checkGrouping(map: BindingMap, max: number, expanded: Set<string> = new Set()) {
  const { data } = drawnGraph(map);
  const g = groupGraph(data, expanded, words, max);
  const drawn = new Set(g.data.nodes.map((n) => n.id));
  expect(drawn.size).toBe(g.data.nodes.length);
  for (const a of map.accounts) {
    const gid = g.groupOf.get(a.id);
    // Drawn, or hidden in exactly one closed group that is drawn; never both.
    expect(drawn.has(a.id) !== (gid !== undefined)).toBe(true);
    if (gid) {
      expect(drawn.has(gid)).toBe(true);
      expect(g.members.get(gid)).toContain(a.id);
      expect(drawn.has(gid.slice(GROUP_PREFIX.length))).toBe(true);
    }
  }
  for (const w of g.data.ways) {
    expect(drawn.has(w.account)).toBe(true);
    for (const r of w.requires) expect(drawn.has(r.account)).toBe(true);
  }
  return g;
}

describe('grouping the graph of a big map', () => {
  it('draws a map at or under the threshold exactly as it is', () => {
    const { data } = drawnGraph(generateMap(120));
    expect(groupGraph(data, new Set(), words, 150).data).toBe(data);
  });

  it('draws a 1,000-account map as at most 150 nodes, every account drawn or in one group', () => {
    const map = generateMap(1000, { rootShare: 0.01 });
    const g = checkGrouping(map, 150);
    expect(g.data.nodes.length).toBeLessThanOrEqual(150);
    expect(g.data.nodes.some((n) => isGroup(n.id))).toBe(true);
    const group = g.data.nodes.find((n) => isGroup(n.id))!;
    expect(group.label).toBe(
      words(
        map.accounts.find((a) => GROUP_PREFIX + a.id === group.id)!.label,
        g.members.get(group.id)!.length,
      ),
    );
  });

  it('holds the same promises on random maps, with groups opened at random', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 400 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 8, max: 60 }),
        (n, seed, max) => {
          const map = generateMap(n, { seed, rootShare: 0.02 });
          const first = checkGrouping(map, max);
          const open = new Set([...first.members.keys()].filter((_, i) => i % 2 === 0));
          const second = checkGrouping(map, max, open);
          for (const gid of open)
            for (const id of first.members.get(gid)!) expect(second.groupOf.has(id)).toBe(false);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('shows a closed group in the worst status among its accounts', () => {
    const map = generateMap(600, { rootShare: 0.01 });
    const { data, compiled } = drawnGraph(map);
    const g = groupGraph(data, new Set(), words, 150);
    const result = impact(compiled, [{ account: 'a0' }]);
    const statuses = new Map(
      Object.entries(result.accounts).map(([id, r]) => [id, { status: r.status, lost: r.lost }]),
    );
    const shown = groupStatuses(statuses, g)!;
    const order = ['banned', 'cut', 'partial', 'degraded', 'ok'];
    let checked = 0;
    for (const [gid, list] of g.members) {
      if (!g.groupOf.has(list[0]!)) continue;
      const worst =
        list
          .map((id) => result.accounts[id]!.status)
          .filter((s) => s !== 'unreachable')
          .sort((x, y) => order.indexOf(x) - order.indexOf(y))[0] ?? 'ok';
      expect(shown.get(gid)!.status).toBe(worst);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
    expect(groupStatuses(null, g)).toBeNull();
  });

  it('shows a closed group held or taken when one of its accounts is, so a takeover never hides in a group', () => {
    const map = generateMap(600, { rootShare: 0.01 });
    const { data, compiled } = drawnGraph(map);
    const g = groupGraph(data, new Set(), words, 150);
    const roots = map.accounts.filter((a) => (a.ways ?? []).length === 0).map((a) => a.id);
    const t = takeover(
      compiled,
      roots.slice(0, 1).map((account) => ({ account })),
    );
    const statuses = new Map(Object.entries(t.accounts).map(([id, r]) => [id, r.status]));
    const shown = groupTakeover(statuses, g)!;
    const seen = new Set<string>();
    for (const [gid, list] of g.members) {
      if (!g.groupOf.has(list[0]!)) continue;
      const inside = new Set(list.map((id) => t.accounts[id]!.status));
      const expected = inside.has('held') ? 'held' : inside.has('taken') ? 'taken' : 'safe';
      expect(shown.get(gid)).toBe(expected);
      seen.add(expected);
    }
    expect(seen.has('taken')).toBe(true);
    expect(seen.has('safe')).toBe(true);
    expect(groupTakeover(null, g)).toBeNull();
  });
});
