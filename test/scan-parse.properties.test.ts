// The byte scanner (parseMapBytes) against what the command line did before it: secure JSON parsing, then
// parseMap. On random valid maps written in several layouts, on mutated documents and on mutated bytes, it
// either declines or gives exactly parseMap's map (the same JSON text, keys in the same order), warnings and
// compiled form; it never accepts a document the old path rejects, and it accepts every valid random map.
import fc from 'fast-check';
import sjson from 'secure-json-parse';
import { describe, expect, it } from 'vitest';
import type { Compiled } from '../src/engine/compile.js';
import { parseMap } from '../src/engine/index.js';
import { parseMapBytes } from '../src/engine/scan-parse.js';
import { type Json, mutate, richMapArb } from './support/map-docs.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The compiled arrays, without the map object itself. */
function arrays(c: Compiled) {
  const { map: _map, ...rest } = c;
  return rest;
}

/** The old path: secure JSON parsing (null on a syntax error), then parseMap. */
function oldPath(text: string): { doc: Json; result: ReturnType<typeof parseMap> } | null {
  let doc: Json;
  try {
    doc = sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch {
    return null;
  }
  return { doc, result: parseMap(doc) };
}

/** Checks one text; returns whether the scanner accepted it. */
function agree(text: string): boolean {
  const fast = parseMapBytes(utf8(text));
  const old = oldPath(text);
  if (fast === null) return false;
  expect(old).not.toBeNull();
  expect(old!.result.ok).toBe(true);
  if (!fast.ok || !old!.result.ok) return false;
  expect(JSON.stringify(fast.map)).toBe(JSON.stringify(old!.doc));
  expect(fast.map).toEqual(old!.result.map);
  expect(fast.validation).toEqual(old!.result.validation);
  expect(arrays(fast.compiled)).toEqual(arrays(old!.result.compiled));
  return true;
}

/** The same document with every object's keys in reverse order (ids after ways, capability ways first). */
const reversed = (v: Json): Json =>
  Array.isArray(v)
    ? v.map(reversed)
    : v !== null && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .reverse()
            .map(([k, x]) => [k, reversed(x)]),
        )
      : v;

const LAYOUTS = [
  (d: Json) => JSON.stringify(reversed(d)),
  (d: Json) => JSON.stringify(d),
  (d: Json) => JSON.stringify(d, null, 2),
  (d: Json) => JSON.stringify(d, null, '\t').replaceAll('\n', '\r\n'),
  (d: Json) => ` \n${JSON.stringify(d, null, 1)}\n\n`,
];

/** Byte-level edits that JSON.stringify never makes: stray or missing punctuation, escapes, spaces. */
const BYTES = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ',',
  ':',
  '\\',
  ' ',
  '0',
  '1',
  'e',
  '-',
  '.',
  'a',
  '\\u0061',
  'é',
  '\n',
];

describe('parseMapBytes', () => {
  it('accepts every valid random map in every layout, with parseMap’s result', () => {
    fc.assert(
      fc.property(richMapArb, fc.nat(LAYOUTS.length - 1), (map, layout) => {
        expect(agree(LAYOUTS[layout]!(map))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on mutated documents, accepts only what the old path accepts, with the same result', () => {
    const mutation = fc.record({ at: fc.nat(), op: fc.nat(), value: fc.nat() });
    const seen = { accepted: 0, declined: 0 };
    fc.assert(
      fc.property(richMapArb, fc.array(mutation, { minLength: 1, maxLength: 3 }), (map, ms) => {
        const doc = ms.reduce<Json>(mutate, map);
        const text = JSON.stringify(doc);
        if (text === undefined) return;
        seen[agree(text) ? 'accepted' : 'declined']++;
      }),
      { numRuns: 2000 },
    );
    expect(seen.accepted).toBeGreaterThan(200);
    expect(seen.declined).toBeGreaterThan(200);
  });

  it('on mutated bytes, accepts only what the old path accepts, with the same result', () => {
    const edit = fc.record({ at: fc.nat(), cut: fc.nat(3), put: fc.nat(BYTES.length) });
    fc.assert(
      fc.property(richMapArb, fc.array(edit, { minLength: 1, maxLength: 3 }), (map, edits) => {
        let text = JSON.stringify(map, null, 1);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + (BYTES[e.put] ?? '') + text.slice(at + e.cut);
        }
        agree(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('declines what it leaves to the parser: duplicate keys, a BOM, escaped ids, infinity, timelines', () => {
    const base = { version: 1, accounts: [{ id: 'p', kind: 'phone', label: 'p' }] };
    const text = JSON.stringify(base);
    const declined = [
      text.replace('"id":"p"', '"id":"p","id":"q"'),
      `\uFEFF${text}`,
      text.replace('"id":"p"', '"id":"\\u0070"'),
      text.replace('"label":"p"', '"label":"p","__proto__":{}'),
      text.replace('}]}', ',"assets":[{"label":"x","kind":"money","value":1e999}]}]}'),
      JSON.stringify({ ...base, timelines: [] }),
      `${text} x`,
    ];
    for (const t of declined) {
      expect(parseMapBytes(utf8(t))).toBeNull();
      agree(t);
    }
    expect(agree(text.replace('"label":"p"', '"label":"\\u0070\\n"'))).toBe(true);
    expect(agree(text.replace('"version":1', '"version":1e0'))).toBe(true);
    expect(agree(text.replace('}]}', ',"assets":[{"label":"x","kind":"money","value":-0}]}]}'))).toBe(true);
  });

  it('parses ways on first read, and a way written later replaces them', () => {
    const doc = {
      version: 1,
      accounts: [
        { id: 'p', kind: 'phone', label: 'p' },
        { id: 's', kind: 'service', label: 's', ways: [{ requires: [{ account: 'p' }] }], notes: 'n' },
      ],
    };
    const r = parseMapBytes(utf8(JSON.stringify(doc)));
    if (!r?.ok) throw new Error('declined');
    const s = r.map.accounts[1]!;
    expect(Object.keys(s)).toEqual(['id', 'kind', 'label', 'ways', 'notes']);
    expect(s.ways).toEqual(doc.accounts[1]!.ways);
    expect(s.ways).toBe(s.ways);
    s.ways = [];
    expect(s.ways).toEqual([]);
    expect(JSON.stringify(r.map)).toBe(JSON.stringify({ ...doc, accounts: [doc.accounts[0], { ...s }] }));
  });
});
