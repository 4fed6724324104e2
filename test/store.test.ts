// The map store: versions and revisions, validation on write and read, stale writes, real deletion, pragmas.
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE, docHash, openDatabase, openStore, type Store } from '../src/store/index.js';
import { phoneMap, qqMap } from './fixtures-db/samples.js';
import { thrown } from './support/store-error.js';

const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

const tempDir = () => mkdtempSync(join(tmpdir(), 'banradius-store-'));

/** A store in a fresh directory with a clock that ticks one second per reading. */
function fresh(): { store: Store; dir: string } {
  const dir = tempDir();
  let t = Date.parse('2026-03-01T00:00:00.000Z');
  const tick = () => {
    t += 1000;
    return new Date(t);
  };
  const store = openStore(dir, { now: tick });
  open.push(store);
  return { store, dir };
}

/** Everything a reader can see, to show that a refused write changed nothing. */
function snapshot(store: Store) {
  return store.list().map((m) => ({ ...m, record: store.get(m.id), revisions: store.revisions(m.id) }));
}

/** A second, raw connection to the store's file, for writing what the store never would. */
function raw(dir: string): Database.Database {
  return new Database(join(dir, DB_FILE));
}

describe('openStore', () => {
  it('creates the data directory 0700 and the database in it 0600', () => {
    const dir = join(tempDir(), 'nested', 'data');
    open.push(openStore(dir));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, DB_FILE)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, `${DB_FILE}-wal`)).mode & 0o777).toBe(0o600);
  });

  it('sets WAL, synchronous=FULL, secure_delete and foreign keys on every connection', () => {
    const { dir } = fresh();
    // The store's connection switched the file to WAL; a later connection must still get FULL, not 1.
    const db = openDatabase(join(dir, DB_FILE));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('secure_delete', { simple: true })).toBe(1);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it('refuses a file that is not an SQLite database and leaves it alone', () => {
    const dir = tempDir();
    const file = join(dir, DB_FILE);
    writeFileSync(file, 'not a database, only text long enough to fill a header. '.repeat(4));
    const before = readFileSync(file);
    expect(thrown(() => openStore(dir)).code).toBe('not_a_database');
    expect(readFileSync(file)).toEqual(before);
  });
});

describe('saving maps', () => {
  it('creates a map at version 1 with a random id, its title and times, and revision 1', () => {
    const { store } = fresh();
    const a = store.create(qqMap('我的账号'));
    const b = store.create(phoneMap('138 0000 0000'));
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.id).not.toBe(a.id);
    expect(a).toEqual({
      id: a.id,
      title: '我的账号',
      version: 1,
      createdAt: '2026-03-01T00:00:01.000Z',
      updatedAt: '2026-03-01T00:00:01.000Z',
      map: qqMap('我的账号'),
    });
    expect(store.get(a.id)).toEqual(a);
    expect(store.get(b.id)?.title).toBe('');
    expect(store.revisions(a.id)).toEqual([{ version: 1, savedAt: '2026-03-01T00:00:01.000Z' }]);
    expect(store.list().map((m) => m.id)).toEqual([b.id, a.id]);
    expect(store.list()[1]).toEqual({
      id: a.id,
      title: '我的账号',
      version: 1,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    });
  });

  it('bumps the version and keeps a revision for every save', () => {
    const { store } = fresh();
    const a = store.create(qqMap('v1'));
    const a2 = store.update(a.id, qqMap('v2', 1), 1);
    const a3 = store.update(a.id, qqMap('v3', 2), 2);
    expect([a2.version, a3.version]).toEqual([2, 3]);
    expect(a3.createdAt).toBe(a.createdAt);
    expect(a3.updatedAt > a2.updatedAt).toBe(true);
    expect(store.get(a.id)).toEqual(a3);
    expect(store.revisions(a.id)?.map((r) => r.version)).toEqual([3, 2, 1]);
    expect(store.revision(a.id, 1)?.map).toEqual(qqMap('v1'));
    expect(store.revision(a.id, 2)).toEqual({
      id: a.id,
      version: 2,
      savedAt: a2.updatedAt,
      map: qqMap('v2', 1),
    });
    expect(store.revision(a.id, 4)).toBeUndefined();
  });

  it('never overwrites with a stale version, and says which version is current', () => {
    const { store } = fresh();
    const a = store.create(qqMap('v1'));
    store.update(a.id, qqMap('v2'), 1);
    const before = snapshot(store);
    const e = thrown(() => store.update(a.id, qqMap('stale'), 1));
    expect(e.code).toBe('stale_version');
    expect(e.currentVersion).toBe(2);
    expect(e.message).toContain('is at version 2, not 1');
    expect(thrown(() => store.update(a.id, qqMap('future'), 3)).code).toBe('stale_version');
    expect(thrown(() => store.restore(a.id, 1, 1)).code).toBe('stale_version');
    expect(snapshot(store)).toEqual(before);
  });

  it('refuses an invalid map with JSON paths and writes nothing', () => {
    const { store } = fresh();
    const a = store.create(qqMap('v1'));
    const before = snapshot(store);
    const broken = qqMap('broken');
    broken.accounts[2]!.ways = [{ requires: [{ account: 'nobody' }] }];
    const e = thrown(() => store.update(a.id, broken, 1));
    expect(e.code).toBe('invalid_map');
    expect(e.issues).toEqual([
      {
        code: 'unknown_account',
        path: ['accounts', 2, 'ways', 0, 'requires', 0, 'account'],
        message: 'requires unknown account "nobody"',
        params: { account: 'nobody', in: 'requirement' },
      },
    ]);
    expect(thrown(() => store.create({ version: 1, accounts: [], extra: true })).code).toBe('invalid_map');
    expect(thrown(() => store.create('{"version":1}')).code).toBe('invalid_map');
    expect(snapshot(store)).toEqual(before);
  });

  it('reports not_found for saves to a map that does not exist', () => {
    const { store } = fresh();
    expect(thrown(() => store.update('missing', qqMap('x'), 1)).code).toBe('not_found');
    expect(thrown(() => store.restore('missing', 1, 1)).code).toBe('not_found');
    expect(store.get('missing')).toBeUndefined();
    expect(store.revisions('missing')).toBeUndefined();
    expect(store.revision('missing', 1)).toBeUndefined();
    expect(store.delete('missing')).toBe(false);
  });

  it('restores an old revision as a new version with that document', () => {
    const { store } = fresh();
    const a = store.create(qqMap('first'));
    store.update(a.id, qqMap('second'), 1);
    const restored = store.restore(a.id, 1, 2);
    expect(restored.version).toBe(3);
    expect(restored.map).toEqual(qqMap('first'));
    expect(store.get(a.id)).toEqual(restored);
    expect(store.revisions(a.id)?.map((r) => r.version)).toEqual([3, 2, 1]);
    expect(thrown(() => store.restore(a.id, 9, 3)).code).toBe('not_found');
    expect(store.get(a.id)?.version).toBe(3);
  });
});

describe('reading damaged rows', () => {
  it('reports a stored document that is no longer a valid map instead of serving it', () => {
    const { store, dir } = fresh();
    const a = store.create(qqMap('fine'));
    const db = raw(dir);
    // Rewritten with a matching SHA-256, as an editor outside banradius would: validation still refuses them.
    const bad = '{"version":2,"accounts":[]}';
    const poisoned = '{"version":1,"accounts":[],"__proto__":{}}';
    db.prepare('UPDATE maps SET doc = ?, doc_sha256 = ? WHERE id = ?').run(bad, docHash(bad), a.id);
    db.prepare('UPDATE revisions SET doc = ?, doc_sha256 = ? WHERE map_id = ?').run(
      poisoned,
      docHash(poisoned),
      a.id,
    );
    db.close();
    const e = thrown(() => store.get(a.id));
    expect(e.code).toBe('corrupt_row');
    expect(e.issues[0]?.path).toEqual(['version']);
    expect(thrown(() => store.revision(a.id, 1)).code).toBe('corrupt_row');
    expect(thrown(() => store.restore(a.id, 1, 1)).code).toBe('corrupt_row');
    expect(store.list().map((m) => m.id)).toEqual([a.id]);
  });

  it('reports a damaged version or timestamp column', () => {
    const { store, dir } = fresh();
    const a = store.create(qqMap('fine'));
    const db = raw(dir);
    db.prepare('UPDATE maps SET updated_at = ? WHERE id = ?').run('yesterday', a.id);
    db.close();
    expect(thrown(() => store.get(a.id)).code).toBe('corrupt_row');
    expect(thrown(() => store.list()).code).toBe('corrupt_row');
  });
});

describe('deleting', () => {
  it('deletes the map and every revision, leaving no trace of its text in the files', () => {
    const { store, dir } = fresh();
    const label = 'ZQX-unique-label-4711';
    const keep = store.create(qqMap('keep me'));
    const doomed = store.create(phoneMap(label));
    store.update(doomed.id, { ...phoneMap(label), title: `${label} title` }, 1);
    const files = () =>
      [DB_FILE, `${DB_FILE}-wal`]
        .map((f) => join(dir, f))
        .filter(existsSync)
        .map((f) => readFileSync(f));
    expect(files().some((b) => b.includes(label))).toBe(true);

    expect(store.delete(doomed.id)).toBe(true);
    expect(store.get(doomed.id)).toBeUndefined();
    expect(store.revisions(doomed.id)).toBeUndefined();
    const db = raw(dir);
    expect(db.prepare('SELECT count(*) AS n FROM revisions WHERE map_id = ?').get(doomed.id)).toEqual({
      n: 0,
    });
    db.close();
    expect(files().some((b) => b.includes(label))).toBe(false);
    expect(statSync(join(dir, `${DB_FILE}-wal`)).size).toBe(0);
    expect(store.get(keep.id)?.map).toEqual(qqMap('keep me'));
    expect(store.delete(doomed.id)).toBe(false);
    expect(store.integrityCheck()).toEqual(['ok']);
  });
});

describe('backup and restore', () => {
  it('backs up every map and revision into a new 0600 file that restores into another store', async () => {
    const { store } = fresh();
    const a = store.create(qqMap('a'));
    store.update(a.id, qqMap('a2'), 1);
    const b = store.create(phoneMap('139'));
    const file = join(tempDir(), 'backup.sqlite');
    const info = await store.backup(file);
    expect(info).toMatchObject({ file, maps: 2, revisions: 3 });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file).subarray(18, 20)).toEqual(Buffer.from([1, 1]));

    const other = fresh().store;
    other.create(qqMap('will be replaced'));
    const restored = other.restoreFrom(file);
    expect(restored).toMatchObject({ maps: 2, revisions: 3, replacedMaps: 1, replacedRevisions: 1 });
    expect(snapshot(other)).toEqual(snapshot(store));
    expect(other.get(b.id)?.map).toEqual(phoneMap('139'));
  });

  it('refuses to overwrite an existing file', async () => {
    const { store } = fresh();
    const file = join(tempDir(), 'exists.sqlite');
    writeFileSync(file, 'keep');
    await expect(store.backup(file)).rejects.toMatchObject({ code: 'file_exists' });
    expect(readFileSync(file, 'utf8')).toBe('keep');
  });

  it('refuses a backup with an invalid document, and changes nothing', async () => {
    const { store, dir } = fresh();
    store.create(qqMap('source'));
    const file = join(tempDir(), 'bad.sqlite');
    const db = raw(dir);
    db.prepare('UPDATE revisions SET doc = ?').run('{"version":1,"accounts":[{"id":"x"}]}');
    db.close();
    await store.backup(file);

    const target = fresh().store;
    target.create(phoneMap('target'));
    const before = snapshot(target);
    const e = thrown(() => target.restoreFrom(file));
    expect(e.code).toBe('invalid_backup');
    expect(e.issues[0]?.path.slice(0, 1)).toEqual(['revisions']);
    expect(snapshot(target)).toEqual(before);
  });

  it('refuses files that are not banradius backups', () => {
    const { store } = fresh();
    store.create(qqMap('stay'));
    const before = snapshot(store);
    const dir = tempDir();
    const text = join(dir, 'text.sqlite');
    writeFileSync(text, 'hello');
    expect(thrown(() => store.restoreFrom(text)).code).toBe('invalid_backup');
    const plain = join(dir, 'plain.sqlite');
    new Database(plain).exec('CREATE TABLE t (x)').close();
    expect(thrown(() => store.restoreFrom(plain)).code).toBe('invalid_backup');
    expect(thrown(() => store.restoreFrom(join(dir, 'missing.sqlite'))).code).toBe('not_found');
    expect(snapshot(store)).toEqual(before);
  });
});
