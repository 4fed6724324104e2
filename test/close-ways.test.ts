// Closing ways on a takeover's fixpoint (src/engine/close-ways.ts) gives exactly a full propagation with those
// ways closed as well, with partial and whole holds, known passwords and any set of ways; restore undoes it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WayCloser } from '../src/engine/close-ways.js';
import { compile, propagate } from '../src/engine/index.js';
import { expandHolds, takeoverSeed } from '../src/engine/takeover.js';
import { takeoverCaseArb } from './support/takeover-arbitrary.js';

const state = (a: { slot: Uint8Array; reach: Uint8Array; way: Uint8Array }) => ({
  slot: [...a.slot],
  reach: [...a.reach],
  way: [...a.way],
});

describe('closing ways on a seeded fixpoint', () => {
  it('equals a propagation with the ways closed, one set after another, and restores', () => {
    fc.assert(
      fc.property(
        takeoverCaseArb(9).chain((k) =>
          fc.record({
            k: fc.constant(k),
            closes: fc.array(fc.array(fc.nat(40), { maxLength: 4 }), { minLength: 1, maxLength: 3 }),
          }),
        ),
        ({ k, closes }) => {
          const c = compile(k.map);
          const knows = new Set(k.knows.map((id) => c.index.get(id)!));
          const seed = takeoverSeed(c, expandHolds(c, k.holds), knows);
          const open = propagate(c, null, seed);
          const closer = new WayCloser(c, open, seed);
          const W = c.wayAccount.length;
          for (const raw of closes) {
            const ways = W === 0 ? [] : [...new Set(raw.map((w) => w % W))];
            const closed = seed.closed!.slice();
            for (const w of ways) closed[w] = 1;
            const expected = propagate(c, null, { ...seed, closed });
            const off = closer.close(ways);
            expect(state(closer)).toEqual(state(expected));
            const turnedOff = [...open.slot.keys()].filter(
              (s) => open.slot[s] === 1 && expected.slot[s] === 0,
            );
            expect([...off].sort((p, q) => p - q)).toEqual(turnedOff);
            closer.restore();
            expect(state(closer)).toEqual(state(open));
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
