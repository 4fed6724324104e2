// The risk report of each real case (fixtures/*.map.json) equals its committed order-2 report
// (fixtures/*.risk.json, written before importance was added: that section is checked by hand-derived facts),
// and the facts worked out by hand from the map hold.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, parseMap, risk } from '../src/engine/index.js';
import { type Risk, RiskSchema } from '../src/model/index.js';

type Committed = Omit<Risk, 'importance'>;

function load(name: string): { report: Risk; committed: Committed; expected: Committed; order3: () => Risk } {
  const parsed = parseMap(JSON.parse(readFileSync(`fixtures/${name}.map.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`fixtures/${name}.map.json is invalid`);
  const c = compile(parsed.map);
  const expected = RiskSchema.omit({ importance: true }).parse(
    JSON.parse(readFileSync(`fixtures/${name}.risk.json`, 'utf8')),
  );
  const report = risk(c, { order: 2 });
  const { importance: _, ...committed } = report;
  return { report, committed, expected, order3: () => risk(c, { order: 3 }) };
}

const brief = (r: Risk) => r.blastRadius.map((b) => [b.account, b.cut, b.partial, b.degraded, b.lost]);

describe('risk of the real cases', () => {
  it('qq-permanent-ban-2022: QQ takes everything down and each service bound to the QQ mailbox needs a second way', () => {
    const { report: r, committed, expected } = load('qq-permanent-ban-2022');
    expect(committed).toEqual(expected);
    expect(brief(r).slice(0, 3)).toEqual([
      ['qq', 19, 0, 0, { CNY: 23200 }],
      ['qqmail', 16, 0, 0, { CNY: 23200 }],
      ['apple_id', 0, 0, 0, { CNY: 12000 }],
    ]);
    expect(r.accounts.microsoft).toEqual({ spof: ['qq', 'qqmail'], pairs: [] });
    expect(r.accounts.qqmail).toEqual({ spof: ['qq'], pairs: [] });
    expect(r.accounts.youdao!.spof).toEqual(['qq']);
    expect(r.accounts.phone).toEqual({ spof: [], pairs: [] });
    // QQ is in some way to lose each of the 19 accounts it cuts, the QQ mailbox in 16.
    expect(r.importance.overall).toEqual([
      { account: 'qq', sets: 19, accounts: 19 },
      { account: 'qqmail', sets: 16, accounts: 16 },
    ]);
    expect(r.importance.accounts.apple_id).toEqual({
      sets: 2,
      members: [
        { account: 'qq', sets: 1 },
        { account: 'qqmail', sets: 1 },
      ],
    });
    // 18 actions, all against the QQ ban, none on the QQ mailbox itself (only QQ opens it).
    expect(r.recommendations).toHaveLength(18);
    expect(new Set(r.recommendations.map((x) => x.avoid))).toEqual(new Set(['qq']));
    expect(r.recommendations.some((x) => x.account === 'qqmail')).toBe(false);
    expect(r.recommendations.slice(0, 3).map((x) => [x.account, x.protects])).toEqual([
      ['apple_id', { CNY: 12000 }],
      ['microsoft', { CNY: 9700 }],
      ['amazon', { CNY: 1500 }],
    ]);
    expect(r.recommendations[0]!.text).toBe(
      'Apple ID: add a recovery email not hosted on QQ, or the phone number “手机号（号码已隐去）” — protects ¥12,000 of devices against a QQ ban',
    );
    expect(r.exposure).toEqual({ accounts: 19 / 21, value: { CNY: 1 } });
  });

  it('regional-suspension-2019: the phone number is the root of everything, and WeChat carries the money', () => {
    const { report: r, committed, expected } = load('regional-suspension-2019');
    expect(committed).toEqual(expected);
    expect(brief(r)[0]).toEqual(['phone', 6, 0, 0, { CNY: 3015 }]);
    expect(r.accounts.eleme).toEqual({ spof: ['alipay', 'phone'], pairs: [] });
    // jd logs in by WeChat or by SMS, and WeChat itself needs the SMS: the phone alone cuts it.
    expect(r.accounts.jd).toEqual({ spof: ['phone'], pairs: [] });
    expect(r.accounts.bank_card).toEqual({ spof: [], pairs: [] });
    const [first] = r.recommendations;
    expect([first!.account, first!.avoid, first!.protects, first!.saves]).toEqual([
      'wechat',
      'phone',
      { CNY: 3000 },
      ['jd', 'wechat'],
    ]);
    // eleme is fixed against Alipay's ban; against the phone's, fixing Alipay already saves it.
    expect(r.recommendations.filter((x) => x.account === 'eleme').map((x) => x.avoid)).toEqual(['alipay']);
    expect(r.exposure).toEqual({ accounts: 6 / 8, value: { CNY: 1 } });
  });

  it('wechat-shenzhen-2020: WeChat has three ways in, so only three bans together cut it off', () => {
    const { report: r, committed, expected, order3 } = load('wechat-shenzhen-2020');
    expect(committed).toEqual(expected);
    expect(brief(r).slice(0, 2)).toEqual([
      ['wechat', 2, 1, 0, { CNY: 12000 }],
      ['bank_card', 1, 1, 0, {}],
    ]);
    expect(r.accounts.wechat).toEqual({ spof: [], pairs: [] });
    expect(r.accounts.etc).toEqual({ spof: ['bank_card', 'wechat'], pairs: [] });
    expect(r.accounts.health_code).toEqual({ spof: ['wechat'], pairs: [] });
    const three = order3();
    expect(three.accounts.wechat!.triples).toEqual([
      ['face', 'friend_help', 'phone'],
      ['friend_help', 'id_card', 'phone'],
    ]);
    // The phone and the friend's help are in both ways to lose WeChat, the face and the ID card in one each.
    expect(three.importance.accounts.wechat).toEqual({
      sets: 2,
      members: [
        { account: 'friend_help', sets: 2 },
        { account: 'phone', sets: 2 },
        { account: 'face', sets: 1 },
        { account: 'id_card', sets: 1 },
      ],
    });
    expect(r.recommendations.map((x) => [x.account, x.avoid])).toEqual([
      ['etc', 'bank_card'],
      ['etc', 'wechat'],
      ['health_code', 'wechat'],
    ]);
    // 零钱 and 理财通 need withdraw, which no other account's ban takes away.
    expect(r.exposure).toEqual({ accounts: 2 / 9, value: { CNY: 0 } });
  });

  it('phone-realname-2016: China Mobile cuts three accounts and leaves the bank without payments', () => {
    const { report: r, committed, expected } = load('phone-realname-2016');
    expect(committed).toEqual(expected);
    expect(brief(r).slice(0, 2)).toEqual([
      ['cmcc', 3, 1, 0, {}],
      ['unicom', 1, 0, 0, {}],
    ]);
    expect(r.accounts.alipay).toEqual({ spof: ['cmcc'], pairs: [] });
    expect(r.accounts.mail163).toEqual({ spof: ['unicom'], pairs: [] });
    expect(r.accounts.bank).toEqual({ spof: [], pairs: [] });
    const alipay = r.recommendations.find((x) => x.account === 'alipay')!;
    expect(alipay.text).toBe(
      'Alipay: add a second phone number such as “中国联通手机号（号码已隐去）” — keeps it reachable through a China Mobile ban',
    );
    expect(r.exposure).toEqual({ accounts: 4 / 8, value: {} });
  });
});
