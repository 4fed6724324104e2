// The takeover fixtures: a typical mainland map (SMS-login apps on one number, a password mailbox, WeChat with a
// password) and the 2016 real-name case followed to the reissue of its numbers. Each equals its committed
// expected result, and the facts derived by hand in fixtures/README.md hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, runTimeline, takeover } from '../src/engine/index.js';
import { type Hold, type Takeover, TimelineResultSchema } from '../src/model/index.js';
import { FIXTURES_DIR, loadFixture } from './support/fixtures.js';

const read = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES_DIR, name), 'utf8'));
const taken = (t: Takeover) => Object.keys(t.accounts).filter((id) => t.accounts[id]!.status === 'taken');

describe('mainland-takeover: one number logs into a row of apps', () => {
  const map = loadFixture('mainland-takeover.map.json');
  const c = compile(map);
  const cases = read('mainland-takeover.takeover.json') as {
    holds: Hold[];
    knows: string[];
    takeover: Takeover;
  }[];

  it('reproduces the committed takeovers', () => {
    for (const k of cases) expect(takeover(c, k.holds, k.knows)).toEqual(k.takeover);
  });

  it('gives the new owner of the number every SMS-login app, but not the password ways', () => {
    const t = takeover(c, [{ account: 'phone' }]);
    expect(taken(t)).toEqual(['alipay', 'didi', 'meituan', 'taobao']);
    expect(t.accounts.alipay).toEqual({
      status: 'taken',
      takes: ['access', 'oauth', 'withdraw'],
      via: { way: 1 },
    });
    for (const id of ['wechat', 'mail163', 'bank', 'steam', 'idcard'])
      expect(t.accounts[id]!.status).toBe('safe');
    expect(t.totals.exposed).toEqual({ CNY: 20150 });
  });

  it('adds the mailbox and what hangs off it when its password leaks too', () => {
    const t = takeover(c, [{ account: 'phone' }], ['mail163']);
    expect(taken(t)).toEqual(['alipay', 'didi', 'mail163', 'meituan', 'steam', 'taobao']);
    expect(t.totals.exposed).toEqual({ CNY: 23150 });
  });

  it('shows the cut at cancellation and the takeover at reissue day by day', () => {
    const r = runTimeline(c, map.timelines![0]!);
    expect(r).toEqual(TimelineResultSchema.parse(read('mainland-takeover.timeline.json')));
    expect(r.steps.map((s) => [s.day, s.newlyCut, s.newlyTaken, s.actBefore])).toEqual([
      [0, ['alipay', 'didi', 'meituan', 'taobao'], [], ['alipay', 'didi', 'meituan', 'taobao']],
      [90, [], ['alipay', 'didi', 'meituan', 'phone', 'taobao'], []],
    ]);
  });
});

describe('phone-realname-2016: suspended, cancelled, reissued', () => {
  const map = loadFixture('phone-realname-2016.map.json');
  const r = runTimeline(compile(map), map.timelines![0]!);

  it('reproduces the committed timeline', () => {
    expect(r).toEqual(TimelineResultSchema.parse(read('phone-realname-2016.timeline.json')));
  });

  it('cuts WeChat and 12306 at 单停, Alipay and the mailbox at 双停, and hands all four to new owners', () => {
    expect(r.steps.map((s) => [s.day, s.newlyCut, s.actBefore])).toEqual([
      [0, ['railway12306', 'wechat'], ['railway12306', 'wechat']],
      [31, ['alipay', 'mail163'], ['alipay', 'mail163']],
      [91, [], []],
      [181, [], []],
    ]);
    expect(r.steps[3]!.newlyTaken).toEqual(['alipay', 'cmcc', 'mail163', 'railway12306', 'unicom', 'wechat']);
    expect(r.steps[3]!.takeover.accounts.bank!.status).toBe('safe');
  });
});
