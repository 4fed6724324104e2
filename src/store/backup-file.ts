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
import type { BackupProblem } from '../text/index.js';
import { checkStoredDoc } from './documents.js';
import { rowIssue, StoreError } from './errors.js';
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
  if (existsSync(dest)) throw new StoreError({ code: 'file_exists', file: dest });
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
        throw new StoreError({ code: 'file_exists', file: dest });
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

const invalid = (
  file: string,
  problem: BackupProblem,
  more: { detail?: string; known?: number; count?: number } = {},
  issues: Issue[] = [],
) => new StoreError({ code: 'invalid_backup', file, problem, ...more }, { issues });

const said = (e: unknown) => ({ detail: (e as Error).message });

/** Reads and checks a backup file without modifying it; throws `invalid_backup` or `future_schema`. */
export function readBackup(file: string, migrations: readonly Migration[] = MIGRATIONS): BackupContents {
  const path = resolve(file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new StoreError({ code: 'not_found', file: path, reason: err.code, detail: String(e) });
  }
  if (bytes.length < 100 || bytes.toString('latin1', 0, 16) !== MAGIC) throw invalid(path, 'not_sqlite');
  const schemaVersion = bytes.readUInt32BE(60);
  const known = latestVersion(migrations);
  if (schemaVersion > known) throw futureSchemaError(schemaVersion, known, path);
  if (schemaVersion === 0) throw invalid(path, 'no_schema');
  // An in-memory copy cannot use a write-ahead log: mark the copy's header as a rollback-journal database.
  if (bytes[18] === 2) bytes[18] = 1;
  if (bytes[19] === 2) bytes[19] = 1;
  let mem: Database.Database;
  try {
    mem = new Database(bytes);
  } catch (e) {
    throw invalid(path, 'cannot_open', said(e));
  }
  try {
    let check: unknown;
    try {
      check = mem.pragma('integrity_check', { simple: true });
    } catch (e) {
      throw invalid(path, 'integrity', said(e));
    }
    if (check !== 'ok') throw invalid(path, 'integrity', { detail: String(check) });
    try {
      migrate(mem, migrations, path);
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw invalid(path, 'migrate', { known, ...said(e) });
    }
    if ((mem.pragma('foreign_key_check') as unknown[]).length > 0) throw invalid(path, 'orphans');
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
    throw invalid(path, 'not_banradius', said(e));
  }
  for (const raw of rawMaps) {
    const row = MapRowSchema.safeParse(raw);
    const at = ['maps', String((raw as { id?: unknown }).id)];
    if (!row.success) {
      issues.push(rowIssue(at, 'shape'));
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
      issues.push(rowIssue(at, 'shape'));
      continue;
    }
    const { map, issues: problems } = checkStoredDoc(row.data.doc, at);
    issues.push(...problems);
    if ((current.get(row.data.map_id) ?? 0) < row.data.version) issues.push(rowIssue(at, 'newer_revision'));
    seen.add(`${row.data.map_id}\u0000${row.data.version}`);
    if (map) revisions.push({ ...row.data, doc: JSON.stringify(map) });
  }
  for (const m of maps)
    if (!seen.has(`${m.id}\u0000${m.version}`)) issues.push(rowIssue(['maps', m.id], 'no_current_revision'));
  if (issues.length > 0) throw invalid(path, 'rows', { count: issues.length }, issues);
  return { maps, revisions };
}
