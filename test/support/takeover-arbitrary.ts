/**
 * fast-check generators for takeover property tests: random maps (cycles, empty ways, capability ways) whose
 * ways are randomly secret, with whole and partial holds and known passwords over them.
 */
import fc from 'fast-check';
import type { BindingMap, Hold, Way } from '../../src/model/index.js';
import { mapArb } from './arbitrary.js';

/** Every way of a map, own ways then capability ways, in a fixed order. */
function allWays(map: BindingMap): Way[] {
  return map.accounts.flatMap((a) => [...(a.ways ?? []), ...Object.values(a.capabilityWays ?? {}).flat()]);
}

/** A random map whose ways are each secret, explicitly not secret, or unmarked. */
export const secretMapArb = (maxN = 9): fc.Arbitrary<BindingMap> =>
  mapArb(maxN).chain((map) => {
    const count = allWays(map).length;
    return fc
      .array(fc.constantFrom<boolean | undefined>(true, false, undefined), {
        minLength: count,
        maxLength: count,
      })
      .map((flags) => {
        const copy = structuredClone(map);
        allWays(copy).forEach((w, i) => {
          if (flags[i] !== undefined) w.secret = flags[i];
        });
        return copy;
      });
  });

/** Random holds over a map: whole accounts and subsets of their capabilities. */
export const holdsArb = (map: BindingMap, maxLength = 3): fc.Arbitrary<Hold[]> =>
  fc.array(
    fc.constantFrom(...map.accounts).chain((a) =>
      fc.oneof(
        fc.constant<Hold>({ account: a.id }),
        fc
          .subarray(a.capabilities ?? ['access'])
          .map((capabilities): Hold => ({ account: a.id, capabilities })),
      ),
    ),
    { maxLength },
  );

/** Random known passwords: a subset of the account ids. */
export const knowsArb = (map: BindingMap): fc.Arbitrary<string[]> =>
  fc.subarray(
    map.accounts.map((a) => a.id),
    { maxLength: Math.min(3, map.accounts.length) },
  );

/** A map with holds and knows over it. */
export const takeoverCaseArb = (maxN = 9) =>
  secretMapArb(maxN).chain((map) =>
    fc.record({
      map: fc.constant(map),
      holds: holdsArb(map),
      knows: fc.oneof(fc.constant<string[]>([]), knowsArb(map)),
    }),
  );
