// `banradius takeover` and `banradius timeline` in-process: --json is exactly the engine's result, the human
// output is a table in the terminal's language, and bad input gets its JSON path and exit code 1.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { compile, resolveTimeline, runTimeline, takeover } from '../src/engine/index.js';
import type { BindingMap } from '../src/model/index.js';

function capture(lang: 'zh' | 'en' = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), lang, env: {} };
  return { io, out, err };
}

const sms = { account: 'phone', capability: 'sms' };
const MAP: BindingMap = {
  version: 1,
  accounts: [
    {
      id: 'phone',
      kind: 'phone',
      label: '139****1234',
      capabilities: ['access', 'sms', 'call_in', 'call_out', 'data'],
    },
    {
      id: 'alipay',
      kind: 'payment',
      label: '支付宝',
      ways: [{ label: '短信验证码登录', requires: [sms] }],
      assets: [{ label: '余额宝', kind: 'money', value: 5000 }],
    },
    {
      id: 'wechat',
      kind: 'messenger',
      label: '微信',
      ways: [{ label: '密码 + 短信', requires: [sms], secret: true }],
    },
  ],
};
const dir = mkdtempSync(join(tmpdir(), 'banradius-takeover-cli-'));
const file = join(dir, 'map.json');
writeFileSync(file, JSON.stringify(MAP));
const badDays = join(dir, 'days.json');
writeFileSync(
  badDays,
  JSON.stringify({
    ...MAP,
    timelines: [
      {
        id: 't',
        label: 'T',
        steps: [
          { day: 5, label: 'a' },
          { day: 5, label: 'b' },
        ],
      },
    ],
  }),
);

describe('banradius takeover', () => {
  it('prints exactly the takeover with --json', async () => {
    const c = capture();
    expect(await main(['takeover', file, '--holds', 'phone', '--knows', 'wechat', '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out.join(''))).toEqual(takeover(compile(MAP), [{ account: 'phone' }], ['wechat']));
  });

  it('prints who else gets in and how, in Chinese and in English', async () => {
    const zh = capture('zh');
    expect(await main(['takeover', file, '--holds', 'phone:sms'], zh.io)).toBe(0);
    const text = zh.out.join('\n');
    expect(text).toMatch(/被接管\s+支付宝 \(alipay\)\s+access\s+经由“短信验证码登录”/);
    expect(text).toContain('暴露金额: ¥5,000');
    const en = capture('en');
    await main(['takeover', file, '--holds', 'phone'], en.io);
    expect(en.out.join('\n')).toContain('1 held, 1 taken over, 1 safe');
  });

  it('names an unknown account and a capability the account lacks, with exit code 1', async () => {
    const c = capture();
    expect(await main(['takeover', file, '--holds', 'ghost', '--holds', 'phone:mail'], c.io)).toBe(1);
    const err = c.err.join('\n');
    expect(err).toContain(`${file}: holds[0].account: refers to an account that does not exist: “ghost”`);
    expect(err).toContain(`${file}: holds[1].capabilities[0]: holds “receive mail” (mail) of “139****1234”`);
  });

  it('needs at least one --holds (usage, exit code 2)', async () => {
    expect(await main(['takeover', file], capture().io)).toBe(2);
  });
});

describe('banradius timeline', () => {
  it('prints exactly the timeline result of a preset with --json', async () => {
    const c = capture();
    expect(
      await main(['timeline', file, '--preset', 'phone_realname_2016', '--account', 'phone', '--json'], c.io),
    ).toBe(0);
    const built = resolveTimeline(MAP, { preset: 'phone_realname_2016', account: 'phone' }, 'en');
    if (!built.ok) throw new Error('preset did not build');
    expect(JSON.parse(c.out.join(''))).toEqual(runTimeline(compile(MAP), built.timeline));
  });

  it('lists per day what is cut off, what is taken, and what to move before it', async () => {
    const c = capture('zh');
    await main(['timeline', file, '--preset', 'number_cancelled_recycled', '--account', 'phone'], c.io);
    const text = c.out.join('\n');
    expect(text).toMatch(/第 0 天\s+销号\s+支付宝和微信/);
    expect(text).toContain('在第 0 天之前把“支付宝”迁走或加上密码');
    expect(text).toContain('来源:');
  });

  it('names an unknown preset, an account of the wrong kind and days not increasing, with exit code 1', async () => {
    const a = capture();
    expect(await main(['timeline', file, '--preset', 'nope', '--account', 'phone'], a.io)).toBe(1);
    expect(a.err.join('\n')).toContain(`${file}: preset: unknown timeline preset “nope”`);
    const b = capture();
    expect(
      await main(['timeline', file, '--preset', 'qq_temporary_freeze', '--account', 'phone'], b.io),
    ).toBe(1);
    expect(b.err.join('\n')).toContain(
      `${file}: account: timeline preset “qq_temporary_freeze” is for messenger accounts; “phone” is phone`,
    );
    const d = capture();
    expect(await main(['timeline', badDays, '--timeline', 't'], d.io)).toBe(1);
    expect(d.err.join('\n')).toContain(
      `${badDays}: timelines[0].steps[1].day: this step (day 5) must come on a later day`,
    );
    const e = capture();
    expect(await main(['timeline', file, '--timeline', 'none'], e.io)).toBe(1);
  });

  it('needs exactly one of --timeline and --preset (usage, exit code 2)', async () => {
    expect(await main(['timeline', file], capture().io)).toBe(2);
    expect(await main(['timeline', file, '--timeline', 't', '--preset', 'p'], capture().io)).toBe(2);
  });
});
