// Property tests of the risk report: it equals a brute-force reference (every single, pair and triple of full
// bans through the naive impact) on random maps with cycles, and its blast radius equals impact() per account.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, impact, risk } from '../src/engine/index.js';
import type { BindingMap, Risk } from '../src/model/index.js';
import { mapArb } from './support/arbitrary.js';
import { naiveRisk } from './support/naive-risk.js';

/**
 * Layered maps rich in alternatives (a few roots, accounts with OR ways over earlier accounts, some ways
 * pointing forward to make recovery cycles), where pairs and triples of bans are common.
 */
const layeredArb = (maxN = 9): fc.Arbitrary<BindingMap> =>
  fc.integer({ min: 3, max: maxN }).chain((n) =>
    fc
      .tuple(
        fc.integer({ min: 2, max: 4 }),
        fc.array(
          fc.record({
            ways: fc.array(
              fc.array(
                fc.tuple(
                  fc.integer({ min: 0, max: 99 }),
                  fc.integer({ min: 0, max: 4 }).map((v) => v === 0),
                  fc.boolean(),
                ),
                {
                  minLength: 1,
                  maxLength: 2,
                  size: 'xsmall',
                },
              ),
              { minLength: 1, maxLength: 4 },
            ),
            mail: fc.boolean(),
            value: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
            kind: fc.constantFrom('service', 'service', 'email', 'device'),
          }),
          { minLength: n, maxLength: n },
        ),
      )
      .map(([roots, rows]) => ({
        version: 1 as const,
        accounts: rows.map((r, i) => ({
          id: `x${i}`,
          kind: (i < roots ? 'phone' : r.kind) as 'phone' | 'service' | 'email' | 'device',
          label: `X${i}`,
          capabilities: r.mail ? ['access', 'mail'] : ['access'],
          ...(i < roots
            ? {}
            : {
                ways: r.ways.map((reqs) => ({
                  requires: reqs.map(([t, forward, mail]) => {
                    const target = forward ? (i + 1 + (t % n)) % n : t % i;
                    return {
                      account: `x${target}`,
                      ...(mail && rows[target]!.mail ? { capability: 'mail' } : {}),
                    };
                  }),
                })),
              }),
          ...(r.value !== undefined
            ? { assets: [{ label: 'a', kind: 'money' as const, value: r.value }] }
            : {}),
        })),
      })),
  );

/** The same map with accounts shuffled and each way's requirements reversed, one of them repeated. */
function permute(map: BindingMap, seed: number): BindingMap {
  const accounts = [...map.accounts];
  let x = seed >>> 0 || 1;
  for (let i = accounts.length - 1; i > 0; i--) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const j = x % (i + 1);
    [accounts[i], accounts[j]] = [accounts[j]!, accounts[i]!];
  }
  return {
    ...map,
    accounts: accounts.map((a) =>
      a.ways
        ? {
            ...a,
            ways: a.ways.map((w) => ({
              ...w,
              requires: [...w.requires, ...w.requires.slice(0, 1)].reverse(),
            })),
          }
        : a,
    ),
  };
}

const withoutText = (r: Risk) => ({
  ...r,
  recommendations: r.recommendations.map(({ text: _t, textZh: _z, ...rest }) => rest),
});

describe('risk against the brute-force reference', () => {
  it('gives exactly the reference report of order 3 on random maps with cycles', () => {
    fc.assert(
      fc.property(mapArb(8), (map) => {
        expect(withoutText(risk(compile(map), { order: 3 }))).toEqual(naiveRisk(map, 3));
      }),
      { numRuns: 300 },
    );
  });

  it('gives exactly the reference triples, pairs and recommendations on layered maps with alternatives', () => {
    fc.assert(
      fc.property(layeredArb(9), (map) => {
        expect(withoutText(risk(compile(map), { order: 3 }))).toEqual(naiveRisk(map, 3));
      }),
      { numRuns: 300 },
    );
  });

  it('gives exactly the reference pairs of order 2 on larger random maps', () => {
    fc.assert(
      fc.property(mapArb(12), (map) => {
        expect(withoutText(risk(compile(map)))).toEqual(naiveRisk(map, 2));
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of accounts or requirements, or on a repeated requirement', () => {
    fc.assert(
      fc.property(layeredArb(9), fc.integer(), (map, seed) => {
        expect(risk(compile(permute(map, seed)), { order: 3 })).toEqual(risk(compile(map), { order: 3 }));
      }),
      { numRuns: 200 },
    );
  });

  it('reports for each account the same counts and money lost as impact() of its single full ban', () => {
    fc.assert(
      fc.property(mapArb(10), (map) => {
        const c = compile(map);
        for (const b of risk(c, { order: 1 }).blastRadius) {
          const r = impact(c, [{ account: b.account }]);
          expect(b).toEqual({
            account: b.account,
            cut: r.counts.cut,
            partial: r.counts.partial,
            degraded: r.counts.degraded,
            lost: r.totals.lost,
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
