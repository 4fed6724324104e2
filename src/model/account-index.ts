/**
 * @module Finding an account of a map by id without scanning the list: an index built once per map object
 * and remembered, so per-row look-ups (labels in a table of a million accounts) stay constant time.
 */
import type { Account, BindingMap } from './map.js';

const cache = new WeakMap<BindingMap, { count: number; index: Map<string, Account> }>();

/** The account with this id (the first one on a duplicate id), or undefined. */
export function accountById(map: BindingMap, id: string): Account | undefined {
  let entry = cache.get(map);
  // NOTE: a map that gained or lost accounts in place rebuilds its index (the engine's own edits copy the map).
  if (entry === undefined || entry.count !== map.accounts.length) {
    const index = new Map<string, Account>();
    for (const a of map.accounts) if (!index.has(a.id)) index.set(a.id, a);
    entry = { count: map.accounts.length, index };
    cache.set(map, entry);
  }
  return entry.index.get(id);
}
