/** Reads and validates a map file for the command line: secure JSON parsing, then the model schemas. */
import { readFileSync } from 'node:fs';
import sjson from 'secure-json-parse';
import { type Compiled, parseMap } from '../engine/index.js';
import type { BindingMap, Issue } from '../model/index.js';
import { InputError } from './errors.js';

/** Parses JSON text without letting `__proto__`/`constructor` keys through. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (e) {
    throw new InputError((t) => t.notJson(file, (e as Error).message));
  }
}

/** Reads a file as JSON; a missing file or bad JSON is an InputError naming the file. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new InputError((t) => t.cannotRead(file, code));
  }
  return parseJsonText(text, file);
}

/**
 * Reads and validates a map file; returns the map, its compiled form and its warnings, or throws InputError
 * with every error.
 */
export function readMap(file: string): { map: BindingMap; compiled: Compiled; warnings: Issue[] } {
  const doc = readJsonFile(file);
  const result = parseMap(doc);
  if (!result.ok) throw new InputError((t) => t.invalidMap(file), result.validation.errors, file, doc);
  return { map: result.map, compiled: result.compiled, warnings: result.validation.warnings };
}
