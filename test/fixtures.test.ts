// One test per fixture: the engine's impact of every scenario equals the committed expected result, and the
// facts derived by hand from DESIGN §3 (fixtures/README.md) hold, so the expected files cannot drift silently.
import { describe, expect, it } from 'vitest';
import { compile, impact } from '../src/engine/index.js';
import type { Impact, Status } from '../src/model/index.js';
import { fixtureFiles, loadExpected, loadFixture } from './support/fixtures.js';

type Facts = Record<
  string,
  {
    statuses?: Record<string, Status>;
    counts?: Partial<Impact['counts']>;
    lost?: Record<string, number>;
    atRisk?: Record<string, number>;
  }
>;

/** Hand-derived outcomes, copied from fixtures/README.md (worked out without the engine). */
const HAND: Record<string, Facts> = {
  'qq-permanent-ban-2022.map.json': {
    'qq_permanent_ban_2022-12-11': {
      statuses: {
        qq: 'banned',
        qqmail: 'cut',
        microsoft: 'cut',
        apple_id: 'cut',
        amazon: 'cut',
        youdao: 'cut',
        qq_music: 'cut',
        phone: 'ok',
      },
      counts: { banned: 1, cut: 19, partial: 0, degraded: 0, ok: 1, unreachable: 0 },
      lost: { CNY: 23200 },
      atRisk: {},
    },
  },
  'regional-suspension-2019.map.json': {
    'anti_fraud_2019-10-14': {
      statuses: {
        qq: 'banned',
        wechat: 'banned',
        alipay: 'banned',
        jd: 'degraded',
        didi: 'partial',
        eleme: 'cut',
        phone: 'ok',
      },
      counts: { banned: 3, cut: 1, partial: 1, degraded: 1, ok: 2 },
      lost: { CNY: 3015 },
    },
    'anti_fraud_2019-11_withdrawal_open': { lost: { CNY: 15 } },
  },
  'wechat-shenzhen-2020.map.json': {
    wechat_restricted_permanent: {
      statuses: { wechat: 'banned', health_code: 'cut', etc: 'cut', credit_card: 'ok' },
      lost: {},
    },
    bank_card_frozen: { statuses: { wechat: 'partial', etc: 'cut' } },
  },
  'mainland-takeover.map.json': {
    number_cancelled: {
      statuses: {
        phone: 'banned',
        alipay: 'cut',
        taobao: 'cut',
        meituan: 'cut',
        didi: 'cut',
        wechat: 'degraded',
      },
      counts: { banned: 1, cut: 4, partial: 0, degraded: 3, ok: 2 },
      lost: { CNY: 20150 },
    },
  },
  'phone-realname-2016.map.json': {
    one_way_suspension: {
      statuses: { cmcc: 'banned', wechat: 'cut', railway12306: 'cut', bank: 'partial', alipay: 'degraded' },
    },
    two_way_suspension: { counts: { banned: 3, cut: 4, partial: 1 } },
    cancelled: { counts: { banned: 3, cut: 4, partial: 1 } },
  },
  'semantics/and-or-ways.map.json': {
    ban_email: { statuses: { svc: 'degraded' }, atRisk: { CNY: 100 } },
    ban_email_and_id_card: { statuses: { svc: 'cut', child: 'cut' }, lost: { CNY: 100, USD: 7.5 } },
  },
  'semantics/recovery-cycle.map.json': {
    ban_root: { statuses: { a: 'cut', b: 'cut', self: 'cut', c: 'unreachable' }, lost: { CNY: 1 } },
    ban_b: { statuses: { a: 'degraded' } },
  },
  'semantics/capability-way.map.json': {
    bank_card_frozen: { statuses: { wechat: 'partial', etc: 'cut' }, lost: { CNY: 300 } },
    phone_lost: { lost: { CNY: 500 } },
  },
  'semantics/one-way-suspension.map.json': {
    one_way: {
      statuses: { svc_sms: 'cut', svc_data: 'cut', svc_call: 'ok', svc_both: 'degraded' },
      lost: { CNY: 500 },
      atRisk: { CNY: 300 },
    },
    two_way: { lost: { CNY: 1000 } },
  },
  'semantics/withdraw-survives.map.json': {
    restricted_permanent: { lost: { CNY: 80 } },
    pay_frozen: { lost: { CNY: 1580.25 } },
    phone_lost: { lost: { CNY: 1580.25 } },
  },
  'semantics/degraded.map.json': {
    ban_mail: { statuses: { x: 'degraded', y: 'degraded', z: 'ok' }, atRisk: { CNY: 1520 } },
    ban_mail_and_phone: { statuses: { x: 'cut', z: 'cut', y: 'partial' }, lost: { CNY: 1503 } },
  },
  'semantics/partial.map.json': {
    ban_phone: { statuses: { bank: 'partial', shop: 'cut', wallet: 'partial' }, lost: { CNY: 42, USD: 40 } },
  },
};

describe('fixtures', () => {
  it('has hand-derived facts for every fixture', () => {
    expect(Object.keys(HAND).sort()).toEqual(fixtureFiles());
  });

  for (const file of fixtureFiles()) {
    it(`reproduces ${file}`, () => {
      const map = loadFixture(file);
      const c = compile(map);
      const got: Record<string, Impact> = {};
      for (const sc of map.scenarios ?? []) got[sc.id] = impact(c, sc.bans);
      expect(got).toEqual(loadExpected(file, 'impact'));
      for (const [scenario, facts] of Object.entries(HAND[file] ?? {})) {
        const r = got[scenario]!;
        expect(r, scenario).toBeDefined();
        for (const [id, status] of Object.entries(facts.statuses ?? {}))
          expect(r.accounts[id]?.status, `${scenario} ${id}`).toBe(status);
        if (facts.counts) expect(r.counts).toMatchObject(facts.counts);
        if (facts.lost) expect(r.totals.lost).toEqual(facts.lost);
        if (facts.atRisk) expect(r.totals.atRisk).toEqual(facts.atRisk);
      }
    });
  }
});
