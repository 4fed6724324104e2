// DESIGN §11 as a property: random maps whose labels, ids, notes and asset labels carry personal data in every
// spelling (dots, spaces, dashes, full-width, lists, +86, card groups, emails, WeChat ids), exported redacted
// in every format through the engine, the CLI and the API alike: no run of 6 digits and no email address
// from the map's text appears in any output.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.js';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { asciiDigits, EXPORT_FORMATS, exportMap, parseMap, redactMap } from '../src/engine/index.js';
import type { BindingMap } from '../src/model/index.js';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const phone = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([b, rest]) => `1${b}${rest}`);
const FULL = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** One piece of personal data, as digits or an address, and how it is written in the map. */
interface Datum {
  /** What must never come out: its digits (ASCII) or the email address. */
  secret: string;
  written: string;
  id?: string;
}

const phoneSpelling = fc.tuple(phone, fc.integer({ min: 0, max: 7 })).map(([p, k]): Datum => {
  const [a, b, c] = [p.slice(0, 3), p.slice(3, 7), p.slice(7)];
  const written = [
    p,
    `${a}.${b}.${c}`,
    `${p.slice(0, 4)} ${p.slice(4, 7)} ${c}`,
    `${a}－${b}－${c}`,
    FULL(p),
    `+86 ${a} ${b} ${c}`,
    `+86${p}`,
    `(+86) ${a}-${b}-${c}`,
  ][k]!;
  const id = [p, `${a}.${b}.${c}`, `${p.slice(0, 4)}-${p.slice(4, 7)}-${c}`, `tel:86${p}`][k % 4]!;
  return { secret: p, written, id };
});
const phoneList = fc
  .tuple(phone, phone, fc.constantFrom(',', '，', '、', ';', ' / '))
  .map(([p, q, sep]): Datum => ({ secret: `${p}|${q}`, written: `${p}${sep}${q}` }));
const bankCard = fc.integer({ min: 16, max: 19 }).chain((n) =>
  fc.tuple(digits(n), fc.boolean()).map(
    ([d, grouped]): Datum => ({
      secret: d,
      written: grouped ? (d.match(/.{1,4}/g) ?? []).join(' ') : d,
      id: `card_${d}`,
    }),
  ),
);
const idCard = fc
  .tuple(digits(17), fc.constantFrom('X', 'x', '7'))
  .map(([d, last]): Datum => ({ secret: d, written: `身份证 ${d}${last}`, id: `id-${d}${last}` }));
const qq = fc.integer({ min: 6, max: 11 }).chain((n) =>
  fc.tuple(fc.integer({ min: 1, max: 9 }), digits(n - 1), fc.boolean()).map(([h, rest, fw]): Datum => {
    const d = `${h}${rest}`;
    return { secret: d, written: fw ? `QQ ${FULL(d)}` : `QQ号${d}`, id: `qq_${d}` };
  }),
);
const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9][a-z0-9._]{0,9}$/),
    fc.constantFrom('qq.com', '163.com', 'gmail.com', 'example.org'),
    fc.boolean(),
  )
  .map(([local, domain, fw]): Datum => {
    const address = `${local}@${domain}`;
    return { secret: address, written: fw ? FULL(address).replace('@', '＠') : address };
  });
const wechat = fc
  .stringMatching(/^[a-z][a-z0-9_]{5,15}$/)
  .map((w): Datum => ({ secret: w, written: `微信号：${w}` }));
const datum = fc.oneof(phoneSpelling, phoneList, bankCard, idCard, qq, email, wechat);
const filler = fc.oneof(
  fc.constantFrom('', '手机', 'Apple ID', '余额 ¥300', '备注：', 'card'),
  fc.string({ maxLength: 8 }),
);
const text = fc
  .tuple(filler, datum, filler)
  .map(([a, d, b]) => ({ text: `${a} ${d.written} ${b}`.trim(), d }));

interface Generated {
  map: BindingMap;
  data: Datum[];
}

const generated: fc.Arbitrary<Generated> = fc
  .array(fc.tuple(datum, text, fc.option(text, { nil: undefined }), fc.option(text, { nil: undefined })), {
    minLength: 1,
    maxLength: 6,
  })
  .chain((rows) =>
    fc
      .tuple(fc.constant(rows), text, fc.array(fc.nat({ max: 5 }), { maxLength: rows.length * 2 }))
      .map(([rows, scenarioLabel, links]): Generated => {
        const data: Datum[] = [scenarioLabel.d];
        const ids: string[] = [];
        const accounts = rows.map(([idDatum, label, notes, asset], i) => {
          const id = `${(idDatum.id ?? `x${i}`).slice(0, 58)}_${i}`;
          ids.push(id);
          data.push(idDatum, label.d);
          if (notes) data.push(notes.d);
          if (asset) data.push(asset.d);
          const requires = i > 0 && links[i] !== undefined ? [{ account: ids[links[i]! % i]! }] : [];
          return {
            id,
            kind: 'service' as const,
            label: label.text.slice(0, 200) || 'x',
            ...(requires.length ? { ways: [{ label: label.text.slice(0, 200), requires }] } : {}),
            ...(notes ? { notes: notes.text } : {}),
            ...(asset
              ? {
                  assets: [
                    { label: asset.text.slice(0, 200) || 'x', kind: 'money' as const, value: 100 * i },
                  ],
                }
              : {}),
          };
        });
        const map: BindingMap = {
          version: 1,
          title: scenarioLabel.text.slice(0, 200),
          accounts,
          scenarios: [
            {
              id: `s_${ids[0]!}`.slice(0, 64),
              label: scenarioLabel.text.slice(0, 200) || 'x',
              bans: [{ account: ids[0]! }],
            },
          ],
          timelines: [
            {
              id: `t_${ids[0]!}`.slice(0, 64),
              label: scenarioLabel.text.slice(0, 200) || 'x',
              steps: [{ day: 0, label: 'day 0', bans: [{ account: ids[0]! }] }],
            },
          ],
        };
        return { map, data };
      }),
  );

/** Every string of the map a person wrote: ids, labels, notes, asset labels. */
function mapText(map: BindingMap): string[] {
  const out: string[] = [map.title ?? ''];
  for (const a of map.accounts) {
    out.push(a.id, a.label, a.notes ?? '');
    for (const w of a.ways ?? []) out.push(w.label ?? '');
    for (const x of a.assets ?? []) out.push(x.label);
  }
  for (const s of map.scenarios ?? []) out.push(s.id, s.label);
  for (const t of map.timelines ?? []) out.push(t.id, t.label);
  return out;
}

const SEPS = /(?<=\d)[\s.\-/\u00B7\u2010-\u2015\u2212\u30FB]{1,3}(?=\d)/g;
const windows = (run: string) => Array.from({ length: run.length - 5 }, (_, i) => run.slice(i, i + 6));

/** The leaks of `output`: 6-digit windows or email addresses of the map's text found in it. */
function leaks(map: BindingMap, data: readonly Datum[], output: string): string[] {
  const plain = asciiDigits(output).toLowerCase();
  const joined = plain.replace(SEPS, '');
  const found: string[] = [];
  for (const t of mapText(map)) {
    const s = asciiDigits(t);
    for (const run of s.match(/\d{6,}/g) ?? [])
      for (const w of windows(run)) if (plain.includes(w)) found.push(w);
    for (const e of s.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/g) ?? [])
      if (plain.includes(e.toLowerCase())) found.push(e);
  }
  for (const d of data)
    for (const secret of d.secret.split('|')) {
      if (/^\d+$/.test(secret)) {
        for (const w of windows(secret)) if (joined.includes(w)) found.push(`${w} (of ${d.written})`);
      } else if (plain.includes(secret.toLowerCase())) found.push(`${secret} (of ${d.written})`);
    }
  return found;
}

const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuvwxyz';
const HEADERS = {
  host: '127.0.0.1:4178',
  authorization: `Bearer ${TOKEN}`,
  'content-type': 'application/json',
};
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ token: TOKEN, port: 4178, webRoot: false });
});
afterAll(async () => {
  await app.close();
});

const dir = mkdtempSync(join(tmpdir(), 'banradius-redact-'));
async function cli(args: string[]): Promise<string> {
  const out: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: () => undefined, lang: 'zh', env: {} };
  expect(await main(args, io)).toBe(0);
  return out.join('\n');
}

describe('redaction on the map (DESIGN §11)', () => {
  it('generates valid maps that really carry the personal data (so the property cannot pass vacuously)', () => {
    fc.assert(
      fc.property(generated, ({ map, data }) => {
        expect(parseMap(map).ok).toBe(true);
        const raw = JSON.stringify(map);
        expect(leaks(map, data, asciiDigits(raw)).length).toBeGreaterThan(0);
        // and the check sees them in an unredacted picture or graph file
        for (const format of ['svg', 'dot', 'graphml', 'mermaid'] as const)
          expect(leaks(map, data, exportMap(map, format).body).length).toBeGreaterThan(0);
        expect(parseMap(redactMap(map)).ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('lets no 6-digit run or email of the map through in any format, from the engine, the CLI or the API', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(generated, async ({ map, data }) => {
        const file = join(dir, `map-${n++}.json`);
        writeFileSync(file, JSON.stringify(map));
        for (const format of EXPORT_FORMATS) {
          const outputs = [
            exportMap(map, format, { redact: true }).body,
            await cli(['export', file, '--format', format, '--redact']),
          ];
          const r = await app.inject({
            method: 'POST',
            url: '/api/v1/export',
            headers: HEADERS,
            payload: JSON.stringify({ map, format, redact: true, lang: 'zh' }),
          });
          expect(r.statusCode).toBe(200);
          outputs.push(r.body);
          for (const out of outputs) expect(leaks(map, data, out), `${format}: ${out}`).toEqual([]);
        }
        const md = await cli(['risk', file, '--format', 'markdown', '--redact']);
        expect(leaks(map, data, md)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
