// Property tests: the engine equals a naive fixpoint reference on random maps with cycles, and keeps the
// invariants of DESIGN §3 (permutation-invariant, monotone, idempotent, terminating).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, impact } from '../src/engine/index.js';
import type { Ban, BindingMap, Impact } from '../src/model/index.js';
import { bansArb, mapAndBansArb, mapArb } from './support/arbitrary.js';
import { naiveImpact } from './support/naive.js';

const run = (map: BindingMap, bans: Ban[]) => impact(compile(map), bans);
const RUNS = { numRuns: 400 };

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Permutes accounts and requirements, repeats a requirement; keeps way order so way indices stay put. */
function permute(map: BindingMap, seed: number): BindingMap {
  return {
    ...map,
    accounts: shuffle(map.accounts, seed).map((a, i) => ({
      ...a,
      ways: a.ways?.map((w) => ({
        ...w,
        requires: shuffle([...w.requires, ...w.requires.slice(0, 1)], seed + i),
      })),
    })),
  };
}

/** Reverses the ways of every account and maps `because` way indices back, to compare with the original. */
function reverseWays(map: BindingMap): BindingMap {
  return { ...map, accounts: map.accounts.map((a) => (a.ways ? { ...a, ways: [...a.ways].reverse() } : a)) };
}

describe('engine against the naive reference', () => {
  it('gives exactly the reference impact on random maps with cycles', () => {
    fc.assert(
      fc.property(mapAndBansArb(), ({ map, bans }) => {
        expect(run(map, bans)).toEqual(naiveImpact(map, bans));
      }),
      RUNS,
    );
  });
});

describe('invariants', () => {
  it('does not depend on the order of accounts or requirements, or on repeated requirements', () => {
    fc.assert(
      fc.property(mapAndBansArb(), fc.integer(), ({ map, bans }, seed) => {
        expect(run(permute(map, seed), shuffle(bans, seed))).toEqual(run(map, bans));
      }),
      RUNS,
    );
  });

  it('does not depend on the order of ways, up to their indices', () => {
    fc.assert(
      fc.property(mapAndBansArb(), ({ map, bans }) => {
        const a = run(map, bans);
        const b = run(reverseWays(map), bans);
        for (const acc of map.accounts) {
          const n = acc.ways?.length ?? 0;
          const back = b.accounts[acc.id]!.because.map((x) =>
            x.capability === undefined ? { ...x, way: n - 1 - x.way } : x,
          );
          const key = (x: { way: number; capability?: string }) => `${x.capability ?? ''}/${x.way}`;
          expect(back.sort((x, y) => (key(x) < key(y) ? -1 : 1))).toEqual(
            [...a.accounts[acc.id]!.because].sort((x, y) => (key(x) < key(y) ? -1 : 1)),
          );
          expect({ ...b.accounts[acc.id], because: [] }).toEqual({ ...a.accounts[acc.id], because: [] });
        }
        expect(b.totals).toEqual(a.totals);
      }),
      RUNS,
    );
  });

  it('never restores anything when more is banned (monotone)', () => {
    fc.assert(
      fc.property(
        mapArb().chain((map) => fc.tuple(fc.constant(map), bansArb(map), bansArb(map))),
        ([map, some, more]) => {
          const small = run(map, some);
          const big = run(map, [...some, ...more]);
          for (const id of Object.keys(small.accounts)) {
            const s = small.accounts[id]!;
            const b = big.accounts[id]!;
            for (const cap of b.kept) expect(s.kept).toContain(cap);
            if (s.status !== 'ok') expect(b.status).not.toBe('ok');
            if (s.status === 'cut') expect(['cut', 'banned']).toContain(b.status);
          }
          const lostIds = (i: Impact) => new Set(i.assets.lost.map((r) => `${r.account}/${r.index}`));
          for (const k of lostIds(small)) expect(lostIds(big).has(k)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('treats banning an account twice as banning it once (idempotent)', () => {
    fc.assert(
      fc.property(mapAndBansArb(), ({ map, bans }) => {
        expect(run(map, [...bans, ...bans])).toEqual(run(map, bans));
      }),
      RUNS,
    );
  });

  it('changes nothing without a ban', () => {
    fc.assert(
      fc.property(mapArb(), (map) => {
        const r = run(map, []);
        for (const a of Object.values(r.accounts)) expect(['ok', 'unreachable']).toContain(a.status);
        expect(r.assets.lost).toEqual([]);
      }),
      RUNS,
    );
  });
});
