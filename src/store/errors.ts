/**
 * @module The store's expected errors, each with a stable code and structured parameters: the API maps them to
 * HTTP statuses and the command line to exit codes and words them in the terminal's language (src/text, section
 * `store`). Anything else thrown from the store is a defect.
 */
import type { Issue } from '../model/index.js';
import { type RowProblem, type StoreProblem, text } from '../text/index.js';

/** Every code a StoreError can carry. */
export const STORE_ERROR_CODES = [
  /** No map (or revision) with that id (or version), or a backup file that cannot be read. */
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
] as const satisfies readonly StoreProblem['code'][];

/** A stable code naming what went wrong. */
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

/** Every code of the text layer's StoreProblem is listed above (a missing one fails tsc here). */
const everyCode: StoreErrorCode = '' as StoreProblem['code'];
void everyCode;

/**
 * An expected store failure: a stable code, its parameters (`problem`, worded per language by
 * `text(lang).store.error(problem)`), the English sentence as `message`, and details for programs.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  /** Problems with JSON paths (for `invalid_map`, `corrupt_row`, `invalid_backup`). */
  readonly issues: Issue[];
  /** The stored version, for `stale_version`. */
  readonly currentVersion: number | undefined;

  constructor(
    readonly problem: StoreProblem,
    details: { issues?: Issue[]; cause?: unknown } = {},
  ) {
    super(
      text('en').store.error(problem),
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.code = problem.code;
    this.issues = details.issues ?? [];
    this.currentVersion = problem.code === 'stale_version' ? problem.current : undefined;
  }
}

/** True when `e` is a StoreError, optionally with the given code. */
export function isStoreError(e: unknown, code?: StoreErrorCode): e is StoreError {
  return e instanceof StoreError && (code === undefined || e.code === code);
}

/** A `corrupt_row` issue about a stored row (`path`), its English message from the text layer. */
export function rowIssue(path: Issue['path'], problem: RowProblem, detail?: string): Issue {
  return {
    code: 'corrupt_row',
    path,
    message: text('en').store.rowIssue(problem, detail),
    params: detail === undefined ? { problem } : { problem, detail },
  };
}
