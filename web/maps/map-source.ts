/**
 * Where a map comes from: the built-in example (a real case from fixtures/, bundled at build time), an empty
 * map, or a JSON file the person picks (parsed without prototype pollution, then validated by the engine's
 * parseMap so errors carry their JSON paths).
 */
import example from '../../fixtures/qq-permanent-ban-2022.map.json' with { type: 'json' };
import { parseMap } from '../../src/engine/validate.js';
import type { BindingMap, Issue } from '../../src/model/index.js';

/** The example map: case 1 of CASES.md, a 15-year QQ account permanently banned in December 2022. */
export function exampleMap(): BindingMap {
  const parsed = parseMap(structuredClone(example));
  if (!parsed.ok) throw new Error('the bundled example map does not validate');
  return parsed.map;
}

/** A map with no accounts. */
export function emptyMap(): BindingMap {
  return { version: 1, accounts: [] };
}

export type LoadResult =
  | { ok: true; map: BindingMap; warnings: Issue[] }
  /** Not JSON at all, or JSON with a `__proto__` or `constructor` key (refused: they poison lookups). */
  | { ok: false; notJson: true; forbiddenKey: boolean }
  | { ok: false; notJson: false; errors: Issue[] };

/**
 * Parses and validates the text of a map file (the JSON parser loads on first use). Nothing is returned
 * for use unless the whole file is a valid map.
 */
export async function loadMapText(text: string): Promise<LoadResult> {
  const { default: sjson } = await import('secure-json-parse');
  let value: unknown;
  try {
    value = sjson.parse(text, null, { protoAction: 'error', constructorAction: 'error' });
  } catch {
    let parses = false;
    try {
      JSON.parse(text);
      parses = true;
    } catch {
      // Not JSON at all.
    }
    return { ok: false, notJson: true, forbiddenKey: parses };
  }
  const parsed = parseMap(value);
  if (!parsed.ok) return { ok: false, notJson: false, errors: parsed.validation.errors };
  return { ok: true, map: parsed.map, warnings: parsed.validation.warnings };
}
