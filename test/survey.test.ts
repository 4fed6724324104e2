// The guided survey's logic (issue 11 item 4, DESIGN §4d): answers become an ordinary, valid map through the
// catalog rule, roots first, each app with the login chips ticked, then money and devices per account.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getProvider } from '../src/catalog/index.js';
import { SURVEY_CARRIERS, SURVEY_CATEGORIES, SURVEY_MAILBOXES } from '../src/catalog/survey.js';
import { compile, impact, parseMap, risk } from '../src/engine/index.js';
import {
  chipTemplate,
  defaultChips,
  emptyAnswers,
  type SurveyAnswers,
  surveyMap,
} from '../src/engine/survey.js';
import { ROOT } from './support/browser.js';
import { answers40 } from './support/survey-40.js';

const base = (): SurveyAnswers => ({
  ...emptyAnswers('zh'),
  phones: [{ carrier: 'china_mobile' }],
  roots: ['qq', 'wechat'],
  mailboxes: [{ provider: 'qqmail' }],
});
const ways = (map: ReturnType<typeof surveyMap>, id: string) =>
  (map.accounts.find((a) => a.id === id)?.ways ?? []).map((w) =>
    w.requires.map((r) => `${r.account}.${r.capability}`),
  );

describe('the survey’s tiles', () => {
  it('offers only catalog providers, each once', () => {
    const ids = [...SURVEY_CARRIERS, ...SURVEY_MAILBOXES, ...SURVEY_CATEGORIES.flatMap((c) => c.providers)];
    for (const id of ids) expect(getProvider(id), id).toBeDefined();
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('starts a tile with the chips of its typical logins', () => {
    expect(defaultChips(getProvider('douyin')!)).toEqual(['sms']);
    expect(defaultChips(getProvider('qq_music')!)).toEqual(['qq']);
    expect(defaultChips(getProvider('pinduoduo')!)).toEqual(['sms', 'wechat']);
    expect(defaultChips(getProvider('microsoft')!)).toEqual(['email']);
    expect(defaultChips(getProvider('etc')!)).toEqual([]);
  });

  it('picks the provider’s own template for a chip, an SMS code login before password + SMS', () => {
    expect(chipTemplate(getProvider('wechat')!, 'sms').secret).toBeUndefined();
    expect(chipTemplate(getProvider('icbc')!, 'sms').secret).toBe(true);
    expect(chipTemplate(getProvider('douyin')!, 'password')).toMatchObject({ requires: [], secret: true });
  });
});

describe('answers into a map', () => {
  it('adds the roots first and hangs them off the first number', () => {
    const map = surveyMap({ ...base(), roots: ['id_card', 'qq', 'wechat', 'alipay'] });
    expect(map.accounts.map((a) => a.id)).toEqual([
      'id_card',
      'face',
      'china_mobile',
      'qq',
      'wechat',
      'alipay',
      'qqmail',
    ]);
    expect(ways(map, 'wechat')[0]).toEqual(['china_mobile.sms']);
    expect(ways(map, 'qqmail')).toEqual([['qq.access']]);
    expect(ways(map, 'china_mobile')).toContainEqual(['id_card.access']);
  });

  it('gives each app the ways of its ticked chips, on the chosen number and mailbox', () => {
    const map = surveyMap({
      ...base(),
      phones: [{ carrier: 'china_mobile' }, { carrier: 'china_unicom' }],
      apps: [
        { provider: 'douyin', logins: ['sms', 'wechat'], phone: 1 },
        { provider: 'github', logins: ['email'] },
        { provider: 'qq_music', logins: ['qq'] },
        { provider: 'etc', logins: [] },
      ],
    });
    expect(ways(map, 'douyin')).toEqual([['china_unicom.sms'], ['wechat.oauth']]);
    expect(ways(map, 'github')).toEqual([['qqmail.mail'], ['qqmail.mail']]);
    expect(ways(map, 'qq_music')).toEqual([['qq.oauth']]);
    expect(ways(map, 'etc')).toEqual([['wechat.pay']]);
    expect(parseMap(map).ok).toBe(true);
  });

  it('drops a chip whose root is missing rather than inventing an account', () => {
    const map = surveyMap({ ...base(), roots: [], apps: [{ provider: 'bilibili', logins: ['qq', 'sms'] }] });
    expect(ways(map, 'bilibili')).toEqual([['china_mobile.sms']]);
    expect(map.accounts.some((a) => a.id === 'qq')).toBe(false);
  });

  it('puts money and devices on their accounts; withdrawable money needs withdraw', () => {
    const map = surveyMap({
      ...base(),
      assets: [
        { account: 'wechat', kind: 'money', label: '零钱', value: 800 },
        { account: 'qq', kind: 'device', label: 'x', value: 0 },
        { account: 'nope', kind: 'money', label: 'x', value: 5 },
      ],
    });
    expect(map.accounts.find((a) => a.id === 'wechat')!.assets).toEqual([
      { label: '零钱', kind: 'money', value: 800, currency: 'CNY', needs: 'withdraw' },
    ]);
    expect(map.accounts.find((a) => a.id === 'qq')!.assets).toBeUndefined();
    const r = impact(compile(map), [{ account: 'wechat', preset: 'wechat_restricted_permanent' }]);
    expect(r.assets.lost).toEqual([]);
  });

  it('builds the 40-account map of the browser test, equal to the committed fixture', () => {
    const map = surveyMap(answers40());
    expect(map.accounts).toHaveLength(40);
    expect(parseMap(map).ok).toBe(true);
    const fixture = JSON.parse(readFileSync(join(ROOT, 'fixtures/survey-40.map.json'), 'utf8'));
    expect(map).toEqual(fixture);
    // What a person expects of it: QQ cuts its mailbox and the services bound to it.
    const r = impact(compile(map), [{ account: 'qq' }]);
    for (const id of ['qqmail', 'microsoft', 'qq_music', 'tencent_video', 'youdao'])
      expect(r.accounts[id]?.status, id).toBe('cut');
    expect(risk(compile(map), { order: 1 }).accounts.microsoft?.spof).toContain('qq');
  });
});
