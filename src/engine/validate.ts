/**
 * @module Validation of a map document: the zod schema first (shape, strictness, numbers, reserved ids), then
 * the references a schema cannot see (duplicate ids, unknown accounts, capabilities and presets), then
 * warnings from the engine itself (accounts unreachable before any ban, ways that require their own account).
 * Every problem carries its JSON path and a sentence a person understands.
 */
import { getPreset, getProvider, presetsFor } from '../catalog/index.js';
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
import { type Compiled, capabilitiesOf, compile } from './compile.js';
import { fastParse, type ParseResult } from './fast-parse.js';
import { issuesFromZod, makeIssue } from './issues.js';
import { selfRequirement, unknownProvider, unreachableWarnings } from './map-warnings.js';

export type { ParseResult };

/** Looks up an account's capabilities by id (a Map, or {@link capsLookup} over a compiled map). */
export interface CapsLookup {
  get(id: string): readonly string[] | undefined;
}

/** The capabilities of a compiled map's accounts by id, without walking the map. */
export function capsLookup(c: Compiled): CapsLookup {
  return {
    get: (id) => {
      const i = c.index.get(id);
      return i === undefined ? undefined : c.caps[i];
    },
  };
}

/** Account id → its capabilities (the last account wins on a duplicate id). */
function capsById(map: BindingMap): Map<string, readonly string[]> {
  const caps = new Map<string, readonly string[]>();
  for (const a of map.accounts) caps.set(a.id, capabilitiesOf(a));
  return caps;
}

/** The provider of the account with this id (the last one on a duplicate id). */
function providerOf(map: BindingMap, id: string): string | undefined {
  for (let i = map.accounts.length - 1; i >= 0; i--)
    if (map.accounts[i]!.id === id) return map.accounts[i]!.provider;
  return undefined;
}

/**
 * Checks one list of bans against a parsed map (unknown account, capability or preset). Pass `caps` (id →
 * capabilities) when checking many lists against one map, so the map's accounts are not walked per list.
 */
export function checkBans(
  map: BindingMap,
  bans: readonly Ban[],
  prefix: JsonPath,
  caps: CapsLookup = capsById(map),
): Issue[] {
  const errors: Issue[] = [];
  bans.forEach((ban, i) => {
    const path = [...prefix, i];
    const have = caps.get(ban.account);
    if (!have) {
      errors.push(makeIssue('unknown_account', [...path, 'account'], { account: ban.account, in: 'ban' }));
      return;
    }
    if (Array.isArray(ban.lose)) {
      ban.lose.forEach((cap, j) => {
        if (!have.includes(cap))
          errors.push(
            makeIssue('unknown_capability', [...path, 'lose', j], {
              account: ban.account,
              capability: cap,
              provides: [...have],
              in: 'ban',
            }),
          );
      });
    }
    if (ban.preset !== undefined && !getPreset(ban.preset))
      errors.push(
        makeIssue('unknown_preset', [...path, 'preset'], {
          preset: ban.preset,
          presets: presetsFor(providerOf(map, ban.account)).map((p) => p.id),
        }),
      );
  });
  return errors;
}

/** Checks what a stranger holds (DESIGN §4b): known accounts, capabilities that account provides. */
export function checkHolds(
  map: BindingMap,
  holds: readonly Hold[],
  prefix: JsonPath,
  caps: CapsLookup = capsById(map),
): Issue[] {
  const errors: Issue[] = [];
  holds.forEach((hold, i) => {
    const have = caps.get(hold.account);
    if (!have) {
      errors.push(
        makeIssue('unknown_account', [...prefix, i, 'account'], { account: hold.account, in: 'hold' }),
      );
      return;
    }
    (hold.capabilities ?? []).forEach((cap, j) => {
      if (!have.includes(cap))
        errors.push(
          makeIssue('unknown_capability', [...prefix, i, 'capabilities', j], {
            account: hold.account,
            capability: cap,
            provides: [...have],
            in: 'hold',
          }),
        );
    });
  });
  return errors;
}

/** Checks the accounts whose password a stranger knows (DESIGN §4b): each must be an account of the map. */
export function checkKnows(map: BindingMap, knows: readonly string[], prefix: JsonPath): Issue[] {
  const ids = new Set(map.accounts.map((a) => a.id));
  return knows.flatMap((id, i) =>
    ids.has(id) ? [] : [makeIssue('unknown_account', [...prefix, i], { account: id, in: 'knows' })],
  );
}

/** Checks the timelines of a map (DESIGN §4c): unique ids, days strictly increasing, bans and holds known. */
function checkTimelines(map: BindingMap): Issue[] {
  const errors: Issue[] = [];
  const ids = new Set<string>();
  const caps = map.timelines?.length ? capsById(map) : new Map<string, readonly string[]>();
  (map.timelines ?? []).forEach((t, i) => {
    if (ids.has(t.id))
      errors.push(makeIssue('duplicate_id', ['timelines', i, 'id'], { id: t.id, of: 'timeline' }));
    ids.add(t.id);
    t.steps.forEach((step, k) => {
      const at = ['timelines', i, 'steps', k];
      const before = t.steps[k - 1];
      if (before !== undefined && step.day <= before.day)
        errors.push(makeIssue('days_not_increasing', [...at, 'day'], { day: step.day, before: before.day }));
      for (const e of checkBans(map, step.bans ?? [], [...at, 'bans'], caps)) errors.push(e);
      for (const e of checkHolds(map, step.holds ?? [], [...at, 'holds'], caps)) errors.push(e);
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
        errors.push(
          makeIssue('unknown_account', [...at, 'account'], { account: req.account, in: 'requirement' }),
        );
      } else if (!have.includes(cap)) {
        errors.push(
          makeIssue('unknown_capability', [...at, 'capability'], {
            account: req.account,
            capability: cap,
            provides: [...have],
            in: 'requirement',
          }),
        );
      }
      if (req.account === owner) warnings.push(selfRequirement(at, owner));
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
      errors.push(makeIssue('duplicate_id', ['accounts', i, 'id'], { id: a.id, of: 'account' }));
    else caps.set(a.id, capabilitiesOf(a));
    if (a.provider !== undefined && !getProvider(a.provider))
      warnings.push(unknownProvider(i, a.provider, a.capabilities !== undefined));
  });
  map.accounts.forEach((a, i) => {
    const own = caps.get(a.id)!;
    checkWays(a.ways ?? [], ['accounts', i, 'ways'], a.id, caps, errors, warnings);
    for (const [cap, ways] of Object.entries(a.capabilityWays ?? {})) {
      if (!own.includes(cap))
        errors.push(
          makeIssue('unknown_capability', ['accounts', i, 'capabilityWays', cap], {
            account: a.id,
            capability: cap,
            provides: [...own],
            in: 'capabilityWays',
          }),
        );
      checkWays(ways, ['accounts', i, 'capabilityWays', cap], a.id, caps, errors, warnings);
    }
    (a.assets ?? []).forEach((asset, j) => {
      const need = asset.needs ?? 'access';
      if (!own.includes(need))
        errors.push(
          makeIssue('unknown_capability', ['accounts', i, 'assets', j, 'needs'], {
            account: a.id,
            capability: need,
            provides: [...own],
            in: 'asset',
          }),
        );
    });
  });
  const scenarioIds = new Set<string>();
  const banCaps = map.scenarios?.length ? capsById(map) : caps;
  (map.scenarios ?? []).forEach((sc, i) => {
    if (scenarioIds.has(sc.id))
      errors.push(makeIssue('duplicate_id', ['scenarios', i, 'id'], { id: sc.id, of: 'scenario' }));
    scenarioIds.add(sc.id);
    for (const e of checkBans(map, sc.bans, ['scenarios', i, 'bans'], banCaps)) errors.push(e);
  });
  for (const e of checkTimelines(map)) errors.push(e);
  return { errors, warnings };
}

/**
 * Parses and validates an unknown value as a map document. A valid map is usually recognised by the fast
 * path (fast-parse.ts), which returns the input itself rather than zod's copy; anything else goes through
 * the schema, which is the judge and gives the messages.
 */
export function parseMap(input: unknown): ParseResult {
  return fastParse(input) ?? parseMapBySchema(input);
}

/** `parseMap` without the fast path: zod's schema, then the reference checks, then compile. */
export function parseMapBySchema(input: unknown): ParseResult {
  const parsed = MapSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, validation: { ok: false, errors: issuesFromZod(parsed.error), warnings: [] } };
  const { errors, warnings } = checkReferences(parsed.data);
  if (errors.length > 0) return { ok: false, validation: { ok: false, errors, warnings } };
  const compiled = compile(parsed.data);
  for (const w of unreachableWarnings(compiled)) warnings.push(w);
  return { ok: true, map: parsed.data, compiled, validation: { ok: true, errors: [], warnings } };
}

/** `validate(map)`: errors and warnings, each with its JSON path. */
export function validate(input: unknown): Validation {
  return parseMap(input).validation;
}
