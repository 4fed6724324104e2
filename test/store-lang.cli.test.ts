// Store errors through the command line, as a real process: worded by src/text in the terminal's language
// (LANG=zh_CN.UTF-8 → Chinese, en_US.UTF-8 → English), exit code 1, the English one the StoreError's message.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE, openStore, STORE_ERROR_CODES, StoreError } from '../src/store/index.js';
import { type StoreProblem, text } from '../src/text/index.js';
import { phoneMap, qqMap } from './fixtures-db/samples.js';

const ROOT = join(import.meta.dirname, '..');
const tempDir = () => mkdtempSync(join(tmpdir(), 'banradius-store-lang-'));
/** Three English words in a row: what no Chinese message should hold. */
const ENGLISH = /[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}/;

function run(args: string[], LANG: string) {
  const r = spawnSync(process.execPath, ['bin/banradius.js', ...args], {
    cwd: ROOT,
    env: { ...process.env, LANG, LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, out: r.stdout, err: r.stderr.trim() };
}

function seeded(): string {
  const dir = tempDir();
  const store = openStore(dir);
  store.create(qqMap('我的账号'));
  store.create(phoneMap('139'));
  store.close();
  return dir;
}

describe('store errors in the terminal language', () => {
  it('a missing backup file and one that is not a database', () => {
    const dir = seeded();
    const missing = join(tempDir(), 'missing.backup');
    const junk = join(tempDir(), 'junk.backup');
    writeFileSync(junk, 'not a database at all, just some words');
    const zh = run(['restore', missing, '--data', dir], 'zh_CN.UTF-8');
    expect(zh).toMatchObject({ status: 1, out: '' });
    expect(zh.err).toBe(`读不了“${missing}”：文件不存在`);
    expect(run(['restore', missing, '--data', dir], 'en_US.UTF-8').err).toBe(
      `${missing}: cannot read: ENOENT`,
    );
    const zhJunk = run(['restore', junk, '--data', dir], 'zh_CN.UTF-8');
    expect(zhJunk.status).toBe(1);
    expect(zhJunk.err).toBe(`备份文件“${junk}”不能用：它不是 SQLite 数据库；什么都没恢复`);
    expect(run(['restore', junk, '--data', dir], 'en_US.UTF-8').err).toBe(
      `${junk}: not an SQLite database; nothing was restored`,
    );
  });

  it('a backup with damaged rows: the head and every problem', () => {
    const dir = seeded();
    const file = join(tempDir(), 'maps.backup');
    expect(run(['backup', file, '--data', dir], 'en_US.UTF-8').status).toBe(0);
    const db = new Database(file);
    db.exec('DELETE FROM revisions');
    db.close();
    const zh = run(['restore', file, '--data', tempDir()], 'zh_CN.UTF-8');
    expect(zh.status).toBe(1);
    const lines = zh.err.split('\n');
    expect(lines[0]).toBe(`备份文件“${file}”不能用：发现 2 处问题；什么都没恢复`);
    expect(lines.slice(1)).toHaveLength(2);
    for (const line of lines.slice(1))
      expect(line).toMatch(/: maps\["[^"]+"\]: 地图的当前版本没有对应的历史版本$/);
    expect(zh.err).not.toMatch(ENGLISH);
    const en = run(['restore', file, '--data', tempDir()], 'en_US.UTF-8');
    expect(en.err.split('\n')[0]).toBe(`${file}: 2 problem(s) found; nothing was restored`);
    expect(en.err).toContain('its current version has no revision');
  });

  it('backup over an existing file, and a store from a newer banradius (maps, serve)', () => {
    const dir = seeded();
    const taken = join(tempDir(), 'taken.backup');
    writeFileSync(taken, '');
    const zh = run(['backup', taken, '--data', dir], 'zh_CN.UTF-8');
    expect(zh.status).toBe(1);
    expect(zh.err).toBe(`“${taken}”已经存在；请换个名字，或者先把它删掉`);
    expect(run(['backup', taken, '--data', dir], 'en_US.UTF-8').err).toBe(
      `${taken} already exists; choose another name or remove it first`,
    );
    const db = new Database(join(dir, DB_FILE));
    db.pragma('user_version = 99');
    db.close();
    const future = run(['maps', 'list', '--data', dir], 'zh_CN.UTF-8');
    expect(future.status).toBe(1);
    expect(future.err).toContain(`“${join(dir, DB_FILE)}”的结构版本是 99`);
    expect(future.err).toContain('请升级 banradius 再打开；文件没有改动');
    expect(future.err).not.toMatch(ENGLISH);
    expect(run(['maps', 'list', '--data', dir], 'en_US.UTF-8').err).toMatch(
      /has schema version 99, but this banradius knows versions up to \d+: .*Upgrade banradius/,
    );
    const served = run(['serve', '--port', '0', '--data', dir], 'zh_CN.UTF-8');
    expect(served.status).toBe(1);
    expect(served.err).toContain(`无法打开地图库：“${join(dir, DB_FILE)}”的结构版本是 99`);
    expect(served.err).not.toMatch(ENGLISH);
  });
});

/** One problem of each kind the store raises, with a file and a map id to name. */
const PROBLEMS: StoreProblem[] = [
  { code: 'not_found', id: 'm1' },
  { code: 'not_found', id: 'm1', version: 3 },
  { code: 'not_found', file: '/x/b.db', reason: 'EACCES', detail: 'Error: EACCES' },
  { code: 'stale_version', id: 'm1', current: 4, given: 3 },
  { code: 'invalid_map' },
  { code: 'corrupt_row', row: { id: 'm1' }, damage: 'row' },
  { code: 'corrupt_row', row: { id: 'm1', revision: true }, damage: 'row' },
  { code: 'corrupt_row', row: { id: 'm1', version: 2, revision: true }, damage: 'sha256' },
  { code: 'corrupt_row', row: { id: 'm1', version: 2 }, damage: 'document', detail: 'unknown field "x"' },
  { code: 'future_schema', file: '/x/banradius.db', found: 9, known: 2 },
  { code: 'future_schema', file: undefined, found: 9, known: 2 },
  { code: 'damaged_store', file: '/x/banradius.db', found: ['*** in database main ***'] },
  { code: 'storage_full' },
  { code: 'not_a_database', file: '/x/banradius.db' },
  { code: 'not_a_database', file: '/x/banradius.db', detail: 'file is not a database' },
  { code: 'invalid_backup', file: '/x/b.db', problem: 'migrate', known: 2, detail: 'no such table: maps' },
  { code: 'invalid_backup', file: '/x/b.db', problem: 'orphans' },
  { code: 'file_exists', file: '/x/b.db' },
];

describe('the store section of the text layer', () => {
  it('words every code in both languages; the English one is the StoreError message', () => {
    expect(new Set(PROBLEMS.map((p) => p.code))).toEqual(new Set(STORE_ERROR_CODES));
    for (const p of PROBLEMS) {
      const zh = text('zh').store.error(p);
      const en = text('en').store.error(p);
      expect(new StoreError(p).message).toBe(en);
      expect(zh, en).toMatch(/[\u4e00-\u9fff]/);
      // No code where words belong; SQLite's own report is quoted as found.
      expect(zh.replace(/（[^）]*[a-z]{3,}[^）]*）/g, ''), en).not.toMatch(ENGLISH);
      expect(zh).not.toContain(p.code);
      if ('id' in p) expect(zh).toContain(`“${p.id}”`);
      if ('file' in p && p.file !== undefined) expect(zh).toContain(`“${p.file}”`);
    }
  });
});
