/**
 * @module The store's expected errors, each with a stable code: the API maps them to HTTP statuses and the
 * command line to exit codes. Anything else thrown from the store is a defect.
 */
import type { Issue } from '../model/index.js';

/** Every code a StoreError can carry. */
export const STORE_ERROR_CODES = [
  /** No map (or revision) with that id (or version). */
  'not_found',
  /** The caller's version is not the stored one; nothing was written. `currentVersion` says what is. */
  'stale_version',
  /** The document given to a write is not a valid map; `issues` carry JSON paths. Nothing was written. */
  'invalid_map',
  /** A stored row fails validation on read: reported, never served as valid. */
  'corrupt_row',
  /** The database was written by a newer banradius (schema version above what this code knows). Untouched. */
  'future_schema',
  /** `PRAGMA quick_check` found damage at open: the file is refused, with the command to restore a backup. */
  'damaged_store',
  /** The disk is full: nothing was written; reads still work and deleting a map frees space. */
  'storage_full',
  /** The file is not an SQLite database. */
  'not_a_database',
  /** A file given to `restoreFrom` fails a check; `issues` say which. Nothing was replaced. */
  'invalid_backup',
  /** `backup` refuses to overwrite an existing file. */
  'file_exists',
] as const;

/** A stable code naming what went wrong. */
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

/** An expected store failure: a stable code, a sentence for people, and details for programs. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  /** Problems with JSON paths (for `invalid_map`, `corrupt_row`, `invalid_backup`). */
  readonly issues: Issue[];
  /** The stored version, for `stale_version`. */
  readonly currentVersion: number | undefined;

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    details: { issues?: Issue[]; currentVersion?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.issues = details.issues ?? [];
    this.currentVersion = details.currentVersion;
  }
}

/** True when `e` is a StoreError, optionally with the given code. */
export function isStoreError(e: unknown, code?: StoreErrorCode): e is StoreError {
  return e instanceof StoreError && (code === undefined || e.code === code);
}
