/**
 * @module The schema as an ordered list of forward migrations. The schema version lives in
 * `PRAGMA user_version`; each migration runs in one IMMEDIATE transaction that also bumps it, so a
 * database is always at exactly one version and two processes never migrate the same step twice.
 * A new schema version is one more entry at the end of `MIGRATIONS` (and a fixture database of the
 * previous version committed under test/fixtures-db/).
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { StoreError } from './errors.js';

/** The SHA-256 (hex) of a stored document's text, kept beside it and checked on every read. */
export const docHash = (doc: string): string => createHash('sha256').update(doc, 'utf8').digest('hex');

/** One step forward: `up` changes the schema from `version - 1` to `version` (inside a transaction). */
export interface Migration {
  readonly version: number;
  /** A short identifier of the step (developers read it in a failed migration's message). */
  readonly name: string;
  up(db: Database): void;
}

/** Every migration, oldest first. Never edit a released entry: add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    // Maps and their revisions.
    name: 'maps_and_revisions',
    up(db) {
      db.exec(`
        CREATE TABLE maps (
          id         TEXT    NOT NULL PRIMARY KEY,
          title      TEXT    NOT NULL,
          created_at TEXT    NOT NULL,
          updated_at TEXT    NOT NULL,
          version    INTEGER NOT NULL CHECK (version >= 1),
          doc        TEXT    NOT NULL CHECK (json_valid(doc))
        ) STRICT;
        CREATE TABLE revisions (
          map_id   TEXT    NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
          version  INTEGER NOT NULL CHECK (version >= 1),
          saved_at TEXT    NOT NULL,
          doc      TEXT    NOT NULL CHECK (json_valid(doc)),
          PRIMARY KEY (map_id, version)
        ) STRICT, WITHOUT ROWID;
      `);
    },
  },
  {
    version: 2,
    // A SHA-256 of every stored document, checked on read.
    name: 'doc_sha256',
    up(db) {
      db.function('banradius_sha256', { deterministic: true }, (doc: unknown) =>
        typeof doc === 'string' ? docHash(doc) : null,
      );
      db.exec(`
        ALTER TABLE maps ADD COLUMN doc_sha256 TEXT;
        ALTER TABLE revisions ADD COLUMN doc_sha256 TEXT;
        UPDATE maps SET doc_sha256 = banradius_sha256(doc);
        UPDATE revisions SET doc_sha256 = banradius_sha256(doc);
      `);
    },
  },
];

/** The newest schema version a list of migrations reaches. */
export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

/** The schema version this code writes. */
export const SCHEMA_VERSION = latestVersion(MIGRATIONS);

/** Reads `PRAGMA user_version`. */
export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** The refusal for a database from a newer banradius. */
export function futureSchemaError(found: number, known: number, file: string | undefined): StoreError {
  return new StoreError({ code: 'future_schema', file, found, known });
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${i} has version ${m.version}, expected ${i + 1}`);
  });
}

/**
 * Brings `db` forward to the newest version in `migrations`, one transaction per step, and returns the
 * versions before and after. Refuses (without writing) a database newer than the list knows. Each step
 * re-reads the version inside its transaction, so a concurrent process that migrated first is harmless,
 * and checks foreign keys before it commits.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
  where?: string,
): { from: number; to: number } {
  checkOrder(migrations);
  const target = latestVersion(migrations);
  const from = userVersion(db);
  if (from > target) throw futureSchemaError(from, target, where);
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      const current = userVersion(db);
      if (current >= m.version) return;
      if (current !== m.version - 1)
        throw new Error(`cannot apply migration ${m.version} to schema version ${current}`);
      m.up(db);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0)
        throw new Error(`migration ${m.version} (${m.name}) leaves ${broken.length} broken foreign keys`);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return { from, to: userVersion(db) };
}
