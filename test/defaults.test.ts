// Catalog templates right by default (issue 11 item 1, DESIGN §4d): one click adds an account with its typical
// ways, filled with the person's own accounts, `secret` carried over, and the dependencies a person expects.
import { describe, expect, it } from 'vitest';
import { catalog, getProvider } from '../src/catalog/index.js';
import {
  addProvider,
  compile,
  defaultChoices,
  impact,
  parseMap,
  risk,
  templateWay,
} from '../src/engine/index.js';
import type { BindingMap } from '../src/model/index.js';

const empty = (): BindingMap => ({ version: 1, accounts: [] });

/** Adds providers one click each, in order; returns the map and the id each click created. */
function clicks(ids: string[], start = empty()): { map: BindingMap; made: string[] } {
  let map = start;
  const made: string[] = [];
  for (const id of ids) {
    const r = addProvider(map, id, { lang: 'zh' });
    map = r.map;
    made.push(r.id);
  }
  return { map, made };
}

function valid(map: BindingMap): BindingMap {
  const parsed = parseMap(map);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.validation.errors));
  return parsed.map;
}

describe('one click per catalog account', () => {
  it('QQ, QQ Mail, Microsoft and Apple ID: a QQ ban cuts QQ Mail and every service bound to it', () => {
    const { map, made } = clicks(['qq', 'qqmail', 'microsoft', 'apple_id']);
    expect(made).toEqual(['qq', 'qqmail', 'microsoft', 'apple_id']);
    expect(map.accounts).toHaveLength(4);
    const c = compile(valid(map));
    const r = impact(c, [{ account: 'qq' }]);
    expect(r.accounts.qq?.status).toBe('banned');
    expect(r.accounts.qqmail?.status).toBe('cut');
    expect(r.accounts.microsoft?.status).toBe('cut');
    expect(r.accounts.apple_id?.status).toBe('cut');
    expect(r.counts.cut).toBe(3);
  });

  it('makes QQ a single point of failure of QQ Mail, Microsoft and Apple ID in the risk report', () => {
    const { map } = clicks(['qq', 'qqmail', 'microsoft', 'apple_id']);
    const report = risk(compile(valid(map)), { order: 1 });
    for (const id of ['qqmail', 'microsoft', 'apple_id'])
      expect(report.accounts[id]?.spof, id).toContain('qq');
    expect(report.accounts.microsoft?.spof).toEqual(['qq', 'qqmail']);
    expect(report.blastRadius[0]?.account).toBe('qq');
  });

  it('hangs QQ Mail off the QQ already in the map, and WeChat off the phone number', () => {
    const { map } = clicks(['china_mobile', 'qq', 'qqmail', 'wechat']);
    const by = (id: string) => map.accounts.find((a) => a.id === id)!;
    expect(by('qqmail').ways).toEqual([
      { label: '用 QQ 帐号登录', purpose: 'login', requires: [{ account: 'qq', capability: 'access' }] },
    ]);
    const wechat = by('wechat').ways!;
    expect(wechat[0]).toEqual({
      label: '绑定手机号 + 短信验证码登录',
      purpose: 'login',
      requires: [{ account: 'china_mobile', capability: 'sms' }],
    });
    // Password + SMS is secret; an SMS code alone is open to whoever holds the number.
    expect(wechat.map((w) => w.secret === true)).toEqual([false, true]);
    const r = impact(compile(valid(map)), [{ account: 'china_mobile' }]);
    expect(r.accounts.wechat?.status).toBe('cut');
    expect(r.accounts.qq?.status).toBe('cut');
    expect(r.accounts.qqmail?.status).toBe('cut');
  });

  it('pays ETC through the WeChat Pay or the bank card in the map', () => {
    const { map } = clicks(['china_mobile', 'wechat', 'bank_card', 'etc']);
    const etc = map.accounts.find((a) => a.id === 'etc')!;
    expect(etc.ways!.map((w) => w.requires)).toEqual([
      [{ account: 'wechat', capability: 'pay' }],
      [{ account: 'bank_card', capability: 'pay' }],
    ]);
    const r = impact(compile(valid(map)), [{ account: 'wechat' }]);
    expect(r.accounts.etc?.status).toBe('degraded');
  });

  it('never invents accounts: a typical way whose slot nobody fills is left out', () => {
    const { map } = clicks(['qqmail']);
    expect(map.accounts.map((a) => a.id)).toEqual(['qqmail']);
    expect(map.accounts[0]!.ways).toBeUndefined();
    // A provider slot takes only an account of that provider: QQ Mail never hangs off a WeChat by default.
    const withWechat = clicks(['wechat', 'qqmail']).map;
    expect(withWechat.accounts.find((a) => a.id === 'qqmail')!.ways).toBeUndefined();
  });

  it('fills a slot with the account the caller names (the importer’s mailbox)', () => {
    const { map } = clicks(['qq', 'qqmail', 'mail163']);
    const r = addProvider(map, 'microsoft', { lang: 'en', fill: { email: 'mail163' } });
    const ms = r.map.accounts.find((a) => a.id === r.id)!;
    expect(ms.ways!.map((w) => w.requires[0]?.account)).toEqual(['mail163', 'mail163']);
    expect(ms.ways![0]).toMatchObject({ label: 'Password plus a code sent to email', secret: true });
    // An unknown account in `fill` falls back to the default.
    const d = addProvider(map, 'microsoft', { lang: 'en', fill: { email: 'nope' } });
    expect(d.map.accounts.find((a) => a.id === d.id)!.ways![0]!.requires[0]!.account).toBe('qqmail');
  });

  it('throws on an unknown provider id', () => {
    expect(() => addProvider(empty(), 'no_such_provider', { lang: 'zh' })).toThrow(/unknown provider/);
  });
});

describe('templates', () => {
  it('carry secret from template to way, and only then', () => {
    for (const p of catalog.providers)
      for (const t of p.ways) {
        const way = templateWay(
          t,
          t.requires.map(() => 'x'),
          'en',
        );
        expect(way.secret === true, `${p.id}: ${t.names.en}`).toBe(t.secret === true);
        expect(way.requires.map((r) => r.capability)).toEqual(t.requires.map((s) => s.capability));
      }
  });

  it('give every provider with templates at least one typical way, which a full map pre-selects', () => {
    const { map } = clicks([
      'china_mobile',
      'id_card',
      'face',
      'qq',
      'wechat',
      'alipay',
      'google',
      'bank_card',
    ]);
    const full = addProvider(map, 'apple_id', { lang: 'zh' }).map;
    for (const p of catalog.providers) {
      if (p.ways.length === 0) continue;
      expect(
        p.ways.some((w) => w.typical === true),
        p.id,
      ).toBe(true);
      const chosen = defaultChoices(full, p);
      for (const c of chosen) expect(c.template.typical, p.id).toBe(true);
    }
  });

  it('offer password-only or password + code, marked secret, wherever a password exists', () => {
    for (const id of ['qq', 'mail163', 'microsoft', 'apple_id', 'wechat', 'railway12306']) {
      const ways = getProvider(id)!.ways;
      expect(
        ways.some((w) => w.secret === true && w.purpose === 'login'),
        id,
      ).toBe(true);
    }
    expect(getProvider('qq')!.ways.some((w) => w.requires.length === 0 && w.secret === true)).toBe(true);
  });
});
