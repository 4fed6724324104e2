// The command line against the store: maps list, impact --map, backup and restore, with their exit codes.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { compile, impact } from '../src/engine/index.js';
import { DB_FILE, openStore, SCHEMA_VERSION } from '../src/store/index.js';
import { phoneMap, qqMap } from './fixtures-db/samples.js';

function capture(lang: 'zh' | 'en' = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), lang, env: {} };
  return { io, out, err, text: () => out.join('\n'), errors: () => err.join('\n') };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'banradius-store-cli-'));

/** A data directory with two maps; returns the directory and the QQ map's id. */
function seeded(): { dir: string; id: string } {
  const dir = tempDir();
  const store = openStore(dir);
  const { id } = store.create(qqMap('我的账号'));
  store.create(phoneMap('139'));
  store.close();
  return { dir, id };
}

const listOf = (dir: string) => {
  const store = openStore(dir);
  try {
    return store.list().map((m) => ({ ...m, map: store.get(m.id)?.map, revisions: store.revisions(m.id) }));
  } finally {
    store.close();
  }
};

describe('banradius maps list', () => {
  it('prints the stored maps as a table, or exactly the API list with --json', async () => {
    const { dir, id } = seeded();
    const c = capture();
    expect(await main(['maps', 'list', '--data', dir], c.io)).toBe(0);
    expect(c.text()).toContain(id);
    expect(c.text()).toContain('我的账号');
    const j = capture();
    expect(await main(['maps', 'list', '--data', dir, '--json'], j.io)).toBe(0);
    const store = openStore(dir);
    expect(JSON.parse(j.text())).toEqual({ maps: store.list() });
    store.close();
  });

  it('says when there are no maps, in the terminal language', async () => {
    const c = capture('zh');
    expect(await main(['maps', 'list', '--data', tempDir()], c.io)).toBe(0);
    expect(c.text()).toBe('（没有保存的地图）');
  });

  it('exits 2 for usage mistakes and 1 for a database from a newer banradius', async () => {
    expect(await main(['maps'], capture().io)).toBe(2);
    expect(await main(['maps', 'show'], capture().io)).toBe(2);
    expect(await main(['maps', 'list', '--bogus'], capture().io)).toBe(2);
    const { dir } = seeded();
    const db = new Database(join(dir, DB_FILE));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const c = capture();
    expect(await main(['maps', 'list', '--data', dir], c.io)).toBe(1);
    expect(c.errors()).toContain('written by a newer banradius');
  });
});

describe('banradius impact --map', () => {
  it('analyses a stored map exactly like the same map in a file', async () => {
    const { dir, id } = seeded();
    const c = capture();
    expect(await main(['impact', '--map', id, '--data', dir, '--scenario', 'qqban', '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.text())).toEqual(impact(compile(qqMap('我的账号')), [{ account: 'qq' }]));
    const b = capture();
    expect(await main(['impact', '--map', id, '--data', dir, '--ban', 'qqmail:mail'], b.io)).toBe(0);
    expect(b.text()).toContain('ms');
  });

  it('exits 1 naming the map when it is missing or the ban does not fit, 2 for usage mistakes', async () => {
    const { dir, id } = seeded();
    const missing = capture();
    expect(await main(['impact', '--map', 'nope', '--data', dir, '--ban', 'qq'], missing.io)).toBe(1);
    expect(missing.errors()).toContain('no map "nope"');
    const bad = capture();
    expect(await main(['impact', '--map', id, '--data', dir, '--ban', 'qq:mail'], bad.io)).toBe(1);
    expect(bad.errors()).toContain(`map ${id}: --ban qq:mail: removes “receive mail” (mail)`);
    expect(await main(['impact', 'x.json', '--map', id, '--data', dir, '--ban', 'qq'], capture().io)).toBe(2);
    expect(await main(['impact', 'x.json', '--data', dir, '--ban', 'qq'], capture().io)).toBe(2);
  });
});

describe('banradius backup and restore', () => {
  it('backs the store up and restores it into another data directory', async () => {
    const { dir } = seeded();
    const file = join(tempDir(), 'maps.backup');
    const b = capture();
    expect(await main(['backup', file, '--data', dir], b.io)).toBe(0);
    expect(b.text()).toBe(`backed up 2 maps (2 revisions) to ${file}`);
    expect(existsSync(file)).toBe(true);
    expect(await main(['backup', file, '--data', dir], capture().io)).toBe(1);

    const other = tempDir();
    const r = capture();
    expect(await main(['restore', file, '--data', other], r.io)).toBe(0);
    expect(r.text()).toBe(`restored 2 maps (2 revisions) from ${file}, replacing 0 maps`);
    expect(listOf(other)).toEqual(listOf(dir));
  });

  it('refuses a file that is not a banradius backup, changing nothing', async () => {
    const { dir } = seeded();
    const before = listOf(dir);
    const junk = join(tempDir(), 'junk.backup');
    writeFileSync(junk, 'SQLite format 3\0 but not really');
    const c = capture();
    expect(await main(['restore', junk, '--data', dir], c.io)).toBe(1);
    expect(c.errors()).toContain(`${junk}: `);
    expect(c.errors()).toContain('nothing was restored');
    expect(listOf(dir)).toEqual(before);
  });

  it('exits 2 without a file', async () => {
    expect(await main(['backup'], capture().io)).toBe(2);
    expect(await main(['restore', 'a', 'b'], capture().io)).toBe(2);
  });
});
