// The bottom-up cut sets equal a brute force over every set of at most three full bans, for all accounts and
// per target, on random maps with cycles of mutual recovery, capability ways and partial capabilities; the set
// algebra equals plain set arithmetic; deep chains do not overflow the stack; too much work is a clear error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutSetFamilies, cutSetsById } from '../src/engine/cut-sets.js';
import { compile } from '../src/engine/index.js';
import { type Family, SetAlgebra } from '../src/engine/set-family.js';
import { TooComplexError } from '../src/engine/too-complex.js';
import type { Account, BindingMap } from '../src/model/index.js';
import { mapArb } from './support/arbitrary.js';
import { naiveCutSets } from './support/naive-risk.js';

/**
 * Maps where the mail capability often has capability ways of its own (other than the access ways), many
 * requirements name `mail`, and ways point forward as well as back, so recovery cycles go through partial
 * capabilities.
 */
const partialArb = (maxN = 8): fc.Arbitrary<BindingMap> =>
  fc.integer({ min: 2, max: maxN }).chain((n) => {
    const req = fc.record({ to: fc.integer({ min: 0, max: n - 1 }), mail: fc.boolean() });
    const way = fc.array(req, { minLength: 1, maxLength: 2 });
    return fc
      .array(
        fc.record({
          root: fc.integer({ min: 0, max: 3 }).map((v) => v === 0),
          ways: fc.array(way, { minLength: 1, maxLength: 3 }),
          mailWays: fc.option(fc.array(way, { minLength: 1, maxLength: 2 }), { freq: 2 }),
        }),
        { minLength: n, maxLength: n },
      )
      .map((rows) => ({
        version: 1 as const,
        accounts: rows.map((r, i): Account => {
          const reqs = (w: { to: number; mail: boolean }[]) => ({
            requires: w.map((q) => ({ account: `p${q.to}`, ...(q.mail ? { capability: 'mail' } : {}) })),
          });
          return {
            id: `p${i}`,
            kind: 'service',
            label: `P${i}`,
            capabilities: ['access', 'mail'],
            ...(r.root || i === 0 ? {} : { ways: r.ways.map(reqs) }),
            ...(r.mailWays ? { capabilityWays: { mail: r.mailWays.map(reqs) } } : {}),
          };
        }),
      }));
  });

const allCutSets = (map: BindingMap, order: 1 | 2 | 3) => {
  const c = compile(map);
  const reachable = [...c.order].filter((x) => {
    const f = cutSetFamilies(c, order, [x]).cutOf(x);
    return !(f.length === 1 && f[0] === 0);
  });
  return cutSetsById(c, cutSetFamilies(c, order), reachable, order);
};

const perTarget = (map: BindingMap, order: 1 | 2 | 3, id: string) => {
  const c = compile(map);
  const x = c.index.get(id)!;
  const fams = cutSetFamilies(c, order, [x]);
  const f = fams.cutOf(x);
  return f.length === 1 && f[0] === 0 ? undefined : cutSetsById(c, fams, [x], order)[id];
};

describe('minimal cut sets against the brute force', () => {
  for (const order of [1, 2, 3] as const) {
    it(`equal the brute force at order ${order} for every account of random maps with cycles`, () => {
      fc.assert(
        fc.property(mapArb(7), (map) => {
          expect(allCutSets(map, order)).toEqual(naiveCutSets(map, order));
        }),
        { numRuns: 150 },
      );
    });

    it(`equal the brute force at order ${order} with capability ways and requirements on partial capabilities`, () => {
      fc.assert(
        fc.property(partialArb(7), (map) => {
          expect(allCutSets(map, order)).toEqual(naiveCutSets(map, order));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('give for one target exactly the brute-force cut sets of that account, at every order', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(mapArb(7), partialArb(7))
          .chain((map) =>
            fc.tuple(
              fc.constant(map),
              fc.constantFrom(...map.accounts.map((a) => a.id)),
              fc.constantFrom(1, 2, 3),
            ),
          ),
        ([map, id, order]) => {
          const o = order as 1 | 2 | 3;
          expect(perTarget(map, o, id)).toEqual(naiveCutSets(map, o, id)[id]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('cut sets on hand-made maps', () => {
  const chain = (n: number): BindingMap => ({
    version: 1,
    accounts: Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      kind: 'service' as const,
      label: `C${i}`,
      ...(i === 0 ? {} : { ways: [{ requires: [{ account: `c${i - 1}` }] }] }),
    })),
  });

  it('walks a chain of 12,000 accounts without overflowing the stack', () => {
    const c = compile(chain(12_000));
    const last = c.index.get('c11999')!;
    const f = cutSetFamilies(c, 1, [last]).cutOf(last);
    expect(f.length).toBe(11_999);
  });

  it('keeps a mailbox whose mail has its own way: losing the mail, not the access, is what cuts a service', () => {
    const map: BindingMap = {
      version: 1,
      accounts: [
        { id: 'phone', kind: 'phone', label: 'phone' },
        { id: 'key', kind: 'device', label: 'key' },
        {
          id: 'mail',
          kind: 'email',
          label: 'mail',
          capabilities: ['access', 'mail'],
          ways: [{ requires: [{ account: 'phone' }] }],
          capabilityWays: { mail: [{ requires: [{ account: 'key' }] }] },
        },
        {
          id: 'svc',
          kind: 'service',
          label: 'svc',
          ways: [{ requires: [{ account: 'mail', capability: 'mail' }] }],
        },
      ],
    };
    expect(perTarget(map, 2, 'svc')).toEqual({ spof: ['key', 'mail', 'phone'], pairs: [] });
    expect(perTarget(map, 2, 'mail')).toEqual({ spof: ['phone'], pairs: [] });
  });

  it('stops as soon as the report holds more sets than its limit, counting exactly the sets reported', () => {
    const c = compile(chain(100)); // c_k has k single points of failure: 4,950 in all
    const all = c.ids.map((_, i) => i);
    const limit = (report: number) => cutSetFamilies(c, 2, undefined, { steps: 1e8, sets: 1e7, report });
    expect(Object.values(cutSetsById(c, limit(4_950), all, 2)).reduce((n, x) => n + x.spof.length, 0)).toBe(
      4_950,
    );
    expect(() => limit(4_949)).toThrow(TooComplexError);
    expect(() =>
      cutSetFamilies(c, 2, [c.index.get('c99')!], { steps: 1e8, sets: 1e7, report: 10 }),
    ).not.toThrow();
  });

  it('reports too much work as map_too_complex, naming what to reduce, instead of running on', () => {
    const map = compile(chain(2_000));
    const run = () => cutSetFamilies(map, 3, undefined, { steps: 1_000, sets: 1_000_000 });
    expect(run).toThrow(TooComplexError);
    expect(run).toThrow(/too complex for a risk report of order 3.*ask for order 2, one target account/);
  });
});

describe('set algebra', () => {
  const sets = fc.uniqueArray(fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }), {
    maxLength: 8,
    selector: (s) => [...s].sort().join(),
  });
  const minimal = (xs: number[][], order: number): string[] => {
    const ok = xs.filter((s) => s.length <= order);
    return ok
      .filter((s) => !ok.some((t) => t.length < s.length && t.every((v) => s.includes(v))))
      .map((s) => [...s].sort((a, b) => a - b).join())
      .filter((k, i, all) => all.indexOf(k) === i)
      .sort();
  };
  const family = (alg: SetAlgebra, xs: number[][]): Family => {
    let f: Family = new Float64Array(0);
    for (const s of xs) {
      let one: Family = Float64Array.of(0);
      for (const v of s) one = alg.product(one, alg.single(v));
      f = alg.union([f, one]);
    }
    return f;
  };
  const shown = (alg: SetAlgebra, f: Family) => [...f].map((code) => alg.members(code).join()).sort();

  it('gives the minimal sets of plain unions and products, truncated at the order', () => {
    fc.assert(
      fc.property(sets, sets, fc.constantFrom(1, 2, 3), (xs, ys, order) => {
        const alg = new SetAlgebra(7, order);
        const [f, g] = [
          family(
            alg,
            xs.filter((s) => s.length <= order),
          ),
          family(
            alg,
            ys.filter((s) => s.length <= order),
          ),
        ];
        expect(shown(alg, alg.union([f, g]))).toEqual(minimal([...xs, ...ys], order));
        const products = xs.flatMap((x) => ys.map((y) => [...new Set([...x, ...y])]));
        expect(shown(alg, alg.product(f, g))).toEqual(minimal(products, order));
      }),
      { numRuns: 500 },
    );
  });
});
