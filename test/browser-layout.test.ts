/**
 * The web UI's pure parts, without a browser: the layered layout (roots left, dependants right, cycles
 * broken), the graph data derived from a map, and label truncation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/engine/compile.js';
import { impact } from '../src/engine/impact.js';
import { depths, layeredLayout } from '../src/engine/layout.js';
import { parseMap } from '../src/engine/validate.js';
import type { BindingMap } from '../src/model/index.js';
import { graphData, requirementLists } from '../web/graph/graph-data.js';
import { ROOT } from './support/browser.js';

function fixture(name: string): BindingMap {
  const parsed = parseMap(JSON.parse(readFileSync(join(ROOT, 'fixtures', name), 'utf8')));
  if (!parsed.ok) throw new Error(name);
  return parsed.map;
}

function layoutOf(map: BindingMap) {
  const data = graphData(map, impact(compile(map), []));
  const input = { ids: map.accounts.map((a) => a.id), ...requirementLists(data) };
  return { data, input, depth: depths(input), placed: layeredLayout(input) };
}

describe('the layered layout', () => {
  it('puts the roots of the QQ case on the left and every account right of what it needs', () => {
    const map = fixture('qq-permanent-ban-2022.map.json');
    const { depth, placed, input } = layoutOf(map);
    expect(depth.get('qq')).toBe(0);
    expect(depth.get('phone')).toBe(0);
    expect(depth.get('qqmail')).toBe(1);
    expect(depth.get('microsoft')).toBe(2);
    for (const [id, needs] of input.requires)
      for (const r of needs) expect(placed.get(id)!.x).toBeGreaterThan(placed.get(r)!.x);
  });

  it('breaks a mutual-recovery cycle so the account reached from a root first stays left', () => {
    const map = fixture('semantics/recovery-cycle.map.json');
    const { depth } = layoutOf(map);
    // a logs in with root's mail or recovers through b; b recovers only through a.
    expect(depth.get('root')).toBe(0);
    expect(depth.get('a')).toBe(1);
    expect(depth.get('b')).toBe(2);
  });

  it('keeps accounts of one layer at least a row apart and is the same every time', () => {
    const map = fixture('qq-permanent-ban-2022.map.json');
    const first = layoutOf(map).placed;
    const again = layoutOf(map).placed;
    expect([...again]).toEqual([...first]);
    const ys = [...first.values()]
      .filter((p) => p.layer === 2)
      .map((p) => p.y)
      .sort((x, y) => x - y);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(30.9);
  });

  it('draws each way once, with its requirements, so an AND-group is one bundle', () => {
    const map = fixture('semantics/and-or-ways.map.json');
    const { data } = layoutOf(map);
    const svcWays = data.ways.filter((w) => w.account === 'svc');
    expect(svcWays.map((w) => w.requires.map((r) => `${r.account}.${r.capability}`))).toEqual([
      ['email.mail'],
      ['id_card.access', 'phone.sms'],
    ]);
  });
});

describe('label truncation', () => {
  it('counts a CJK character as two units and adds an ellipsis', async () => {
    // graph.ts touches no DOM at import, so its pure helpers load in Node.
    const { truncateLabel } = await import('../web/graph/graph.js');
    expect(truncateLabel('全国大学英语四六级（CET）账户', 19)).toBe('全国大学英语四六级…');
    expect(truncateLabel('GitHub', 20)).toBe('GitHub');
  });
});
