// `impact --json` streamed from the impact view (src/cli/impact-json.ts) is the text of
// JSON.stringify(impact(c, bans), null, 2), byte for byte: on random maps and bans (fast-check) and on every
// fixture's scenarios; and the view's entries are the result's.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeImpactJson } from '../src/cli/impact-json.js';
import { LineSink } from '../src/cli/stream-out.js';
import { type Compiled, compile, impact, impactView, parseMap, parseMapBytes } from '../src/engine/index.js';
import type { Ban, BindingMap } from '../src/model/index.js';
import { mapAndBansArb } from './support/arbitrary.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function streamed(c: Compiled, bans: Ban[]): string {
  const out: string[] = [];
  const sink = new LineSink({ out: (t) => out.push(t), err: () => {}, lang: 'en', env: {} });
  writeImpactJson(sink, c, impactView(c, bans));
  sink.end();
  return out.join('\n');
}

function same(c: Compiled, bans: Ban[]): void {
  const whole = impact(c, bans);
  expect(streamed(c, bans)).toBe(JSON.stringify(whole, null, 2));
  const view = impactView(c, bans);
  c.order.forEach((a) => {
    expect(view.entry(a)).toEqual(whole.accounts[c.ids[a]!]);
    expect(view.status[a]).toBe(whole.accounts[c.ids[a]!]!.status);
  });
}

describe('writeImpactJson', () => {
  it('writes exactly JSON.stringify(impact, null, 2) on random maps and bans', () => {
    fc.assert(
      fc.property(mapAndBansArb(9, 3), ({ map, bans }) => same(compile(map), bans)),
      { numRuns: 300 },
    );
  });

  it('writes exactly JSON.stringify(impact, null, 2) for every fixture scenario, and for no ban', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.map.json'));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const parsed = parseMap(JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')));
      if (!parsed.ok) throw new Error(`${f} is invalid`);
      same(parsed.compiled, []);
      for (const sc of (parsed.map as BindingMap).scenarios ?? []) same(parsed.compiled, sc.bans);
    }
  });

  it('writes the same for maps read by the byte scanner, whose accounts share capability lists', () => {
    const map = {
      version: 1,
      accounts: Array.from({ length: 40 }, (_, i) => ({
        id: `s${i}`,
        kind: 'service',
        label: `S ${i}`,
        capabilities: ['access', 'mail', 'sms'],
        ...(i === 0
          ? {}
          : { ways: [{ requires: [{ account: `s${i % 3 === 0 ? 0 : i - 1}`, capability: 'mail' }] }] }),
      })),
    };
    const parsed = parseMapBytes(new TextEncoder().encode(JSON.stringify(map)));
    if (!parsed?.ok) throw new Error('declined');
    expect(parsed.compiled.caps[1]).toBe(parsed.compiled.caps[2]);
    same(parsed.compiled, []);
    same(parsed.compiled, [{ account: 's4' }]);
    same(parsed.compiled, [{ account: 's0', lose: ['sms'] }]);
  });

  it('writes an empty map as JSON.stringify does', () => {
    const parsed = parseMap({ version: 1, accounts: [] });
    if (!parsed.ok) throw new Error('invalid');
    same(parsed.compiled, []);
  });
});
