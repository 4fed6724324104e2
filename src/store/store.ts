/**
 * @module The map store: one SQLite file (`<dataDir>/banradius.db`) holding maps and a revision for every
 * save. Every write is one IMMEDIATE transaction (the version check and the write together, so two
 * processes cannot lose an update); every document is validated on write and on read. The store is a
 * shell: it reads the clock (injectable for tests) and makes random ids.
 */
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { type MapRow, MapRowSchema, RevisionListRowSchema, readBackup, writeBackup } from './backup-file.js';
import { ensureDataDir } from './data-dir.js';
import { isDiskFull, Reserve, writing } from './disk-full.js';
import { decodeMap, encodeMap } from './documents.js';
import { StoreError } from './errors.js';
import { docHash, MIGRATIONS, type Migration } from './migrations.js';
import { openDatabase } from './open-db.js';
import type {
  BackupInfo,
  MapRecord,
  MapSummary,
  RestoreInfo,
  RevisionRecord,
  RevisionSummary,
} from './records.js';
import { prunable } from './retention.js';
import type { Store, StoreOptions } from './store-api.js';

export type { Store, StoreOptions } from './store-api.js';

import { prepare } from './statements.js';

/** The database's file name inside the data directory. */
export const DB_FILE = 'banradius.db';

type Meta = Omit<MapRow, 'doc'>;
const MetaSchema = MapRowSchema.omit({ doc: true });

const notFound = (id: string) => new StoreError({ code: 'not_found', id });
const damagedRow = (id: string, version?: number, revision = false) =>
  new StoreError({
    code: 'corrupt_row',
    row: { id, ...(version === undefined ? {} : { version }), revision },
    damage: 'row',
  });

class SqliteStore implements Store {
  readonly file: string;
  private readonly db: Database.Database;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly migrations: readonly Migration[];
  private readonly sql: ReturnType<typeof prepare>;
  private readonly reserve: Reserve;

  constructor(file: string, options: StoreOptions) {
    this.file = file;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.migrations = options.migrations ?? MIGRATIONS;
    this.db = openDatabase(file, {
      migrations: this.migrations,
      ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
    });
    this.sql = prepare(this.db);
    this.reserve = new Reserve(dirname(file));
    this.reserve.ensure();
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  private readMeta(raw: unknown, id: string): Meta {
    const row = MetaSchema.safeParse(raw);
    if (!row.success) throw damagedRow(id);
    return row.data;
  }

  list(): MapSummary[] {
    return this.sql.list.all().map((raw) => {
      const m = this.readMeta(raw, String((raw as { id?: unknown }).id));
      return {
        id: m.id,
        title: m.title,
        version: m.version,
        createdAt: m.created_at,
        updatedAt: m.updated_at,
      };
    });
  }

  create(input: unknown): MapRecord {
    const { map, doc } = encodeMap(input);
    const id = this.newId();
    const at = this.stamp();
    const title = map.title ?? '';
    writing(() =>
      this.db
        .transaction(() => {
          this.sql.insert.run(id, title, at, at, 1, doc, docHash(doc));
          this.sql.addRevision.run(id, 1, at, doc, docHash(doc));
        })
        .immediate(),
    );
    return { id, title, version: 1, createdAt: at, updatedAt: at, map };
  }

  get(id: string): MapRecord | undefined {
    const raw = this.sql.get.get(id) as { doc?: unknown; doc_sha256?: unknown } | undefined;
    if (!raw) return undefined;
    const { doc, doc_sha256, ...rest } = raw;
    const m = this.readMeta(rest, id);
    const map = decodeMap(doc, { id, version: m.version }, doc_sha256);
    return {
      id: m.id,
      title: map.title ?? '',
      version: m.version,
      createdAt: m.created_at,
      updatedAt: m.updated_at,
      map,
    };
  }

  /** The write path of update and restore: check the version and write, in one IMMEDIATE transaction. */
  private save(id: string, ifVersion: number, next: () => { map: MapRecord['map']; doc: string }): MapRecord {
    return writing(() => this.saveNow(id, ifVersion, next));
  }

  private saveNow(
    id: string,
    ifVersion: number,
    next: () => { map: MapRecord['map']; doc: string },
  ): MapRecord {
    return this.db
      .transaction((): MapRecord => {
        const raw = this.sql.meta.get(id);
        if (!raw) throw notFound(id);
        const current = this.readMeta(raw, id);
        if (current.version !== ifVersion)
          throw new StoreError({
            code: 'stale_version',
            id,
            current: current.version,
            given: ifVersion,
          });
        const { map, doc } = next();
        const version = current.version + 1;
        const at = this.stamp();
        const title = map.title ?? '';
        this.sql.update.run(title, at, version, doc, docHash(doc), id);
        this.sql.addRevision.run(id, version, at, doc, docHash(doc));
        this.pruneMap(id, version);
        return { id, title, version, createdAt: current.created_at, updatedAt: at, map };
      })
      .immediate();
  }

  update(id: string, input: unknown, ifVersion: number): MapRecord {
    const encoded = encodeMap(input);
    return this.save(id, ifVersion, () => encoded);
  }

  restore(id: string, version: number, ifVersion: number): MapRecord {
    return this.save(id, ifVersion, () => {
      const raw = this.sql.revision.get(id, version) as { doc?: unknown; doc_sha256?: unknown } | undefined;
      if (!raw) throw new StoreError({ code: 'not_found', id, version });
      const map = decodeMap(raw.doc, { id, version, revision: true }, raw.doc_sha256);
      return { map, doc: JSON.stringify(map) };
    });
  }

  /** Deletes the revisions of one map that the retention rule lets go (inside the caller's transaction). */
  private pruneMap(id: string, current: number): number {
    const list = (this.sql.revisions.all(id) as { version: number; saved_at: string }[]).map((r) => ({
      version: r.version,
      savedAt: r.saved_at,
    }));
    const gone = prunable(list, current, this.now());
    for (const v of gone) this.sql.deleteRevision.run(id, v);
    return gone.length;
  }

  prune(): { maps: number; removed: number } {
    const result = writing(() =>
      this.db
        .transaction(() => {
          let removed = 0;
          let maps = 0;
          for (const m of this.sql.allVersions.all() as { id: string; version: number }[]) {
            const n = this.pruneMap(m.id, m.version);
            removed += n;
            if (n > 0) maps++;
          }
          return { maps, removed };
        })
        .immediate(),
    );
    if (result.removed > 0) writing(() => this.checkpoint());
    return result;
  }

  delete(id: string): boolean {
    const run = () =>
      this.db
        .transaction(() => {
          // ON DELETE CASCADE removes the revisions too; deleting them first keeps that true with foreign keys off.
          this.sql.deleteRevisions.run(id);
          return this.sql.delete.run(id).changes > 0;
        })
        .immediate();
    // On a full disk the delete itself needs room for its log: give back the reserve and try once more.
    const removed = writing(() => {
      try {
        return run();
      } catch (e) {
        if (!isDiskFull(e) || !this.reserve.release()) throw e;
        return run();
      }
    });
    // secure_delete has zeroed the freed space in the pages; copy them from the WAL into the main file and
    // truncate the WAL so the old content does not linger there either (see README.md).
    if (removed) {
      writing(() => this.checkpoint());
      this.reserve.ensure();
    }
    return removed;
  }

  revisions(id: string): RevisionSummary[] | undefined {
    return this.db
      .transaction(() => {
        if (!this.sql.meta.get(id)) return undefined;
        return this.sql.revisions.all(id).map((raw) => {
          const r = RevisionListRowSchema.safeParse(raw);
          if (!r.success) throw damagedRow(id, undefined, true);
          return { version: r.data.version, savedAt: r.data.saved_at };
        });
      })
      .deferred();
  }

  revision(id: string, version: number): RevisionRecord | undefined {
    const raw = this.sql.revision.get(id, version) as
      | { saved_at?: unknown; doc?: unknown; doc_sha256?: unknown }
      | undefined;
    if (!raw) return undefined;
    const where = { id, version, revision: true };
    const r = RevisionListRowSchema.safeParse({ version, saved_at: raw.saved_at });
    if (!r.success) throw damagedRow(id, version, true);
    return { id, version, savedAt: r.data.saved_at, map: decodeMap(raw.doc, where, raw.doc_sha256) };
  }

  backup(destFile: string): Promise<BackupInfo> {
    return writeBackup(this.db, destFile);
  }

  restoreFrom(file: string): RestoreInfo {
    const contents = readBackup(file, this.migrations);
    const before = this.db
      .transaction(() => {
        const counts = this.sql.count.get() as { maps: number; revisions: number };
        this.sql.deleteAllRevisions.run();
        this.sql.deleteAll.run();
        for (const m of contents.maps)
          this.sql.insert.run(m.id, m.title, m.created_at, m.updated_at, m.version, m.doc, docHash(m.doc));
        for (const r of contents.revisions)
          this.sql.addRevision.run(r.map_id, r.version, r.saved_at, r.doc, docHash(r.doc));
        return counts;
      })
      .immediate();
    this.checkpoint();
    return {
      file: contents.file,
      schemaVersion: contents.schemaVersion,
      maps: contents.maps.length,
      revisions: contents.revisions.length,
      replacedMaps: before.maps,
      replacedRevisions: before.revisions,
    };
  }

  private checkpoint(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  integrityCheck(): string[] {
    return (this.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  }

  close(): void {
    this.db.close();
  }
}

/**
 * Opens the store in `dataDir` (default: the user's data directory; created 0700), creating or migrating
 * `banradius.db`. Throws `future_schema` for a database from a newer banradius, leaving it untouched.
 */
export function openStore(dataDir?: string, options: StoreOptions = {}): Store {
  return new SqliteStore(join(ensureDataDir(dataDir), DB_FILE), options);
}
