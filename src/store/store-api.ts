/** @module The store's interface and its options; `store.ts` implements it on SQLite. */
import type { Migration } from './migrations.js';
import type {
  BackupInfo,
  MapRecord,
  MapSummary,
  RestoreInfo,
  RevisionRecord,
  RevisionSummary,
} from './records.js';

/** Options for `openStore`. */
export interface StoreOptions {
  /** The clock for created/updated/saved times and for the retention rule (default: the system clock). */
  now?: () => Date;
  /** New map ids (default: `crypto.randomUUID`). */
  newId?: () => string;
  /** Wait this long for another process's write lock (default 10 s). */
  busyTimeoutMs?: number;
  /** The schema steps (default: the real ones). For tests of the migration runner only. */
  migrations?: readonly Migration[];
}

/** The stored maps. Every method but `backup` is synchronous; expected failures are StoreErrors. */
export interface Store {
  /** The database file. */
  readonly file: string;
  /** Every map without its document, most recently updated first (its columns checked; documents are checked by `get`). */
  list(): MapSummary[];
  /** Validates and stores a new map at version 1 (with revision 1); `invalid_map` if not valid. */
  create(map: unknown): MapRecord;
  /** The map at its current version, validated; undefined if there is none; `corrupt_row` if damaged. */
  get(id: string): MapRecord | undefined;
  /**
   * Saves a new version if the stored one is still `ifVersion`; otherwise `not_found`, `stale_version`
   * (with `currentVersion`) or `invalid_map`, and nothing is written.
   */
  update(id: string, map: unknown, ifVersion: number): MapRecord;
  /** Deletes the map and every revision, then checkpoints the WAL; false if there was no such map. */
  delete(id: string): boolean;
  /** The map's saved versions, newest first; undefined if there is no such map. */
  revisions(id: string): RevisionSummary[] | undefined;
  /** One saved version with its document; undefined if there is none; `corrupt_row` if damaged. */
  revision(id: string, version: number): RevisionRecord | undefined;
  /** Saves revision `version`'s document as a new version, under the same rules as `update`. */
  restore(id: string, version: number, ifVersion: number): MapRecord;
  /** Writes a full snapshot to `destFile` (which must not exist) with SQLite's online backup API. */
  backup(destFile: string): Promise<BackupInfo>;
  /** Replaces every map and revision with a checked backup's in one transaction, or refuses and changes nothing. */
  restoreFrom(file: string): RestoreInfo;
  /**
   * Applies the retention rule (`retention.ts`) to every map now, then checkpoints the WAL; saves apply it to
   * their own map already. Returns how many revisions were removed, and from how many maps.
   */
  prune(): { maps: number; removed: number };
  /** `PRAGMA integrity_check`: `['ok']` when the file is sound. */
  integrityCheck(): string[];
  /** Closes the connection (SQLite checkpoints the WAL when the last connection closes). */
  close(): void;
}
