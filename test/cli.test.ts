// The command line in-process: exit codes, JSON output equal to the engine's, messages naming file and path.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';

function capture(lang: 'zh' | 'en' = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), lang, env: {} };
  return { io, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'banradius-cli-'));
const write = (name: string, data: unknown) => {
  const f = join(dir, name);
  writeFileSync(f, typeof data === 'string' ? data : JSON.stringify(data));
  return f;
};
const good = write('good.json', {
  version: 1,
  accounts: [
    { id: 'qq', kind: 'messenger', label: 'QQ' },
    {
      id: 'qqmail',
      kind: 'email',
      label: 'QQ邮箱',
      capabilities: ['mail'],
      ways: [{ requires: [{ account: 'qq' }] }],
    },
    {
      id: 'ms',
      kind: 'service',
      label: '微软',
      ways: [{ requires: [{ account: 'qqmail', capability: 'mail' }] }],
      assets: [{ label: 'Surface', kind: 'device', value: 5000 }],
    },
  ],
  scenarios: [{ id: 'qqban', label: 'QQ 永久封禁', bans: [{ account: 'qq' }] }],
});

describe('banradius impact', () => {
  it('prints exactly the Impact shape with --json', async () => {
    const c = capture();
    expect(await main(['impact', good, '--scenario', 'qqban', '--json'], c.io)).toBe(0);
    const r = JSON.parse(c.out.join(''));
    expect(r.accounts.ms.status).toBe('cut');
    expect(r.totals.lost).toEqual({ CNY: 5000 });
  });

  it('accepts --ban with capabilities and gives the same result as the scenario', async () => {
    const a = capture();
    const b = capture();
    await main(['impact', good, '--scenario', 'qqban', '--json'], a.io);
    await main(['impact', good, '--ban', 'qq', '--json'], b.io);
    expect(b.out).toEqual(a.out);
  });

  it('prints a readable table in Chinese when the locale is zh', async () => {
    const c = capture('zh');
    await main(['impact', good, '--ban', 'qq'], c.io);
    const text = c.out.join('\n');
    expect(text).toContain('被切断');
    expect(text).toContain('唯一的登录方式要用「QQ邮箱」收邮件，而「QQ」已被封');
    expect(text).not.toMatch(/qqmail\.mail|第 \d+ 条/);
    expect(text).toContain('损失金额：¥5,000');
    expect(text).toMatch(/^封禁：QQ（qq：登录使用）$/m);
  });

  it('exits 1 naming the file and JSON path for a ban on an unknown capability', async () => {
    const c = capture();
    expect(await main(['impact', good, '--ban', 'qq:mail'], c.io)).toBe(1);
    expect(c.err.join('\n')).toContain(
      `${good}: --ban qq:mail: removes “receive mail” (mail) from “QQ”, which provides only “get in and use it” (access)`,
    );
  });

  it('exits 2 for usage mistakes', async () => {
    expect(await main(['impact', good], capture().io)).toBe(2);
    expect(await main(['nope'], capture().io)).toBe(2);
    expect(await main(['impact', good, '--bogus'], capture().io)).toBe(2);
  });
});

describe('banradius validate', () => {
  it('names the path and the problem of a broken map', async () => {
    const bad = write('bad.json', {
      version: 1,
      accounts: [{ id: 'a', kind: 'service', label: 'A', ways: [{ requires: [{ account: 'b' }] }] }],
    });
    const c = capture();
    expect(await main(['validate', bad], c.io)).toBe(1);
    expect(c.err.join('\n')).toBe(
      `${bad}: accounts[0].ways[0].requires[0].account: refers to an account that does not exist: “b”`,
    );
  });

  it('rejects JSON with a __proto__ key', async () => {
    const f = write('proto.json', '{"version":1,"accounts":[],"__proto__":{"x":1}}');
    const c = capture();
    expect(await main(['validate', f], c.io)).toBe(1);
    expect(c.err.join('')).toContain('not valid JSON');
  });

  it('exits 1 for a missing file', async () => {
    const c = capture();
    expect(await main(['validate', join(dir, 'missing.json')], c.io)).toBe(1);
    expect(c.err.join('')).toContain('cannot read: ENOENT');
  });

  it('passes a good map', async () => {
    const c = capture();
    expect(await main(['validate', good], c.io)).toBe(0);
  });
});

describe('terminal tables', () => {
  it('count CJK, astral Han (𠮷) and emoji (📱) as two columns and combining marks as none', async () => {
    const { displayWidth, table } = await import('../src/cli/table.js');
    expect(displayWidth('ab')).toBe(2);
    expect(displayWidth('微信')).toBe(4);
    expect(displayWidth('𠮷')).toBe(2);
    expect(displayWidth('📱')).toBe(2);
    expect(displayWidth('👍🏽')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    const lines = table(
      ['a', 'b'],
      [
        ['𠮷📱', 'x'],
        ['abcd', 'y'],
      ],
    ).split('\n');
    const column = (line: string, ch: string) => displayWidth(line.slice(0, line.indexOf(ch)));
    expect(column(lines[2]!, 'x')).toBe(column(lines[3]!, 'y'));
  });
});

describe('the terminal language', () => {
  const broken = () =>
    write('broken.json', {
      version: 1,
      accounts: [
        { id: 'qq', kind: 'messenger', label: 'QQ', colour: 'red' },
        { id: 'qq', kind: 'service', label: 'B' },
      ],
    });

  it('prints --help in Chinese under zh and in English otherwise, with the version', async () => {
    const zh = capture('zh');
    const en = capture('en');
    expect(await main(['--help'], zh.io)).toBe(0);
    expect(await main(['--help'], en.io)).toBe(0);
    expect(zh.out.join('\n')).toContain('封号会切断什么');
    expect(zh.out.join('\n')).toContain('退出码');
    expect(en.out.join('\n')).toContain('what a ban cuts off');
    expect(en.out.join('\n')).not.toMatch(/\p{Script=Han}/u);
    const { VERSION } = await import('../src/cli/version.js');
    expect(zh.out.join('\n')).toContain(`banradius ${VERSION}`);
  });

  it('prints --version as it stands in package.json', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const c = capture('zh');
    expect(await main(['--version'], c.io)).toBe(0);
    expect(c.out).toEqual([pkg.version]);
  });

  it('names an unknown field by its own name in Chinese (not "不认识的字段 0")', async () => {
    const c = capture('zh');
    const f = broken();
    expect(await main(['validate', f], c.io)).toBe(1);
    expect(c.err.join('\n')).toBe(`${f}: accounts[0].colour: 不认识的字段“colour”`);
  });

  it('names a duplicate id in Chinese and in English', async () => {
    const m = {
      version: 1,
      accounts: [
        { id: 'qq', kind: 'messenger', label: 'QQ' },
        { id: 'qq', kind: 'service', label: 'B' },
      ],
    };
    const f = write('dup.json', m);
    const zh = capture('zh');
    const en = capture('en');
    expect(await main(['validate', f], zh.io)).toBe(1);
    expect(await main(['validate', f], en.io)).toBe(1);
    expect(zh.err.join('\n')).toBe(`${f}: accounts[1].id: 账户 ID“qq”重复了`);
    expect(en.err.join('\n')).toBe(`${f}: accounts[1].id: the account id “qq” is used twice`);
  });

  it('lists the valid presets of an unknown one, in the terminal language', async () => {
    const zh = capture('zh');
    const en = capture('en');
    expect(await main(['impact', good, '--ban', 'qq@nope'], zh.io)).toBe(1);
    expect(await main(['impact', good, '--ban', 'qq@nope'], en.io)).toBe(1);
    expect(zh.err.join('\n')).toBe(
      `${good}: --ban qq@nope：不认识的封禁预设“nope”。可用的预设：full_ban、account_cancelled`,
    );
    expect(en.err.join('\n')).toBe(
      `${good}: --ban qq@nope: unknown ban preset “nope”. Presets: full_ban, account_cancelled`,
    );
  });

  it('offers the presets of the account’s provider first', async () => {
    const m = {
      version: 1,
      accounts: [{ id: 'wx', kind: 'messenger', label: '微信', provider: 'wechat' }],
    };
    const c = capture('en');
    expect(await main(['impact', write('wx.json', m), '--ban', 'wx@nope'], c.io)).toBe(1);
    expect(c.err.join('\n')).toMatch(/Presets: wechat_[a-z_]+, .*full_ban, account_cancelled$/);
  });

  it('words usage mistakes in Chinese', async () => {
    const c = capture('zh');
    expect(await main(['risk', good, '--order', '9'], c.io)).toBe(2);
    expect(c.err.join('\n')).toBe(
      '--order 只能是 1、2 或 3，不能是“9”\n用法：banradius risk MAP.json [--order 1|2|3] [--target ID] [--json | --format text|json|markdown] [--redact]',
    );
  });
});
