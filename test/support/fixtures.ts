/** Loads the fixture maps (fixtures/*.map.json and fixtures/semantics/*.map.json) through the model schemas. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMap } from '../../src/engine/index.js';
import type { BindingMap } from '../../src/model/index.js';

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures');

/** Maps that are expected outputs of a builder, not cases with scenarios (each has its own test). */
const BUILT = ['survey-40.map.json'];

/** Every fixture map file, relative to fixtures/ (e.g. `semantics/and-or-ways.map.json`). */
export function fixtureFiles(): string[] {
  const top = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.map.json') && !BUILT.includes(f));
  const sem = readdirSync(join(FIXTURES_DIR, 'semantics'))
    .filter((f) => f.endsWith('.map.json'))
    .map((f) => `semantics/${f}`);
  return [...top, ...sem].sort();
}

/** Reads and validates one fixture map; throws with the validation errors if it is invalid. */
export function loadFixture(file: string): BindingMap {
  const r = parseMap(JSON.parse(readFileSync(join(FIXTURES_DIR, file), 'utf8')));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.validation.errors)}`);
  return r.map;
}

/** Reads a committed expected-result file beside a fixture map (`x.map.json` → `x.<kind>.json`). */
export function loadExpected(file: string, kind: 'impact' | 'risk'): unknown {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, file.replace('.map.json', `.${kind}.json`)), 'utf8'));
}
