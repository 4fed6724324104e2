/**
 * Reads and validates a map file for the command line: straight from its bytes when the scanner is sure the map
 * is valid (parseMapBytes), else secure JSON parsing, then the model schemas, which give the errors.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import sjson from 'secure-json-parse';
import { type Compiled, parseMap, parseMapBytes } from '../engine/index.js';
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
  return parseJsonText(readBytes(file).toString('utf8'), file);
}

/** A slice of a Buffer read as UTF-8 (native, with no view object per string). */
const decodeSlice = (b: Uint8Array, start: number, end: number) =>
  (b as Buffer & { utf8Slice?: (s: number, e: number) => string }).utf8Slice?.(start, end) ??
  (b as Buffer).toString('utf8', start, end);

/** Reads a file's bytes; a missing file is an InputError naming the file. */
function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new InputError((t) => t.cannotRead(file, code));
  }
}

/**
 * Reads and validates a map file; returns the map, its compiled form and its warnings, or throws InputError
 * with every error.
 */
export function readMap(file: string): { map: BindingMap; compiled: Compiled; warnings: Issue[] } {
  const bytes = readBytes(file);
  const fast = isUtf8(bytes) ? parseMapBytes(bytes, decodeSlice) : null;
  if (fast?.ok) return { map: fast.map, compiled: fast.compiled, warnings: fast.validation.warnings };
  const doc = parseJsonText(bytes.toString('utf8'), file);
  const result = parseMap(doc);
  if (!result.ok) throw new InputError((t) => t.invalidMap(file), result.validation.errors, file, doc);
  return { map: result.map, compiled: result.compiled, warnings: result.validation.warnings };
}
