/**
 * @module Opens the SQLite file safely. A database from a newer banradius is refused before anything can
 * write to it: its header is read with plain file I/O, and a pending write-ahead log is read through a
 * read-only connection. Then every connection gets the same settings (WAL, synchronous=FULL, secure_delete,
 * foreign keys, a busy timeout), which SQLite keeps per connection, a damaged file is refused (`quick_check`),
 * and the schema is migrated forward.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { StoreError } from './errors.js';
import {
  futureSchemaError,
  latestVersion,
  MIGRATIONS,
  type Migration,
  migrate,
  userVersion,
} from './migrations.js';

/** How long a write waits for another connection's lock before failing with SQLITE_BUSY. */
export const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

const MAGIC = 'SQLite format 3\0';

/** What an SQLite file's 100-byte header says, read without opening the database. */
export function readHeader(file: string): { empty: boolean; sqlite: boolean; userVersion: number } {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(100);
    const n = readSync(fd, head, 0, 100, 0);
    if (n === 0) return { empty: true, sqlite: false, userVersion: 0 };
    const sqlite = n === 100 && head.toString('latin1', 0, 16) === MAGIC;
    return { empty: false, sqlite, userVersion: sqlite ? head.readUInt32BE(60) : 0 };
  } finally {
    closeSync(fd);
  }
}

/** Throws `future_schema` or `not_a_database` for an existing file this code must not open for writing. */
function refuseBeforeOpen(file: string, known: number): void {
  if (!existsSync(file)) return;
  const header = readHeader(file);
  if (header.empty) return;
  if (!header.sqlite) throw new StoreError({ code: 'not_a_database', file });
  if (header.userVersion > known) throw futureSchemaError(header.userVersion, known, file);
  // Committed changes may still sit in the write-ahead log, newer than the header: read through it.
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    const ro = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const found = userVersion(ro);
      if (found > known) throw futureSchemaError(found, known, file);
    } finally {
      ro.close();
    }
  }
}

/** Settings SQLite keeps per connection, applied on every open (STACK.md gotcha 8 for synchronous). */
function configure(db: Database.Database, busyTimeoutMs: number): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') throw new Error(`cannot switch ${db.name} to WAL (journal_mode is ${String(mode)})`);
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
  if (db.pragma('synchronous', { simple: true }) !== 2) throw new Error('synchronous=FULL did not take');
}

/** Refuses a damaged file (`PRAGMA quick_check`): the path, what SQLite found, and how to restore it. */
function quickCheck(db: Database.Database, file: string): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const found = rows.map((r) => r.quick_check);
  if (found.length === 1 && found[0] === 'ok') return;
  throw new StoreError({ code: 'damaged_store', file, found });
}

/** Options for `openDatabase`. */
export interface OpenOptions {
  /** Wait this long for another process's write lock (default 10 s). */
  busyTimeoutMs?: number;
  /** The schema steps (default: the real ones; tests pass longer lists). */
  migrations?: readonly Migration[];
}

/**
 * Opens (creating if needed) the database file, refuses a newer schema without modifying the file, applies
 * the per-connection settings and migrates forward. The caller owns the returned connection.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const migrations = options.migrations ?? MIGRATIONS;
  const known = latestVersion(migrations);
  const busy = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  refuseBeforeOpen(file, known);
  // A new database holds personal data: create it readable by its owner only (SQLite gives the WAL and
  // shared-memory files the same mode). An existing file's mode is left as it is.
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  const db = new Database(file, { timeout: busy });
  try {
    // Read before any setting that could write (switching to WAL rewrites the header).
    const found = userVersion(db);
    if (found > known) throw futureSchemaError(found, known, file);
    configure(db, busy);
    quickCheck(db, file);
    migrate(db, migrations, file);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof Database.SqliteError && (e.code === 'SQLITE_NOTADB' || e.code === 'SQLITE_CORRUPT'))
      throw new StoreError({ code: 'not_a_database', file, detail: e.message }, { cause: e });
    throw e;
  }
}
