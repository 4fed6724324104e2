/** @module The no-ban availability of a compiled map, computed once per compiled map and remembered. */
import type { Compiled } from './compile.js';
import { type Availability, propagate } from './propagate.js';

const cache = new WeakMap<Compiled, Availability>();

/** Availability with no ban (memoised: a compiled map is immutable). */
export function baseline(c: Compiled): Availability {
  let b = cache.get(c);
  if (!b) {
    b = propagate(c, null);
    cache.set(c, b);
  }
  return b;
}
