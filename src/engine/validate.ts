/**
 * @module Validation of a map document: the zod schema first (shape, strictness, numbers, reserved ids), then
 * the references a schema cannot see (duplicate ids, unknown accounts, capabilities and presets), then
 * warnings from the engine itself (accounts unreachable before any ban, ways that require their own account).
 * Every problem carries its JSON path and a sentence a person understands.
 */
import type { z } from 'zod';
import { getPreset, getProvider } from '../catalog/index.js';
import {
  type Ban,
  type BindingMap,
  type Hold,
  type Issue,
  type JsonPath,
  MapSchema,
  type Validation,
  type Way,
} from '../model/index.js';
import { baseline } from './baseline.js';
import { type Compiled, capabilitiesOf, compile } from './compile.js';

/** Turns zod issues into banradius issues (code `schema`, the zod path, zod's message). */
export function fromZod(error: z.ZodError, prefix: JsonPath = []): Issue[] {
  return error.issues.map((i) => ({
    code: i.code === 'unrecognized_keys' ? 'unknown_field' : 'schema',
    path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: i.message,
  }));
}

const quote = (s: string) => JSON.stringify(s);

/** Checks one list of bans against a parsed map (unknown account, capability or preset). */
export function checkBans(map: BindingMap, bans: readonly Ban[], prefix: JsonPath): Issue[] {
  const caps = new Map(map.accounts.map((a) => [a.id, capabilitiesOf(a)] as const));
  const errors: Issue[] = [];
  bans.forEach((ban, i) => {
    const path = [...prefix, i];
    const have = caps.get(ban.account);
    if (!have) {
      errors.push({
        code: 'unknown_account',
        path: [...path, 'account'],
        message: `bans unknown account ${quote(ban.account)}`,
      });
      return;
    }
    if (Array.isArray(ban.lose)) {
      ban.lose.forEach((cap, j) => {
        if (!have.includes(cap))
          errors.push({
            code: 'unknown_capability',
            path: [...path, 'lose', j],
            message: `removes ${quote(cap)} but account ${quote(ban.account)} provides ${have.join(', ')}`,
          });
      });
    }
    if (ban.preset !== undefined && !getPreset(ban.preset))
      errors.push({
        code: 'unknown_preset',
        path: [...path, 'preset'],
        message: `unknown ban preset ${quote(ban.preset)}`,
      });
  });
  return errors;
}

/** Checks what a stranger holds (DESIGN §4b): known accounts, capabilities that account provides. */
export function checkHolds(map: BindingMap, holds: readonly Hold[], prefix: JsonPath): Issue[] {
  const caps = new Map(map.accounts.map((a) => [a.id, capabilitiesOf(a)] as const));
  const errors: Issue[] = [];
  holds.forEach((hold, i) => {
    const have = caps.get(hold.account);
    if (!have) {
      errors.push({
        code: 'unknown_account',
        path: [...prefix, i, 'account'],
        message: `holds unknown account ${quote(hold.account)}`,
      });
      return;
    }
    (hold.capabilities ?? []).forEach((cap, j) => {
      if (!have.includes(cap))
        errors.push({
          code: 'unknown_capability',
          path: [...prefix, i, 'capabilities', j],
          message: `holds ${quote(cap)} but account ${quote(hold.account)} provides ${have.join(', ')}`,
        });
    });
  });
  return errors;
}

/** Checks the timelines of a map (DESIGN §4c): unique ids, days strictly increasing, bans and holds known. */
function checkTimelines(map: BindingMap): Issue[] {
  const errors: Issue[] = [];
  const ids = new Set<string>();
  (map.timelines ?? []).forEach((t, i) => {
    if (ids.has(t.id))
      errors.push({
        code: 'duplicate_id',
        path: ['timelines', i, 'id'],
        message: `duplicate timeline id ${quote(t.id)}`,
      });
    ids.add(t.id);
    t.steps.forEach((step, k) => {
      const at = ['timelines', i, 'steps', k];
      const before = t.steps[k - 1];
      if (before !== undefined && step.day <= before.day)
        errors.push({
          code: 'days_not_increasing',
          path: [...at, 'day'],
          message: `day ${step.day} must come after day ${before.day} of the step before`,
        });
      errors.push(...checkBans(map, step.bans ?? [], [...at, 'bans']));
      errors.push(...checkHolds(map, step.holds ?? [], [...at, 'holds']));
    });
  });
  return errors;
}

function checkWays(
  ways: readonly Way[],
  path: JsonPath,
  owner: string,
  caps: ReadonlyMap<string, readonly string[]>,
  errors: Issue[],
  warnings: Issue[],
): void {
  ways.forEach((way, j) => {
    way.requires.forEach((req, k) => {
      const at = [...path, j, 'requires', k];
      const have = caps.get(req.account);
      const cap = req.capability ?? 'access';
      if (!have) {
        errors.push({
          code: 'unknown_account',
          path: [...at, 'account'],
          message: `requires unknown account ${quote(req.account)}`,
        });
      } else if (!have.includes(cap)) {
        errors.push({
          code: 'unknown_capability',
          path: [...at, 'capability'],
          message: `requires ${quote(`${req.account}.${cap}`)} but account ${quote(req.account)} provides ${have.join(', ')}`,
        });
      }
      if (req.account === owner)
        warnings.push({
          code: 'self_requirement',
          path: at,
          message: `this way requires its own account ${quote(owner)}, so it can never be the way in`,
        });
    });
  });
}

/** Checks references inside an already schema-valid map. */
function checkReferences(map: BindingMap): { errors: Issue[]; warnings: Issue[] } {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const caps = new Map<string, string[]>();
  map.accounts.forEach((a, i) => {
    if (caps.has(a.id))
      errors.push({
        code: 'duplicate_id',
        path: ['accounts', i, 'id'],
        message: `duplicate account id ${quote(a.id)}`,
      });
    else caps.set(a.id, capabilitiesOf(a));
    if (a.provider !== undefined && !getProvider(a.provider))
      warnings.push({
        code: 'unknown_provider',
        path: ['accounts', i, 'provider'],
        message: `unknown provider ${quote(a.provider)}; capabilities default to ${a.capabilities ? 'the listed ones' : 'access only'}`,
      });
  });
  map.accounts.forEach((a, i) => {
    const own = caps.get(a.id)!;
    checkWays(a.ways ?? [], ['accounts', i, 'ways'], a.id, caps, errors, warnings);
    for (const [cap, ways] of Object.entries(a.capabilityWays ?? {})) {
      if (!own.includes(cap))
        errors.push({
          code: 'unknown_capability',
          path: ['accounts', i, 'capabilityWays', cap],
          message: `has ways for ${quote(cap)} but account ${quote(a.id)} provides ${own.join(', ')}`,
        });
      checkWays(ways, ['accounts', i, 'capabilityWays', cap], a.id, caps, errors, warnings);
    }
    (a.assets ?? []).forEach((asset, j) => {
      const need = asset.needs ?? 'access';
      if (!own.includes(need))
        errors.push({
          code: 'unknown_capability',
          path: ['accounts', i, 'assets', j, 'needs'],
          message: `needs ${quote(need)} but account ${quote(a.id)} provides ${own.join(', ')}`,
        });
    });
  });
  const scenarioIds = new Set<string>();
  (map.scenarios ?? []).forEach((sc, i) => {
    if (scenarioIds.has(sc.id))
      errors.push({
        code: 'duplicate_id',
        path: ['scenarios', i, 'id'],
        message: `duplicate scenario id ${quote(sc.id)}`,
      });
    scenarioIds.add(sc.id);
    errors.push(...checkBans(map, sc.bans, ['scenarios', i, 'bans']));
  });
  errors.push(...checkTimelines(map));
  return { errors, warnings };
}

/** Warnings for accounts with no capability available even before any ban. */
function unreachableWarnings(c: Compiled): Issue[] {
  const base = baseline(c);
  const out: Issue[] = [];
  for (let a = 0; a < c.ids.length; a++) {
    let any = false;
    for (let s = c.slotBase[a]!; s < c.slotBase[a + 1]!; s++) if (base.slot[s] === 1) any = true;
    if (!any)
      out.push({
        code: 'unreachable',
        path: ['accounts', a],
        message: `account ${quote(c.ids[a]!)} is unreachable even before any ban: no way in works without depending on itself or on another unreachable account`,
      });
  }
  return out;
}

/** A parsed map comes with its compiled form (baseline already computed), so callers need not compile again. */
export type ParseResult =
  | { ok: true; map: BindingMap; compiled: Compiled; validation: Validation }
  | { ok: false; validation: Validation };

/** Parses and validates an unknown value as a map document. */
export function parseMap(input: unknown): ParseResult {
  const parsed = MapSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, validation: { ok: false, errors: fromZod(parsed.error), warnings: [] } };
  const { errors, warnings } = checkReferences(parsed.data);
  if (errors.length > 0) return { ok: false, validation: { ok: false, errors, warnings } };
  const compiled = compile(parsed.data);
  warnings.push(...unreachableWarnings(compiled));
  return { ok: true, map: parsed.data, compiled, validation: { ok: true, errors: [], warnings } };
}

/** `validate(map)`: errors and warnings, each with its JSON path. */
export function validate(input: unknown): Validation {
  return parseMap(input).validation;
}
