// `banradius risk` in-process: --json is exactly the engine's report, the human output leads with the actions
// in the terminal's language, and bad input or usage get exit codes 1 and 2.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { compile, parseMap, risk, targetRisk } from '../src/engine/index.js';

function capture(lang: 'zh' | 'en' = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), lang, env: {} };
  return { io, out, err };
}

const QQ = 'fixtures/qq-permanent-ban-2022.map.json';
const dir = mkdtempSync(join(tmpdir(), 'banradius-risk-'));
const bad = join(dir, 'bad.json');
writeFileSync(
  bad,
  JSON.stringify({
    version: 1,
    accounts: [{ id: 'a', kind: 'service', label: 'A', ways: [{ requires: [{ account: 'nope' }] }] }],
  }),
);

describe('banradius risk', () => {
  it('prints exactly the risk report with --json', async () => {
    const c = capture();
    expect(await main(['risk', QQ, '--json'], c.io)).toBe(0);
    const parsed = parseMap(JSON.parse(readFileSync(QQ, 'utf8')));
    if (!parsed.ok) throw new Error('invalid fixture');
    expect(JSON.parse(c.out.join(''))).toEqual(risk(compile(parsed.map), { takeover: true }));
  });

  it('adds the triples with --order 3 and leaves out the pairs with --order 1', async () => {
    const three = capture();
    const one = capture();
    await main(['risk', 'fixtures/wechat-shenzhen-2020.map.json', '--order', '3', '--json'], three.io);
    await main(['risk', 'fixtures/wechat-shenzhen-2020.map.json', '--order', '1', '--json'], one.io);
    expect(JSON.parse(three.out.join('')).accounts.wechat.triples).toHaveLength(2);
    expect(JSON.parse(one.out.join('')).accounts.wechat).toEqual({ spof: [], pairs: [] });
  });

  it('leads with the top five actions, then the largest blast radius, single points of failure and exposure', async () => {
    const c = capture('en');
    expect(await main(['risk', QQ], c.io)).toBe(0);
    const text = c.out.join('\n');
    const at = (s: string) => text.indexOf(s);
    expect(at('What to fix first')).toBeGreaterThan(0);
    expect(at('What to fix first')).toBeLessThan(at('Largest blast radius'));
    expect(at('Largest blast radius')).toBeLessThan(at('Single points of failure'));
    expect(at('Single points of failure')).toBeLessThan(at('Exposure'));
    expect(text).toContain('  1. Apple ID: add a recovery email not hosted on QQ');
    expect(text).toContain('  5. ');
    expect(text).not.toContain('  6. ');
    expect(text).toContain('(13 more: see --json)');
    expect(text).toMatch(/QQ（15年） \(qq\)\s+19\s+0\s+0\s+¥23,200/);
    expect(text).toContain(
      '19 of 21 reachable accounts (90%) can be cut off by the ban of one other account.',
    );
  });

  it('speaks Chinese when the terminal does', async () => {
    const c = capture('zh');
    await main(['risk', QQ], c.io);
    const text = c.out.join('\n');
    expect(text).toContain('先做这几件事');
    expect(text).toContain('  1. Apple ID：添加一个不挂在QQ上的找回邮箱');
    expect(text).toContain('21 个能进入的账户中，有 19 个（90%）会因另一个账户被封而被切断。');
  });

  it('rejects an order other than 1, 2 or 3 with exit code 2', async () => {
    const c = capture();
    expect(await main(['risk', QQ, '--order', '4'], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('--order must be 1, 2 or 3');
  });

  it('names the file and the JSON path of an invalid map, with exit code 1', async () => {
    const c = capture();
    expect(await main(['risk', bad], c.io)).toBe(1);
    expect(c.err.join('\n')).toContain(
      `${bad}: accounts[0].ways[0].requires[0].account: refers to an account that does not exist: “nope”`,
    );
  });
  it('prints exactly the target risk with --target and --json, and its ways to lose it in words', async () => {
    const json = capture();
    const words = capture();
    const file = 'fixtures/wechat-shenzhen-2020.map.json';
    expect(await main(['risk', file, '--target', 'wechat', '--order', '3', '--json'], json.io)).toBe(0);
    const parsed = parseMap(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.ok) throw new Error('invalid fixture');
    expect(JSON.parse(json.out.join(''))).toEqual(targetRisk(compile(parsed.map), 'wechat', 3));
    expect(await main(['risk', file, '--target', 'wechat', '--order', '3'], words.io)).toBe(0);
    const text = words.out.join('\n');
    expect(text).toContain('How you can lose 微信 (wechat)');
    expect(text).toMatch(/is in all 2 ways you can lose 微信/);
  });

  it('says which account a wrong --target names, with exit code 1', async () => {
    const c = capture();
    expect(await main(['risk', QQ, '--target', 'nobody'], c.io)).toBe(1);
    expect(c.err.join('')).toContain('no account has the id "nobody" (--target)');
  });

  it('says in the full report which accounts are in most of the ways to lose another', async () => {
    const c = capture('zh');
    await main(['risk', 'fixtures/wechat-shenzhen-2020.map.json', '--order', '3'], c.io);
    expect(c.out.join('\n')).toContain('在最多失去方式里出现的账户');
  });
});
