// The ban stack that the risk report runs on: any sequence of stacked full bans gives exactly the availability
// of one full propagation with those bans, popping restores the state before, and a lift equals a real new way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BanStack } from '../src/engine/ban-stack.js';
import { cutSetFamilies } from '../src/engine/cut-sets.js';
import { baseline, compile, expandBans, lostSlots, propagate } from '../src/engine/index.js';
import { lostBy, singleLosses } from '../src/engine/single-loss.js';
import type { BindingMap } from '../src/model/index.js';
import { mapArb } from './support/arbitrary.js';

const mapAndTargets = mapArb(9).chain((map) =>
  fc.tuple(
    fc.constant(map),
    fc.uniqueArray(fc.integer({ min: 0, max: map.accounts.length - 1 }), { maxLength: 4 }),
    fc.integer({ min: 0, max: map.accounts.length - 1 }),
  ),
);

const state = (s: BanStack) => ({ slot: [...s.slot], reach: [...s.reach], way: [...s.way] });
const full = (map: BindingMap, banned: number[]) => {
  const c = compile(map);
  const now = propagate(
    c,
    lostSlots(
      c,
      expandBans(
        c,
        banned.map((i) => ({ account: c.ids[i]! })),
      ),
    ),
  );
  return { slot: [...now.slot], reach: [...now.reach], way: [...now.way] };
};

describe('ban stack', () => {
  it('gives after each push the availability of a full propagation with all the stacked bans', () => {
    fc.assert(
      fc.property(mapAndTargets, ([map, targets]) => {
        const c = compile(map);
        const stack = new BanStack(c, baseline(c));
        const before: ReturnType<typeof state>[] = [];
        targets.forEach((t, i) => {
          before.push(state(stack));
          stack.push(t);
          expect(state(stack)).toEqual(full(map, targets.slice(0, i + 1)));
        });
        for (let i = targets.length - 1; i >= 0; i--) {
          stack.pop();
          expect(state(stack)).toEqual(before[i]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads each single ban from the cut-set families: pushKnown gives the state of push, and pops back', () => {
    fc.assert(
      fc.property(mapAndTargets, fc.constantFrom<1 | 2 | 3>(1, 2, 3), ([map, , x], order) => {
        const c = compile(map);
        const losses = singleLosses(c, baseline(c), cutSetFamilies(c, order));
        const stack = new BanStack(c, baseline(c));
        const before = state(stack);
        stack.pushKnown(x, lostBy(losses, x));
        expect(state(stack)).toEqual(full(map, [x]));
        const known = [...stack.changed().slots].sort();
        stack.pop();
        expect(state(stack)).toEqual(before);
        stack.push(x);
        expect([...stack.changed().slots].sort()).toEqual(known);
      }),
      { numRuns: 500 },
    );
  });

  it('lifts an account exactly as if it had one more way in that needs nothing, and unlifts back', () => {
    fc.assert(
      fc.property(mapAndTargets, ([map, targets, x]) => {
        const c = compile(map);
        fc.pre(!targets.includes(x) && baseline(c).reach[x] === 1);
        const stack = new BanStack(c, baseline(c));
        for (const t of targets) stack.push(t);
        const before = state(stack);
        stack.lift(x);
        const withWay: BindingMap = {
          ...map,
          accounts: map.accounts.map((a, i) =>
            i === x ? { ...a, ways: [...(a.ways ?? []), { requires: [] }] } : a,
          ),
        };
        const expected = full(withWay, targets);
        // The compiled copy numbers one more way (the new one): compare the ways both maps have.
        const extra = extraWay(withWay, x);
        expect(state(stack)).toEqual({ ...expected, way: expected.way.filter((_, w) => w !== extra) });
        stack.unlift();
        expect(state(stack)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

/** Index of the way appended to account `x` in the compiled copy (own ways are numbered account by account). */
function extraWay(map: BindingMap, x: number): number {
  const c = compile(map);
  let last = -1;
  for (let k = c.accountWayStart[x]!; k < c.accountWayStart[x + 1]!; k++) {
    const w = c.accountWays[k]!;
    if (c.wayTarget[w]! < 0) last = w;
  }
  return last;
}
