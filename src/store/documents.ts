/**
 * @module Map documents on their way into and out of the database. Writes go through the engine's
 * `parseMap` (schema and references); reads parse the stored JSON with secure-json-parse and validate it
 * again, so a row damaged or edited outside banradius is reported, never served as a valid map.
 */
import sjson from 'secure-json-parse';
import { parseMap } from '../engine/index.js';
import type { BindingMap, Issue, JsonPath } from '../model/index.js';
import type { StoredRow } from '../text/index.js';
import { rowIssue, StoreError } from './errors.js';
import { docHash } from './migrations.js';

/** Validates a document for writing; throws `invalid_map` with every error (JSON paths) otherwise. */
export function encodeMap(input: unknown): { map: BindingMap; doc: string } {
  const result = parseMap(input);
  if (!result.ok) throw new StoreError({ code: 'invalid_map' }, { issues: result.validation.errors });
  return { map: result.map, doc: JSON.stringify(result.map) };
}

/** Problems with a stored document, empty when it is a valid map; `prefix` goes in front of every path. */
export function checkStoredDoc(doc: unknown, prefix: JsonPath = []): { map?: BindingMap; issues: Issue[] } {
  if (typeof doc !== 'string') return { issues: [rowIssue(prefix, 'not_text')] };
  let value: unknown;
  try {
    value = sjson.parse(doc, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (e) {
    return { issues: [rowIssue(prefix, 'not_json', (e as Error).message)] };
  }
  const result = parseMap(value);
  if (!result.ok)
    return { issues: result.validation.errors.map((i) => ({ ...i, path: [...prefix, ...i.path] })) };
  return { map: result.map, issues: [] };
}

/**
 * Decodes a stored document or throws `corrupt_row` naming the row (`where`) and the problems; with `sha256`
 * (the hash stored beside it), a document whose bytes changed since it was written is refused too.
 */
export function decodeMap(doc: unknown, where: StoredRow, sha256?: unknown): BindingMap {
  if (sha256 !== undefined && (typeof doc !== 'string' || sha256 !== docHash(doc)))
    throw new StoreError(
      { code: 'corrupt_row', row: where, damage: 'sha256' },
      { issues: [rowIssue([], 'sha256')] },
    );
  const { map, issues } = checkStoredDoc(doc);
  if (!map)
    throw new StoreError(
      { code: 'corrupt_row', row: where, damage: 'document', detail: issues[0]?.message ?? '' },
      { issues },
    );
  return map;
}
