/**
 * `banradius import` in-process and as a real process: the map on stdout equals the engine's and is valid,
 * the report on stderr, exit 1 with the reason for encrypted, binary, broken and unreadable files, `--into`
 * adding nothing twice, and no secret marker on stdout or stderr, whatever the file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { importExport, parseMap } from '../src/engine/index.js';
import { IMPORT_DIR, SECRET_MARKER, sample } from './support/import.js';

function capture(lang: 'zh' | 'en' = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), lang, env: {} };
  return { io, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'banradius-import-cli-'));
const at = (file: string) => join(IMPORT_DIR, file);

describe('banradius import', () => {
  it('prints the map the engine builds, valid, and a short report in the terminal language', async () => {
    const { io, out, err } = capture('zh');
    expect(await main(['import', at('bitwarden.json')], io)).toBe(0);
    const map = JSON.parse(out.join('\n'));
    const engine = importExport(sample('bitwarden.json'), { lang: 'zh' });
    if (!engine.ok) throw new Error('refused');
    expect(map).toEqual(engine.map);
    expect(parseMap(map).ok).toBe(true);
    expect(err).toEqual([
      '读取登录项 11 个',
      '认出服务 8 个：QQ、QQ邮箱、GitHub、谷歌账号、哔哩哔哩、中国铁路12306、有道词典和网易163邮箱',
      '新建帐号 12 个',
      '合并重复项 1 个',
      '跳过 2 项',
      '  第 9 项：不是登录项（安全笔记、卡片、身份等）',
      '  第 10 项：不是登录项（安全笔记、卡片、身份等）',
    ]);
  });

  it('reads the format named by --format and refuses a file that is not that format', async () => {
    const named = capture();
    expect(await main(['import', at('chrome.csv'), '--format', 'chrome-csv'], named.io)).toBe(0);
    const wrong = capture();
    expect(await main(['import', at('chrome.csv'), '--format', 'firefox-csv'], wrong.io)).toBe(1);
    expect(wrong.err.join('\n')).toContain('missing columns httprealm, formactionorigin');
    const bad = capture();
    expect(await main(['import', at('chrome.csv'), '--format', 'lastpass'], bad.io)).toBe(2);
  });

  it('exits 1 with the reason for encrypted, binary, broken and missing files', async () => {
    const cases: [string, string][] = [
      ['bitwarden-encrypted.json', 'encrypted (or password-protected)'],
      ['keepass.kdbx', 'encrypted KeePass database'],
      ['1password.1pux', 'binary file'],
      ['apple-stray-quote.csv', 'a stray quote on line 3'],
      ['no-such-file.csv', 'ENOENT'],
    ];
    for (const [file, reason] of cases) {
      const { io, out, err } = capture();
      expect(await main(['import', at(file)], io), file).toBe(1);
      expect(out).toEqual([]);
      expect(err.join('\n')).toContain(at(file));
      expect(err.join('\n')).toContain(reason);
    }
  });

  it('--into merges into an existing map without duplicating its accounts', async () => {
    const first = capture();
    await main(['import', at('keepass.xml')], first.io);
    const into = join(dir, 'map.json');
    writeFileSync(into, first.out.join('\n'));
    const again = capture();
    expect(await main(['import', at('keepass.xml'), '--into', into], again.io)).toBe(0);
    expect(JSON.parse(again.out.join('\n'))).toEqual(JSON.parse(first.out.join('\n')));
    expect(again.err).toContain('0 accounts created');
    const more = capture();
    expect(await main(['import', at('bitwarden.json'), '--into', into], more.io)).toBe(0);
    const merged = JSON.parse(more.out.join('\n'));
    expect(merged.accounts.slice(0, 8)).toEqual(JSON.parse(first.out.join('\n')).accounts);
    expect(parseMap(merged).validation.errors).toEqual([]);
  });

  it('an invalid --into map is exit 1 naming that file, and nothing is printed on stdout', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: 1, accounts: [{ id: 'x', kind: 'nope', label: 'x' }] }));
    const { io, out, err } = capture();
    expect(await main(['import', at('chrome.csv'), '--into', bad], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(bad);
  });

  it('never prints a secret marker, as a real process, for every sample file in both languages', () => {
    for (const file of readdirSync(IMPORT_DIR))
      for (const LANG of ['zh_CN.UTF-8', 'en_US.UTF-8']) {
        const r = spawnSync(process.execPath, ['bin/banradius.js', 'import', at(file)], {
          env: { ...process.env, LANG, LC_ALL: '' },
          encoding: 'utf8',
        });
        expect(r.status === 0 || r.status === 1, file).toBe(true);
        expect(r.stdout, file).not.toMatch(SECRET_MARKER);
        expect(r.stderr, file).not.toMatch(SECRET_MARKER);
      }
    expect(execFileSync(process.execPath, ['bin/banradius.js', '--help'], { encoding: 'utf8' })).toContain(
      'banradius import FILE',
    );
  });
});
