// The fast path of parseMap against the schema path (MapSchema, then the reference checks) on random valid
// maps and on mutations of them: it recognises exactly the maps the schema accepts (timelines aside, which
// it always leaves to the schema), and when it does, its map, warnings and compiled form are the schema's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/engine/compile.js';
import { fastParse } from '../src/engine/fast-parse.js';
import { parseMapBySchema } from '../src/engine/validate.js';
import { type Json, mutate, richMapArb } from './support/map-docs.js';

/** The compiled arrays of a parse result, without the map object itself. */
function arrays(c: ReturnType<typeof compile>) {
  const { map: _map, ...rest } = c;
  return rest;
}

/** Checks one document; returns whether the schema path accepted it. */
function agree(doc: Json): boolean {
  const fast = fastParse(doc);
  const slow = parseMapBySchema(doc);
  expect(fast !== null).toBe(slow.ok);
  if (fast === null || !slow.ok || !fast.ok) return false;
  expect(fast.map).toEqual(slow.map);
  expect(fast.validation).toEqual(slow.validation);
  expect(arrays(fast.compiled)).toEqual(arrays(compile(slow.map)));
  return true;
}

describe('fastParse', () => {
  it('recognises every valid random map, with the warnings and compiled form of the schema path', () => {
    fc.assert(
      fc.property(richMapArb, (map) => agree(map)),
      { numRuns: 300 },
    );
  });

  it('accepts a mutated map exactly when MapSchema and the reference checks do', () => {
    const mutation = fc.record({ at: fc.nat(), op: fc.nat(), value: fc.nat() });
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(richMapArb, fc.array(mutation, { minLength: 1, maxLength: 3 }), (map, ms) => {
        seen[agree(ms.reduce<Json>(mutate, map)) ? 'valid' : 'invalid']++;
      }),
      { numRuns: 3000 },
    );
    // Both sides of the boundary are exercised, not only documents that are plainly broken.
    expect(seen.valid).toBeGreaterThan(300);
    expect(seen.invalid).toBeGreaterThan(300);
  });

  it('accepts a document JSON.parse built with a "__proto__" id only as the schema does (never)', () => {
    const doc = JSON.parse('{"version":1,"accounts":[{"id":"__proto__","kind":"phone","label":"x"}]}');
    expect(fastParse(doc)).toBeNull();
    expect(parseMapBySchema(doc).ok).toBe(false);
  });

  it('leaves maps with timelines to the schema', () => {
    const doc = {
      version: 1,
      accounts: [{ id: 'p', kind: 'phone', label: 'p' }],
      timelines: [{ id: 't', label: 't', steps: [{ day: 0, label: 'd', bans: [{ account: 'p' }] }] }],
    };
    expect(fastParse(doc)).toBeNull();
    expect(parseMapBySchema(doc).ok).toBe(true);
  });
});
