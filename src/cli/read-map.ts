/** Reads and validates a map file for the command line: secure JSON parsing, then the model schemas. */
import { readFileSync } from 'node:fs';
import sjson from 'secure-json-parse';
import { parseMap } from '../engine/index.js';
import type { BindingMap, Issue } from '../model/index.js';
import { InputError } from './errors.js';

/** Parses JSON text without letting `__proto__`/`constructor` keys through. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (e) {
    throw new InputError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
}

/** Reads a file as JSON; a missing file or bad JSON is an InputError naming the file. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(
      `${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  return parseJsonText(text, file);
}

/** Reads and validates a map file; returns the map and its warnings, or throws InputError with every error. */
export function readMap(file: string): { map: BindingMap; warnings: Issue[] } {
  const result = parseMap(readJsonFile(file));
  if (!result.ok) throw new InputError(`${file}: invalid map`, result.validation.errors, file);
  return { map: result.map, warnings: result.validation.warnings };
}
