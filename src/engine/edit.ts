/**
 * @module Pure editing operations on a map document, for the web editor: each takes a map and returns a new
 * one (the input is never modified; unchanged parts are shared), so an editor can keep immutable snapshots
 * for undo. Ids of new accounts are generated here (a slug plus a counter), never asked of the person.
 */
import type { Account, Asset, BindingMap, Requirement, Way } from '../model/index.js';
import { FORBIDDEN_IDS } from '../model/index.js';

/** Where a list of ways lives: an account's own ways, or the capability ways of one of its capabilities. */
export interface WayList {
  account: string;
  /** Set for capability ways: the capability they open. */
  capability?: string;
}

/** One way: its list and its index in that list. */
export interface WayRef extends WayList {
  index: number;
}

/** What deleting an account takes with it (for the confirmation), see {@link deleteAccount}. */
export interface DeleteEffects {
  /** Ways of other accounts that need the deleted account: they are removed with it. */
  ways: WayRef[];
  /** Accounts left with no way in afterwards: they become roots (held directly). */
  newRoots: string[];
  /** Scenario bans on the account: removed with it. */
  bans: number;
}

/** Lower-case ASCII letters, digits and `_` from a text (accents dropped), at most 40 characters; may be "". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
}

/**
 * A new account id: the slug of `base` (a provider id or a label), else of `fallback` (a kind), plus `_2`,
 * `_3`… when taken. Always a valid id (1..64 of [A-Za-z0-9_.:-], never a reserved name).
 */
export function newAccountId(map: BindingMap, base: string, fallback = 'account'): string {
  return freeAccountId(new Set(map.accounts.map((a) => a.id)), base, fallback);
}

/** {@link newAccountId} against a set of taken ids (for callers adding many accounts in one go). */
export function freeAccountId(taken: ReadonlySet<string>, base: string, fallback = 'account'): string {
  const stem = slug(base) || slug(fallback) || 'account';
  const free = (id: string) => !taken.has(id) && !FORBIDDEN_IDS.includes(id);
  if (free(stem)) return stem;
  for (let n = 2; ; n++) if (free(`${stem}_${n}`)) return `${stem}_${n}`;
}

const capOf = (r: Requirement) => r.capability ?? 'access';
const sameReq = (a: Requirement, b: Requirement) => a.account === b.account && capOf(a) === capOf(b);

/** Sets the title; a blank title removes it. */
export function setTitle(map: BindingMap, title: string): BindingMap {
  const { title: _old, ...rest } = map;
  const t = title.trim();
  return t === '' ? rest : { ...rest, title: t };
}

/** Appends an account. */
export function addAccount(map: BindingMap, account: Account): BindingMap {
  return { ...map, accounts: [...map.accounts, account] };
}

/** Replaces the account with this id by `change(account)`; the same map when there is no such account. */
export function updateAccount(map: BindingMap, id: string, change: (a: Account) => Account): BindingMap {
  const i = map.accounts.findIndex((a) => a.id === id);
  if (i < 0) return map;
  const accounts = [...map.accounts];
  accounts[i] = change(map.accounts[i]!);
  return { ...map, accounts };
}

/** Sets an optional field of an account, removing it when `value` is undefined. */
export function setField<K extends 'capabilities' | 'notes' | 'provider' | 'assets'>(
  account: Account,
  key: K,
  value: Account[K] | undefined,
): Account {
  const out: Account = { ...account };
  if (value === undefined) delete out[key];
  else out[key] = value;
  return out;
}

/** The ways of a list (an empty list when there are none). */
export function waysOf(account: Account, capability?: string): readonly Way[] {
  return capability === undefined ? (account.ways ?? []) : (account.capabilityWays?.[capability] ?? []);
}

/** Replaces a list of ways; an empty list removes the field (and an empty `capabilityWays`). */
export function setWays(map: BindingMap, list: WayList, ways: readonly Way[]): BindingMap {
  return updateAccount(map, list.account, (a) => {
    if (list.capability === undefined) {
      const { ways: _old, ...rest } = a;
      return ways.length === 0 ? rest : { ...rest, ways: [...ways] };
    }
    const { capabilityWays: old, ...rest } = a;
    const cw: Record<string, Way[]> = {};
    for (const [cap, list2] of Object.entries(old ?? {})) if (cap !== list.capability) cw[cap] = list2;
    if (ways.length > 0) cw[list.capability] = [...ways];
    return Object.keys(cw).length === 0 ? rest : { ...rest, capabilityWays: cw };
  });
}

function listOf(map: BindingMap, list: WayList): readonly Way[] {
  const a = map.accounts.find((x) => x.id === list.account);
  return a ? waysOf(a, list.capability) : [];
}

/** Appends a way to a list. */
export function addWay(map: BindingMap, list: WayList, way: Way): BindingMap {
  return setWays(map, list, [...listOf(map, list), way]);
}

/** Replaces one way. */
export function replaceWay(map: BindingMap, ref: WayRef, way: Way): BindingMap {
  const ways = [...listOf(map, ref)];
  if (ref.index < 0 || ref.index >= ways.length) return map;
  ways[ref.index] = way;
  return setWays(map, ref, ways);
}

/** Removes one way. */
export function removeWay(map: BindingMap, ref: WayRef): BindingMap {
  const ways = listOf(map, ref);
  if (ref.index < 0 || ref.index >= ways.length) return map;
  return setWays(
    map,
    ref,
    ways.filter((_, i) => i !== ref.index),
  );
}

/**
 * Adds a requirement to way `index` of a list (AND), or as a new way of its own (`"new"`, OR). The same map
 * when that way already has it.
 */
export function addRequirement(
  map: BindingMap,
  list: WayList,
  index: number | 'new',
  req: Requirement,
  purpose?: Way['purpose'],
): BindingMap {
  const r: Requirement = { account: req.account, capability: capOf(req) };
  if (index === 'new') return addWay(map, list, { ...(purpose ? { purpose } : {}), requires: [r] });
  const way = listOf(map, list)[index];
  if (!way || way.requires.some((x) => sameReq(x, r))) return map;
  return replaceWay(map, { ...list, index }, { ...way, requires: [...way.requires, r] });
}

/**
 * Removes a requirement from a way. When it was the way's last one and `dropEmptyWay` is set (an arrow
 * deleted in the graph), the way goes too, rather than becoming a way that needs nothing.
 */
export function removeRequirement(
  map: BindingMap,
  ref: WayRef,
  req: Requirement,
  dropEmptyWay: boolean,
): BindingMap {
  const way = listOf(map, ref)[ref.index];
  if (!way) return map;
  const requires = way.requires.filter((x) => !sameReq(x, req));
  if (requires.length === way.requires.length) return map;
  if (requires.length === 0 && dropEmptyWay) return removeWay(map, ref);
  return replaceWay(map, ref, { ...way, requires });
}

/** Replaces the assets of an account (an empty list removes the field). */
export function setAssets(map: BindingMap, id: string, assets: readonly Asset[]): BindingMap {
  return updateAccount(map, id, (a) => setField(a, 'assets', assets.length ? [...assets] : undefined));
}

/** Every way of another account that needs `id`, and what else deleting `id` changes. */
export function deleteEffects(map: BindingMap, id: string): DeleteEffects {
  const ways: WayRef[] = [];
  const newRoots: string[] = [];
  for (const a of map.accounts) {
    if (a.id === id) continue;
    const own = a.ways ?? [];
    let removedOwn = 0;
    own.forEach((w, index) => {
      if (w.requires.some((r) => r.account === id)) {
        ways.push({ account: a.id, index });
        removedOwn++;
      }
    });
    for (const [capability, list] of Object.entries(a.capabilityWays ?? {}))
      list.forEach((w, index) => {
        if (w.requires.some((r) => r.account === id)) ways.push({ account: a.id, capability, index });
      });
    if (own.length > 0 && removedOwn === own.length) newRoots.push(a.id);
  }
  const bans = (map.scenarios ?? []).reduce((n, s) => n + s.bans.filter((b) => b.account === id).length, 0);
  return { ways, newRoots, bans };
}

/**
 * Deletes an account with every way of another account that needs it (a way cannot work without one of its
 * requirements, and keeping it minus that requirement would make it easier to get in than it is) and every
 * scenario ban on it. An account whose every way needed it is left a root; {@link deleteEffects} names them.
 */
export function deleteAccount(map: BindingMap, id: string): BindingMap {
  const needs = (w: Way) => w.requires.some((r) => r.account === id);
  const accounts = map.accounts
    .filter((a) => a.id !== id)
    .map((a) => {
      let out = a;
      if (a.ways?.some(needs)) {
        const { ways: _w, ...rest } = out;
        const kept = a.ways.filter((w) => !needs(w));
        out = kept.length ? { ...rest, ways: kept } : rest;
      }
      if (a.capabilityWays && Object.values(a.capabilityWays).some((l) => l.some(needs))) {
        const { capabilityWays: _c, ...rest } = out;
        const cw: Record<string, Way[]> = {};
        for (const [cap, list] of Object.entries(a.capabilityWays)) {
          const kept = list.filter((w) => !needs(w));
          if (kept.length) cw[cap] = kept;
        }
        out = Object.keys(cw).length ? { ...rest, capabilityWays: cw } : rest;
      }
      return out;
    });
  const out: BindingMap = { ...map, accounts };
  if (map.scenarios?.some((s) => s.bans.some((b) => b.account === id)))
    out.scenarios = map.scenarios.map((s) => ({ ...s, bans: s.bans.filter((b) => b.account !== id) }));
  return out;
}
