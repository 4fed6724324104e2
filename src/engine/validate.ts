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
import { baseline } from './baseline.js';
import { type Compiled, capabilitiesOf, compile } from './compile.js';
import { issuesFromZod, makeIssue } from './issues.js';

/** Checks one list of bans against a parsed map (unknown account, capability or preset). */
export function checkBans(map: BindingMap, bans: readonly Ban[], prefix: JsonPath): Issue[] {
  const caps = new Map(map.accounts.map((a) => [a.id, capabilitiesOf(a)] as const));
  const providers = new Map(map.accounts.map((a) => [a.id, a.provider] as const));
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
          presets: presetsFor(providers.get(ban.account)).map((p) => p.id),
        }),
      );
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

/** Checks the timelines of a map (DESIGN §4c): unique ids, days strictly increasing, bans and holds known. */
function checkTimelines(map: BindingMap): Issue[] {
  const errors: Issue[] = [];
  const ids = new Set<string>();
  (map.timelines ?? []).forEach((t, i) => {
    if (ids.has(t.id))
      errors.push(makeIssue('duplicate_id', ['timelines', i, 'id'], { id: t.id, of: 'timeline' }));
    ids.add(t.id);
    t.steps.forEach((step, k) => {
      const at = ['timelines', i, 'steps', k];
      const before = t.steps[k - 1];
      if (before !== undefined && step.day <= before.day)
        errors.push(makeIssue('days_not_increasing', [...at, 'day'], { day: step.day, before: before.day }));
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
      if (req.account === owner) warnings.push(makeIssue('self_requirement', at, { account: owner }));
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
      warnings.push(
        makeIssue('unknown_provider', ['accounts', i, 'provider'], {
          provider: a.provider,
          listed: a.capabilities !== undefined,
        }),
      );
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
  (map.scenarios ?? []).forEach((sc, i) => {
    if (scenarioIds.has(sc.id))
      errors.push(makeIssue('duplicate_id', ['scenarios', i, 'id'], { id: sc.id, of: 'scenario' }));
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
    if (!any) out.push(makeIssue('unreachable', ['accounts', a], { account: c.ids[a]! }));
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
    return { ok: false, validation: { ok: false, errors: issuesFromZod(parsed.error), warnings: [] } };
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
