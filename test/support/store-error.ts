/** The StoreError a store call throws, for tests that assert on its code; fails when it throws nothing. */
import { isStoreError, type StoreError } from '../../src/store/index.js';

/** Runs `f` and returns the StoreError it throws; any other error propagates, no error fails the test. */
export function thrown(f: () => unknown): StoreError {
  try {
    f();
  } catch (e) {
    if (isStoreError(e)) return e;
    throw e;
  }
  throw new Error('expected a StoreError');
}
