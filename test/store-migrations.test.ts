// Schema versions: every committed fixture database of an earlier version opens and keeps its data; the
// migration runner applies steps in order, one transaction each; a database from a newer banradius is refused
// and left byte-identical.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE, MIGRATIONS, type Migration, openStore, SCHEMA_VERSION } from '../src/store/index.js';
import { qqMap, V1_FIXTURE } from './fixtures-db/samples.js';
import { thrown } from './support/store-error.js';

const FIXTURES = join(import.meta.dirname, 'fixtures-db');
const tempDir = () => mkdtempSync(join(tmpdir(), 'banradius-migrate-'));

/** A data directory holding a copy of a committed fixture database (never open the committed file). */
function withFixture(file: string): string {
  const dir = tempDir();
  copyFileSync(join(FIXTURES, file), join(dir, DB_FILE));
  return dir;
}

/** The schema version as a reader sees it (through the write-ahead log, where a migration may still sit). */
const userVersionOf = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true });
  } finally {
    db.close();
  }
};

/** A made-up next version, to show how the runner brings an old database forward. */
const V2: Migration = {
  version: SCHEMA_VERSION + 1,
  name: 'map tags (test only)',
  up(db) {
    db.exec("ALTER TABLE maps ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'");
  },
};

describe('fixture databases of earlier schema versions', () => {
  it('has a committed fixture database for every schema version', () => {
    const found = readdirSync(FIXTURES).filter((f) => /^v\d+\.sqlite$/.test(f));
    expect(found.sort()).toEqual(MIGRATIONS.map((m) => `v${m.version}.sqlite`));
  });

  it.each(MIGRATIONS.map((m) => `v${m.version}.sqlite`))(
    'opens %s and reads every map and revision',
    (file) => {
      const dir = withFixture(file);
      const store = openStore(dir);
      try {
        expect(userVersionOf(join(dir, DB_FILE))).toBe(SCHEMA_VERSION);
        expect(store.integrityCheck()).toEqual(['ok']);
        const maps = store.list();
        expect(maps.length).toBeGreaterThan(0);
        for (const m of maps) {
          expect(store.get(m.id)?.version).toBe(m.version);
          for (const r of store.revisions(m.id) ?? [])
            expect(store.revision(m.id, r.version)?.map).toBeDefined();
        }
      } finally {
        store.close();
      }
    },
  );

  it('opens the v1 database and keeps every map, revision and time', () => {
    const dir = withFixture(V1_FIXTURE.file);
    const store = openStore(dir);
    try {
      expect(userVersionOf(join(dir, DB_FILE))).toBe(SCHEMA_VERSION);
      expect(store.integrityCheck()).toEqual(['ok']);
      expect(store.list()).toEqual([
        {
          id: 'fixture-phone',
          title: '',
          version: 1,
          createdAt: '2026-01-01T00:00:03.000Z',
          updatedAt: '2026-01-01T00:00:03.000Z',
        },
        {
          id: 'fixture-qq',
          title: '我的账号 v3',
          version: 3,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:02.000Z',
        },
      ]);
      for (const m of V1_FIXTURE.maps) {
        expect(store.get(m.id)?.map).toEqual(m.revisions.at(-1));
        m.revisions.forEach((doc, i) => {
          expect(store.revision(m.id, i + 1)?.map).toEqual(doc);
        });
      }
      const saved = store.update('fixture-qq', qqMap('after the upgrade'), 3);
      expect(saved.version).toBe(4);
    } finally {
      store.close();
    }
  });

  it('brings a v1 database to a new version by running only the new step, keeping the data', () => {
    const dir = withFixture(V1_FIXTURE.file);
    const store = openStore(dir, { migrations: [...MIGRATIONS, V2] });
    try {
      expect(store.get('fixture-qq')?.version).toBe(3);
      expect(store.revisions('fixture-qq')).toHaveLength(3);
      store.create(qqMap('written at v2'));
    } finally {
      store.close();
    }
    const db = new Database(join(dir, DB_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect(db.prepare("SELECT tags FROM maps WHERE id = 'fixture-qq'").get()).toEqual({ tags: '[]' });
    db.close();
  });

  it('rolls a failing step back completely, leaving the previous version', () => {
    const dir = withFixture(V1_FIXTURE.file);
    const failing: Migration = {
      version: SCHEMA_VERSION + 1,
      name: 'fails halfway',
      up(db) {
        db.exec('CREATE TABLE half (x)');
        throw new Error('boom');
      },
    };
    expect(() => openStore(dir, { migrations: [...MIGRATIONS, failing] })).toThrow('boom');
    const db = new Database(join(dir, DB_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half'").get()).toEqual({ n: 0 });
    db.close();
    const store = openStore(dir);
    expect(store.get('fixture-qq')?.version).toBe(3);
    store.close();
  });
});

describe('a database from a newer banradius', () => {
  /** A data directory whose database claims the next schema version. */
  function future(): string {
    const dir = tempDir();
    openStore(dir).close();
    const db = new Database(join(dir, DB_FILE));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    return dir;
  }

  it('is refused with a clear message and left byte-identical, with no files added', () => {
    const dir = future();
    const file = join(dir, DB_FILE);
    const before = readFileSync(file);
    const listing = readdirSync(dir);
    const e = thrown(() => openStore(dir));
    expect(e.code).toBe('future_schema');
    expect(e.message).toContain(`schema version ${SCHEMA_VERSION + 1}`);
    expect(e.message).toContain('written by a newer banradius');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(listing);
  });

  it('is refused when the newer version is still in the write-ahead log', () => {
    const dir = tempDir();
    openStore(dir).close();
    const file = join(dir, DB_FILE);
    // A newer banradius bumped the version and was killed before any checkpoint: keep its WAL.
    const writer = new Database(file);
    writer.pragma('wal_autocheckpoint = 0');
    writer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    const copy = tempDir();
    copyFileSync(file, join(copy, DB_FILE));
    copyFileSync(`${file}-wal`, join(copy, `${DB_FILE}-wal`));
    writer.close();
    const copied = join(copy, DB_FILE);
    expect(readFileSync(copied).readUInt32BE(60)).toBeLessThanOrEqual(SCHEMA_VERSION); // the header is older
    const before = readFileSync(copied);
    const wal = readFileSync(`${copied}-wal`);
    expect(thrown(() => openStore(copy)).code).toBe('future_schema');
    expect(readFileSync(copied).equals(before)).toBe(true);
    expect(readFileSync(`${copied}-wal`).equals(wal)).toBe(true);
  });

  it('is refused as a backup to restore, changing nothing', () => {
    const dir = future();
    const store = openStore(tempDir());
    try {
      store.create(qqMap('mine'));
      const before = store.list();
      expect(thrown(() => store.restoreFrom(join(dir, DB_FILE))).code).toBe('future_schema');
      expect(store.list()).toEqual(before);
      expect(existsSync(join(dir, `${DB_FILE}-wal`))).toBe(false);
    } finally {
      store.close();
    }
  });
});
