/**
 * fast-check generators of random valid maps (with cycles, AND/OR ways, capability ways, assets) and of
 * ban lists over them, for the property tests.
 */
import fc from 'fast-check';
import type { Ban, BindingMap, Way } from '../../src/model/index.js';

const CAPS = ['access', 'mail', 'sms', 'pay', 'withdraw'];

export interface MapShape {
  n: number;
  caps: string[][];
}

const wayArb = (n: number, caps: string[][]): fc.Arbitrary<Way> =>
  fc
    .array(
      fc
        .integer({ min: 0, max: n - 1 })
        .chain((a) => fc.constantFrom(...caps[a]!).map((c) => ({ account: `a${a}`, capability: c }))),
      { maxLength: 3 },
    )
    .map((requires) => ({ requires }));

/** A random valid map of 1..maxN accounts; roots, cycles and self-requirements all occur. */
export const mapArb = (maxN = 9): fc.Arbitrary<BindingMap> =>
  fc
    .integer({ min: 1, max: maxN })
    .chain((n) =>
      fc.array(fc.subarray(CAPS.slice(1)), { minLength: n, maxLength: n }).map((extra) => ({
        n,
        caps: extra.map((e) => ['access', ...e]),
      })),
    )
    .chain(({ n, caps }) =>
      fc
        .tuple(
          ...caps.map((myCaps, i) =>
            fc.record({
              ways: fc.oneof(
                { weight: 1, arbitrary: fc.constant([] as Way[]) },
                { weight: 4, arbitrary: fc.array(wayArb(n, caps), { minLength: 1, maxLength: 3 }) },
              ),
              capWays: fc.option(
                fc.tuple(
                  fc.constantFrom(...myCaps),
                  fc.array(wayArb(n, caps), { minLength: 1, maxLength: 2 }),
                ),
                { freq: 4 },
              ),
              assets: fc.array(
                fc.record({
                  value: fc.option(
                    fc.integer({ min: 0, max: 100_000 }).map((v) => v / 100),
                    { nil: undefined },
                  ),
                  needs: fc.constantFrom(...myCaps),
                  currency: fc.constantFrom('CNY', 'USD', 'JPY'),
                }),
                { maxLength: 2 },
              ),
              i: fc.constant(i),
            }),
          ),
        )
        .map((rows) => ({
          version: 1 as const,
          accounts: rows.map((r) => ({
            id: `a${r.i}`,
            kind: 'service' as const,
            label: `Account ${r.i}`,
            capabilities: caps[r.i]!,
            ...(r.ways.length > 0 ? { ways: r.ways } : {}),
            ...(r.capWays ? { capabilityWays: { [r.capWays[0]]: r.capWays[1] } } : {}),
            assets: r.assets.map((a, k) => ({
              label: `asset ${k}`,
              kind: 'money' as const,
              needs: a.needs,
              currency: a.currency,
              ...(a.value !== undefined ? { value: a.value } : {}),
            })),
          })),
        })),
    );

/** Random bans over a map: whole-account bans and capability subsets. */
export const bansArb = (map: BindingMap, maxLength = 3): fc.Arbitrary<Ban[]> =>
  fc.array(
    fc.constantFrom(...map.accounts).chain((a) =>
      fc.oneof(
        fc.constant<Ban>({ account: a.id }),
        fc.constant<Ban>({ account: a.id, lose: 'all' }),
        fc.subarray(a.capabilities ?? ['access']).map((lose): Ban => ({ account: a.id, lose })),
      ),
    ),
    { maxLength },
  );

/** A map together with bans over it. */
export const mapAndBansArb = (maxN = 9, maxBans = 3) =>
  mapArb(maxN).chain((map) => bansArb(map, maxBans).map((bans) => ({ map, bans })));
