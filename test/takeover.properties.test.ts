// Property tests: takeover equals a naive fixpoint reference of DESIGN §4b on random maps with cycles, secret,
// empty and capability ways and partial holds, and keeps the invariants of impact (permutation-invariant,
// monotone, idempotent, terminating).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, impact, takeover } from '../src/engine/index.js';
import type { BindingMap, Hold, Takeover } from '../src/model/index.js';
import { bansArb, mapArb } from './support/arbitrary.js';
import { naiveTakeover } from './support/naive-takeover.js';
import { holdsArb, knowsArb, secretMapArb, takeoverCaseArb } from './support/takeover-arbitrary.js';

const run = (map: BindingMap, holds: Hold[], knows: string[] = []) => takeover(compile(map), holds, knows);
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

/** Permutes accounts and requirements and repeats a requirement; way order stays, so `via` indices stay put. */
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

const nonSafe = (t: Takeover) => Object.keys(t.accounts).filter((id) => t.accounts[id]!.status !== 'safe');

describe('takeover against the naive reference', () => {
  it('gives exactly the reference takeover on random maps with cycles, secret ways and partial holds', () => {
    fc.assert(
      fc.property(takeoverCaseArb(), ({ map, holds, knows }) => {
        expect(run(map, holds, knows)).toEqual(naiveTakeover(map, holds, knows));
      }),
      RUNS,
    );
  });
});

describe('takeover invariants', () => {
  it('does not depend on the order of accounts, requirements, holds or known passwords', () => {
    fc.assert(
      fc.property(takeoverCaseArb(), fc.integer(), ({ map, holds, knows }, seed) => {
        expect(run(permute(map, seed), shuffle(holds, seed), shuffle(knows, seed))).toEqual(
          run(map, holds, knows),
        );
      }),
      RUNS,
    );
  });

  it('does not depend on the order of ways, except for which open way `via` names first', () => {
    fc.assert(
      fc.property(takeoverCaseArb(), ({ map, holds, knows }) => {
        const reversed = {
          ...map,
          accounts: map.accounts.map((a) => (a.ways ? { ...a, ways: [...a.ways].reverse() } : a)),
        };
        const strip = (t: Takeover) =>
          Object.fromEntries(
            Object.entries(t.accounts).map(([id, a]) => [id, { status: a.status, takes: a.takes }]),
          );
        const a = run(map, holds, knows);
        const b = run(reversed, holds, knows);
        expect(strip(b)).toEqual(strip(a));
        expect(b.totals).toEqual(a.totals);
      }),
      RUNS,
    );
  });

  it('never takes less when the stranger holds or knows more (monotone)', () => {
    fc.assert(
      fc.property(
        secretMapArb().chain((map) =>
          fc.tuple(fc.constant(map), holdsArb(map), holdsArb(map), knowsArb(map), knowsArb(map)),
        ),
        ([map, some, more, knows, moreKnows]) => {
          const small = run(map, some, knows);
          const big = run(map, [...some, ...more], [...knows, ...moreKnows]);
          for (const id of Object.keys(small.accounts)) {
            for (const cap of small.accounts[id]!.takes) expect(big.accounts[id]!.takes).toContain(cap);
          }
          for (const id of nonSafe(small)) expect(big.accounts[id]!.status).not.toBe('safe');
          const ids = (t: Takeover) => new Set(t.assets.exposed.map((r) => `${r.account}/${r.index}`));
          for (const k of ids(small)) expect(ids(big).has(k)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('treats holding an account twice as holding it once (idempotent)', () => {
    fc.assert(
      fc.property(takeoverCaseArb(), ({ map, holds, knows }) => {
        expect(run(map, [...holds, ...holds], [...knows, ...knows])).toEqual(run(map, holds, knows));
      }),
      RUNS,
    );
  });

  it('takes nothing when the stranger holds nothing and knows no password', () => {
    fc.assert(
      fc.property(secretMapArb(), (map) => {
        const t = run(map, []);
        expect(nonSafe(t)).toEqual([]);
        expect(t.assets.exposed).toEqual([]);
        expect(t.counts.safe).toBe(map.accounts.length);
      }),
      RUNS,
    );
  });

  it('never opens a secret or empty way of an account whose password is not known', () => {
    fc.assert(
      fc.property(takeoverCaseArb(), ({ map, holds, knows }) => {
        const t = run(map, holds, knows);
        for (const acc of map.accounts) {
          const via = t.accounts[acc.id]!.via;
          if (via === undefined || knows.includes(acc.id)) continue;
          const way =
            via.capabilityWay === undefined
              ? acc.ways![via.way]!
              : acc.capabilityWays![via.capabilityWay]![via.way]!;
          expect(way.secret).not.toBe(true);
          expect(way.requires.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('leaves ban impact unchanged by the secret flag (the owner knows the secret)', () => {
    fc.assert(
      fc.property(
        mapArb().chain((map) => fc.tuple(fc.constant(map), bansArb(map))),
        ([map, bans]) => {
          const marked = structuredClone(map);
          for (const a of marked.accounts) for (const w of a.ways ?? []) w.secret = true;
          expect(impact(compile(marked), bans)).toEqual(impact(compile(map), bans));
        },
      ),
      RUNS,
    );
  });
});
