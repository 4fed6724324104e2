/**
 * @module The fast path of `parseMap` for the common case, a valid map: one walk over the document checks
 * the shape MapSchema describes and the references `checkReferences` checks, and builds the account table
 * that compile needs, without zod's copy of the document. It answers only when it is sure the map is valid;
 * on any doubt (an error, an unusual value, timelines) it returns null and zod decides, with its messages.
 * test/fast-parse.properties.test.ts holds it to MapSchema on random and mutated documents.
 */
import { getPreset, getProvider } from '../catalog/index.js';
import {
  ASSET_KINDS,
  type BindingMap,
  FORBIDDEN_IDS,
  ID_PATTERN,
  type Issue,
  KINDS,
  type Validation,
  type Way,
} from '../model/index.js';
import { type AccountTable, type Compiled, capabilitiesOf, compile } from './compile.js';
import { selfRequirement, unknownProvider, unreachableWarnings } from './map-warnings.js';

// NOTE: these mirror src/model/map.ts field by field; a field added there and not here makes the fast path
// decline every map that uses it (an unknown key), never accept something the schema rejects.
const MAP_KEYS = new Set(['version', 'title', 'accounts', 'scenarios']);
const ACCOUNT_KEYS = new Set([
  'id',
  'kind',
  'label',
  'provider',
  'capabilities',
  'ways',
  'capabilityWays',
  'assets',
  'notes',
]);
const WAY_KEYS = new Set(['label', 'purpose', 'requires', 'secret']);
const REQUIREMENT_KEYS = new Set(['account', 'capability']);
const ASSET_KEYS = new Set(['label', 'kind', 'value', 'currency', 'needs']);
const SCENARIO_KEYS = new Set(['id', 'label', 'bans', 'notes']);
const BAN_KEYS = new Set(['account', 'lose', 'preset']);
const KIND_SET: ReadonlySet<unknown> = new Set(KINDS);
const ASSET_KIND_SET: ReadonlySet<unknown> = new Set(ASSET_KINDS);
const CURRENCY = /^[A-Z]{3}$/;

/** A parsed map comes with its compiled form (baseline already computed), so callers need not compile again. */
export type ParseResult =
  | { ok: true; map: BindingMap; compiled: Compiled; validation: Validation }
  | { ok: false; validation: Validation };

type Obj = Record<string, unknown>;

/** A plain object (what JSON.parse builds) whose keys are all allowed (an undefined value counts as absent,
 * as in zod; each field's check below treats it so). */
function plain(x: unknown, keys: ReadonlySet<string>): x is Obj {
  if (typeof x !== 'object' || x === null) return false;
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const k in x) if (!keys.has(k)) return false;
  return true;
}

const isId = (s: unknown): s is string =>
  typeof s === 'string' && ID_PATTERN.test(s) && !FORBIDDEN_IDS.includes(s);
const optId = (s: unknown) => s === undefined || isId(s);
const text = (s: unknown, min: number, max: number) =>
  typeof s === 'string' && s.length >= min && s.length <= max;
const optText = (s: unknown, min: number, max: number) => s === undefined || text(s, min, max);
const list = (x: unknown, max: number): x is unknown[] => Array.isArray(x) && x.length <= max;
/** Every element passes; a hole fails, as in zod (Array.prototype.every skips holes, so it is not used). */
function all(x: readonly unknown[], ok: (v: unknown) => boolean): boolean {
  for (let i = 0; i < x.length; i++) if (!ok(x[i])) return false;
  return true;
}
const optIds = (x: unknown, max: number) => x === undefined || (list(x, max) && all(x, isId));

function isAsset(x: unknown): boolean {
  if (!plain(x, ASSET_KEYS)) return false;
  const v = x.value;
  return (
    text(x.label, 1, 200) &&
    ASSET_KIND_SET.has(x.kind) &&
    (v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0)) &&
    (x.currency === undefined || (typeof x.currency === 'string' && CURRENCY.test(x.currency))) &&
    optId(x.needs)
  );
}

/** Checks one account's own fields (not its ways); returns false on any doubt. */
function isAccountShape(x: unknown): x is Obj {
  return (
    plain(x, ACCOUNT_KEYS) &&
    isId(x.id) &&
    KIND_SET.has(x.kind) &&
    text(x.label, 1, 200) &&
    optId(x.provider) &&
    optIds(x.capabilities, 64) &&
    optText(x.notes, 0, 10_000) &&
    (x.assets === undefined || (list(x.assets, 256) && all(x.assets, isAsset)))
  );
}

/** Checks a list of ways against the schema and the account table; warns on self-requirements. */
function waysOk(
  ways: unknown,
  path: readonly (string | number)[],
  owner: string,
  t: AccountTable,
  warnings: Issue[],
): boolean {
  if (!list(ways, 64)) return false;
  for (let j = 0; j < ways.length; j++) {
    const way = ways[j];
    if (!plain(way, WAY_KEYS) || !list(way.requires, 64)) return false;
    if (!optText(way.label, 0, 200)) return false;
    if (way.purpose !== undefined && way.purpose !== 'login' && way.purpose !== 'recovery') return false;
    if (way.secret !== undefined && typeof way.secret !== 'boolean') return false;
    const requires = way.requires;
    for (let k = 0; k < requires.length; k++) {
      const r = requires[k];
      if (!plain(r, REQUIREMENT_KEYS) || !isId(r.account) || !optId(r.capability)) return false;
      const a = t.index.get(r.account);
      if (a === undefined || !t.caps[a]!.includes((r.capability as string | undefined) ?? 'access'))
        return false;
      if (r.account === owner) warnings.push(selfRequirement([...path, j, 'requires', k], owner));
    }
  }
  return true;
}

/** Checks the scenarios: shape, unique ids, bans naming known accounts, capabilities and presets. */
export function scenariosOk(scenarios: unknown, t: AccountTable): boolean {
  if (scenarios === undefined) return true;
  if (!Array.isArray(scenarios)) return false;
  const seen = new Set<string>();
  for (const sc of scenarios) {
    if (!plain(sc, SCENARIO_KEYS) || !isId(sc.id) || seen.has(sc.id)) return false;
    seen.add(sc.id);
    if (!text(sc.label, 1, 200) || !optText(sc.notes, 0, 10_000) || !list(sc.bans, 1000)) return false;
    for (const ban of sc.bans) {
      if (!plain(ban, BAN_KEYS) || !isId(ban.account) || !optId(ban.preset)) return false;
      const a = t.index.get(ban.account);
      if (a === undefined || (ban.preset !== undefined && !getPreset(ban.preset))) return false;
      const lose = ban.lose;
      if (lose === undefined || lose === 'all') continue;
      if (!list(lose, 64) || !all(lose, (c) => isId(c) && t.caps[a]!.includes(c))) return false;
    }
  }
  return true;
}

/** Validates and compiles a map when it is certainly valid; null means "ask the schema". */
export function fastParse(input: unknown): ParseResult | null {
  if (!plain(input, MAP_KEYS) || input.version !== 1 || !optText(input.title, 0, 200)) return null;
  const accounts = input.accounts;
  if (!Array.isArray(accounts)) return null;
  const n = accounts.length;
  const table: AccountTable = { ids: new Array(n), index: new Map(), caps: new Array(n) };
  const providerWarnings: Issue[] = [];
  for (let i = 0; i < n; i++) {
    const a = accounts[i];
    if (!isAccountShape(a)) return null;
    const id = a.id as string;
    if (table.index.has(id)) return null;
    table.ids[i] = id;
    table.index.set(id, i);
    table.caps[i] = capabilitiesOf(a as BindingMap['accounts'][number]);
    if (a.provider !== undefined && !getProvider(a.provider as string))
      providerWarnings.push(unknownProvider(i, a.provider as string, a.capabilities !== undefined));
  }
  const selfWarnings: Issue[] = [];
  for (let i = 0; i < n; i++) {
    const a = accounts[i] as Obj;
    const id = table.ids[i]!;
    const own = table.caps[i]!;
    if (a.ways !== undefined && !waysOk(a.ways, ['accounts', i, 'ways'], id, table, selfWarnings))
      return null;
    const cw = a.capabilityWays;
    if (cw !== undefined) {
      if (typeof cw !== 'object' || cw === null) return null;
      const proto = Object.getPrototypeOf(cw);
      if (proto !== Object.prototype && proto !== null) return null;
      // NOTE: a zod record checks every own key (Reflect.ownKeys), symbols and non-enumerable ones included.
      for (const cap of Reflect.ownKeys(cw)) {
        if (typeof cap !== 'string' || !isId(cap) || !own.includes(cap)) return null;
        const ways = (cw as Record<string, Way[]>)[cap];
        if (!waysOk(ways, ['accounts', i, 'capabilityWays', cap], id, table, selfWarnings)) return null;
      }
    }
    const assets = a.assets as { needs?: string }[] | undefined;
    if (assets !== undefined)
      for (const asset of assets) if (!own.includes(asset.needs ?? 'access')) return null;
  }
  if (!scenariosOk(input.scenarios, table)) return null;
  const map = input as unknown as BindingMap;
  const compiled = compile(map, table);
  const warnings = [...providerWarnings, ...selfWarnings];
  for (const w of unreachableWarnings(compiled)) warnings.push(w);
  return { ok: true, map, compiled, validation: { ok: true, errors: [], warnings } };
}
