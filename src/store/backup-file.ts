/**
 * @module Backup files: writing one with SQLite's online backup API (a consistent snapshot while the store
 * stays usable), and reading one back for `restoreFrom` without touching it: the file is read into memory,
 * checked (SQLite header, schema version, `integrity_check`, foreign keys), brought forward by the same
 * migrations in memory, and every document validated. Only a file that passes every check is restored.
 */

import { randomUUID } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { Issue } from '../model/index.js';
import { checkStoredDoc } from './documents.js';
import { StoreError } from './errors.js';
import { futureSchemaError, latestVersion, MIGRATIONS, type Migration, migrate } from './migrations.js';
import { MapVersionSchema, StoredIdSchema, TimestampSchema } from './records.js';

const MAGIC = 'SQLite format 3\0';

/** A maps row as stored. */
export const MapRowSchema = z.strictObject({
  id: StoredIdSchema,
  title: z.string(),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  version: MapVersionSchema,
  doc: z.string(),
});
export type MapRow = z.infer<typeof MapRowSchema>;

/** A revisions row as stored. */
export const RevisionRowSchema = z.strictObject({
  map_id: StoredIdSchema,
  version: MapVersionSchema,
  saved_at: TimestampSchema,
  doc: z.string(),
});
export type RevisionRow = z.infer<typeof RevisionRowSchema>;

/** The columns of a revision listed without its document. */
export const RevisionListRowSchema = RevisionRowSchema.pick({ version: true, saved_at: true });

/**
 * Writes a snapshot of `db` to `dest` (which must not exist) with SQLite's backup API. The copy is made
 * under a temporary name created 0600 beside `dest`, switched to a single-file journal, checked, synced,
 * and only then linked into place, so `dest` is either absent or a complete backup.
 */
export async function writeBackup(
  db: Database.Database,
  destFile: string,
): Promise<{ file: string; maps: number; revisions: number; bytes: number }> {
  const dest = resolve(destFile);
  if (existsSync(dest))
    throw new StoreError('file_exists', `${dest} already exists; choose another name or remove it first`);
  const tmp = `${dest}.partial-${randomUUID()}`;
  closeSync(openSync(tmp, 'wx', 0o600));
  try {
    await db.backup(tmp);
    const copy = new Database(tmp, { fileMustExist: true });
    let maps: number;
    let revisions: number;
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the backup copy fails integrity_check: ${String(check)}`);
      maps = (copy.prepare('SELECT count(*) AS n FROM maps').get() as { n: number }).n;
      revisions = (copy.prepare('SELECT count(*) AS n FROM revisions').get() as { n: number }).n;
    } finally {
      copy.close();
    }
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(tmp, dest);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST')
        throw new StoreError('file_exists', `${dest} already exists; choose another name or remove it first`);
      throw e;
    }
    syncDir(dirname(dest));
    return { file: dest, maps, revisions, bytes: statSync(dest).size };
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
  }
}

function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the file itself is already synced.
  }
}

/** The checked contents of a backup file, ready to replace the store's. */
export interface BackupContents {
  file: string;
  schemaVersion: number;
  maps: MapRow[];
  revisions: RevisionRow[];
}

const invalid = (file: string, message: string, issues: Issue[] = []) =>
  new StoreError('invalid_backup', `${file}: ${message}; nothing was restored`, { issues });

/** Reads and checks a backup file without modifying it; throws `invalid_backup` or `future_schema`. */
export function readBackup(file: string, migrations: readonly Migration[] = MIGRATIONS): BackupContents {
  const path = resolve(file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new StoreError('not_found', `${path}: cannot read: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  if (bytes.length < 100 || bytes.toString('latin1', 0, 16) !== MAGIC)
    throw invalid(path, 'not an SQLite database');
  const schemaVersion = bytes.readUInt32BE(60);
  const known = latestVersion(migrations);
  if (schemaVersion > known) throw futureSchemaError(schemaVersion, known, path);
  if (schemaVersion === 0) throw invalid(path, 'not a banradius database (no schema version)');
  // An in-memory copy cannot use a write-ahead log: mark the copy's header as a rollback-journal database.
  if (bytes[18] === 2) bytes[18] = 1;
  if (bytes[19] === 2) bytes[19] = 1;
  let mem: Database.Database;
  try {
    mem = new Database(bytes);
  } catch (e) {
    throw invalid(path, `cannot be opened: ${(e as Error).message}`);
  }
  try {
    let check: unknown;
    try {
      check = mem.pragma('integrity_check', { simple: true });
    } catch (e) {
      throw invalid(path, `integrity_check failed: ${(e as Error).message}`);
    }
    if (check !== 'ok') throw invalid(path, `integrity_check reports: ${String(check)}`);
    try {
      migrate(mem, migrations, path);
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw invalid(path, `cannot be brought to schema version ${known}: ${(e as Error).message}`);
    }
    if ((mem.pragma('foreign_key_check') as unknown[]).length > 0)
      throw invalid(path, 'has revisions of maps that do not exist');
    return { file: path, schemaVersion, ...checkRows(mem, path) };
  } finally {
    mem.close();
  }
}

function checkRows(mem: Database.Database, path: string): { maps: MapRow[]; revisions: RevisionRow[] } {
  const issues: Issue[] = [];
  const maps: MapRow[] = [];
  const revisions: RevisionRow[] = [];
  let rawMaps: unknown[];
  let rawRevisions: unknown[];
  try {
    rawMaps = mem.prepare('SELECT id, title, created_at, updated_at, version, doc FROM maps').all();
    rawRevisions = mem.prepare('SELECT map_id, version, saved_at, doc FROM revisions').all();
  } catch (e) {
    throw invalid(path, `not a banradius database: ${(e as Error).message}`);
  }
  for (const raw of rawMaps) {
    const row = MapRowSchema.safeParse(raw);
    const at = ['maps', String((raw as { id?: unknown }).id)];
    if (!row.success) {
      issues.push({ code: 'corrupt_row', path: at, message: 'the row does not have the stored shape' });
      continue;
    }
    const { map, issues: problems } = checkStoredDoc(row.data.doc, at);
    issues.push(...problems);
    // Stored normalized: the title column always follows the document.
    if (map) maps.push({ ...row.data, title: map.title ?? '', doc: JSON.stringify(map) });
  }
  const current = new Map(maps.map((m) => [m.id, m.version]));
  const seen = new Set<string>();
  for (const raw of rawRevisions) {
    const row = RevisionRowSchema.safeParse(raw);
    const r = raw as { map_id?: unknown; version?: unknown };
    const at = ['revisions', String(r.map_id), typeof r.version === 'number' ? r.version : String(r.version)];
    if (!row.success) {
      issues.push({ code: 'corrupt_row', path: at, message: 'the row does not have the stored shape' });
      continue;
    }
    const { map, issues: problems } = checkStoredDoc(row.data.doc, at);
    issues.push(...problems);
    if ((current.get(row.data.map_id) ?? 0) < row.data.version)
      issues.push({ code: 'corrupt_row', path: at, message: 'a revision newer than its map' });
    seen.add(`${row.data.map_id}\u0000${row.data.version}`);
    if (map) revisions.push({ ...row.data, doc: JSON.stringify(map) });
  }
  for (const m of maps)
    if (!seen.has(`${m.id}\u0000${m.version}`))
      issues.push({
        code: 'corrupt_row',
        path: ['maps', m.id],
        message: 'its current version has no revision',
      });
  if (issues.length > 0) throw invalid(path, `${issues.length} problem(s) found`, issues);
  return { maps, revisions };
}
