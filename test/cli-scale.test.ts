// The command line on a 300,000-account map: both output modes finish without overflowing the stack (the
// table once took Math.max over every row, validation spread every unreachable account into one call), and the
// streamed --json is exactly JSON.stringify of the engine's result.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { LineSink, writeJson } from '../src/cli/stream-out.js';
import { cellWidth, displayWidth } from '../src/cli/table.js';
import { compile, impact, validate } from '../src/engine/index.js';
import type { Account, BindingMap } from '../src/model/index.js';

const N = 300_000;
const LOOP = 150_000;

/**
 * One phone, N - LOOP - 1 accounts reached only by an SMS code to it, and LOOP accounts that recover each other
 * in a ring with no way in from outside (unreachable before any ban, so validation warns about each).
 */
function bigMap(): BindingMap {
  const accounts: Account[] = [{ id: 'phone', kind: 'phone', label: '手机 138', capabilities: ['sms'] }];
  for (let i = 1; i < N - LOOP; i++)
    accounts.push({
      id: `s${i}`,
      kind: 'service',
      label: `服务 ${i}`,
      ways: [{ requires: [{ account: 'phone', capability: 'sms' }] }],
      ...(i % 1000 === 0 ? { assets: [{ label: '余额', kind: 'money' as const, value: 1 }] } : {}),
    });
  for (let i = 0; i < LOOP; i++)
    accounts.push({
      id: `r${i}`,
      kind: 'email',
      label: `ring ${i}`,
      ways: [{ requires: [{ account: `r${(i + 1) % LOOP}` }] }],
    });
  return { version: 1, accounts };
}

function capture(): { io: Io; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t), lang: 'en', env: {} }, out, err };
}

const map = bigMap();
const file = join(mkdtempSync(join(tmpdir(), 'banradius-scale-')), 'big.json');
writeFileSync(file, JSON.stringify(map));

// NOTE: generous timeouts: the two cores are shared, and each case handles 300,000 accounts end to end.
describe('banradius on a 300,000-account map', { timeout: 240_000 }, () => {
  it('validates it, warning once per unreachable account', () => {
    const v = validate(map);
    expect(v.ok).toBe(true);
    expect(v.warnings.filter((w) => w.code === 'unreachable')).toHaveLength(LOOP);
  });

  it('prints one warning line per unreachable account with `validate`', async () => {
    const c = capture();
    expect(await main(['validate', file], c.io)).toBe(0);
    const lines = c.err.join('\n').split('\n');
    expect(lines.filter((l) => l.includes(': accounts['))).toHaveLength(LOOP);
  });

  it('prints the human table with one row per cut account', async () => {
    const c = capture();
    expect(await main(['impact', file, '--ban', 'phone'], c.io)).toBe(0);
    expect(c.err).toEqual([]);
    expect(c.out.length).toBeGreaterThan(1);
    const lines = c.out.join('\n').split('\n');
    const cut = lines.filter((l) => l.startsWith('cut off'));
    expect(cut).toHaveLength(N - LOOP - 1);
    expect(cut[0]).toMatch(
      /^cut off +服务 1 \(s1\) +get in and use it +the only way in needs “手机 138” to receive SMS/,
    );
    expect(lines).toContain(
      `1 banned, ${N - LOOP - 1} cut off, 0 partial, 0 degraded, 0 ok, ${LOOP} unreachable before any ban`,
    );
    expect(lines).toContain('Money lost: ¥149');
  });

  it('streams --json that is exactly JSON.stringify of the engine result', async () => {
    const c = capture();
    expect(await main(['impact', file, '--ban', 'phone', '--json'], c.io)).toBe(0);
    expect(c.out.length).toBeGreaterThan(1);
    const expected = JSON.stringify(impact(compile(map), [{ account: 'phone' }]), null, 2);
    expect(c.out.join('\n') === expected).toBe(true);
  });
});

describe('writeJson', () => {
  it('writes the same text as JSON.stringify with two-space indent', () => {
    const values: unknown[] = [
      {},
      [],
      { a: [], b: {}, c: [1, { d: [2, 3] }], e: 'x\ny', f: undefined, g: null },
      [undefined, () => 1, { h: { i: { j: [1] } } }],
      { date: new Date(0), n: -0, deep: [[[[1]]]] },
      'text',
      7,
    ];
    for (const v of values) {
      const out: string[] = [];
      const sink = new LineSink({ out: (t) => out.push(t), err: () => {}, lang: 'en', env: {} });
      writeJson(sink, v);
      sink.end();
      expect(out.join('\n')).toBe(JSON.stringify(v, null, 2));
    }
  });
});

describe('cellWidth', () => {
  it('equals displayWidth on text of Latin, punctuation, CJK, kana, Hangul, marks and emoji', () => {
    const pieces = [
      'a',
      ' ',
      'é',
      '\u00ad',
      '“',
      '”',
      '—',
      '手',
      '机',
      '𠮷',
      'カ',
      'ｶ',
      'ﾞ',
      '가',
      '\u1100',
      '\u11a8',
      '\u0301',
      '\u3099',
      '\u302a',
      '📱',
      '\ufe0f',
      '\u200d',
      '👍🏽',
      '①',
      '\r',
      '\n',
      '　',
      '\u202e',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(cellWidth(s)).toBe(displayWidth(s));
      }),
      { numRuns: 3000 },
    );
  });
});
