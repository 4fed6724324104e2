// The catalog's data (issue 11 item 2): at least 150 providers people in China use, each with names in both
// languages, search keys, domains for matching an import, typical ways with a source, secret where a password
// is needed; the domain lookups; and the dated 2fa.directory snapshot with its licence and "no data" answers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  catalog,
  getProvider,
  loadCatalog,
  mailboxForAddress,
  providerForSite,
} from '../src/catalog/index.js';
import { GENERIC_PRESETS } from '../src/catalog/presets.js';
import { PROVIDERS } from '../src/catalog/providers.js';
import { mayAdviseDroppingSms, TWO_FACTOR_SNAPSHOT, twoFactorFor } from '../src/catalog/twofa.js';
import { ROOT } from './support/browser.js';

const CATALOG_DIR = join(ROOT, 'src/catalog');

/** Every system CASES.md names, by the provider id that stands for it. */
const CASES_SYSTEMS = [
  'qq',
  'qqmail',
  'wechat',
  'alipay',
  'china_mobile',
  'china_unicom',
  'china_telecom',
  'fixed_line',
  'id_card',
  'face',
  'youdao',
  'qq_music',
  'microsoft',
  'apple_id',
  'amazon',
  'hainan_airlines',
  'sichuan_airlines',
  'china_southern',
  'cet',
  'ruankao',
  'chsi',
  'qingshuihepan',
  'weibo',
  'douban',
  'baidu',
  'google',
  'facebook',
  'github',
  'zhihu',
  'health_code',
  'etc',
  'wechat_merchant',
  'alipay_merchant',
  'chinaums',
  'yizhengtongcha',
];

/** The categories the issue lists, each by a few providers it must hold. */
const CATEGORIES: Record<string, string[]> = {
  shopping: ['taobao', 'jd', 'pinduoduo', 'xianyu'],
  banks: ['icbc', 'ccb', 'abc', 'boc', 'bocom', 'cmb', 'psbc'],
  payments: ['alipay', 'unionpay', 'ecny'],
  travel: ['railway12306', 'air_china', 'china_eastern', 'ctrip', 'didi', 'amap'],
  government: ['gov_service', 'individual_tax', 'traffic_12123', 'social_security', 'medical_insurance'],
  education: ['chsi', 'cet', 'neea', 'yanzhao'],
  work: ['dingtalk', 'feishu', 'wecom'],
  social: ['weibo', 'xiaohongshu', 'douyin', 'kuaishou', 'bilibili'],
  video: ['iqiyi', 'youku', 'tencent_video'],
  music: ['qq_music', 'netease_music', 'kugou'],
  games: ['honor_of_kings', 'netease_games', 'mihoyo', 'steam'],
  makers: ['huawei_id', 'xiaomi', 'oppo', 'vivo', 'apple_id'],
  delivery: ['meituan', 'eleme', 'sf_express'],
  housing: ['beike', 'city58', 'state_grid'],
  global: ['microsoft', 'google', 'github', 'amazon', 'steam', 'paypal'],
  lines: ['fixed_line', 'broadband', 'china_broadnet'],
  merchants: ['wechat_merchant', 'alipay_merchant', 'chinaums', 'lakala'],
};

/** Providers that are held rather than signed into, or have no site of their own. */
const NO_DOMAINS = [
  'bank_card',
  'id_card',
  'face',
  'mvno',
  'fixed_line',
  'broadband',
  'phone_device',
  'health_code',
];

describe('the catalog data', () => {
  it('holds at least 150 providers with unique ids', () => {
    expect(catalog.providers.length).toBeGreaterThanOrEqual(150);
    const ids = catalog.providers.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has every system the real cases name, and every category the issue lists', () => {
    for (const id of CASES_SYSTEMS) expect(getProvider(id), id).toBeDefined();
    for (const [category, ids] of Object.entries(CATEGORIES))
      for (const id of ids) expect(getProvider(id), `${category}: ${id}`).toBeDefined();
  });

  it('names every provider in Chinese and English and gives it search keys', () => {
    for (const p of catalog.providers) {
      expect(p.names.zh.trim(), p.id).not.toBe('');
      expect(p.names.en.trim(), p.id).not.toBe('');
      expect(p.names.en, p.id).not.toMatch(/[\u4e00-\u9fff]/);
      expect(p.aliases.length, p.id).toBeGreaterThan(0);
    }
  });

  it('gives every provider but the held ones registrable domains or app names, in lower case', () => {
    const without = catalog.providers.filter((p) => p.domains.length === 0).map((p) => p.id);
    expect(without.sort()).toEqual([...NO_DOMAINS].sort());
    for (const p of catalog.providers)
      for (const d of p.domains) expect(d, p.id).toMatch(/^[a-z0-9-]+(\.[a-z0-9_-]+)+$/);
  });

  it('lists a domain once among mailboxes and once among the other providers', () => {
    const mail = new Map<string, string>();
    const sites = new Map<string, string>();
    for (const p of catalog.providers)
      for (const d of p.domains) {
        const table = p.kind === 'email' ? mail : sites;
        expect(table.get(d), `${d}: ${p.id}`).toBeUndefined();
        table.set(d, p.id);
      }
    const qq = PROVIDERS.find((p) => p.id === 'qq')!;
    expect(() => loadCatalog([...PROVIDERS, { ...qq, id: 'qq_twin' }], GENERIC_PRESETS)).toThrow(
      /domain qq.com is already qq's/,
    );
  });

  it('gives every provider with ways a typical one, and every typical way a source', () => {
    for (const p of catalog.providers) {
      if (p.ways.length === 0) continue;
      expect(
        p.ways.some((w) => w.typical === true),
        p.id,
      ).toBe(true);
      for (const w of p.ways.filter((x) => x.typical === true))
        expect(w.source?.trim(), `${p.id}: ${w.names.en}`).toBeTruthy();
    }
  });

  it('marks secret every login way that needs a password or PIN, and no SMS-code-only login', () => {
    for (const p of catalog.providers)
      for (const w of p.ways) {
        const where = `${p.id}: ${w.names.en}`;
        if (w.purpose === 'login' && /\bpassword\b|\bPIN\b/i.test(w.names.en))
          expect(w.secret, where).toBe(true);
        if (/^(Sign in with a code sent by SMS|Code by SMS)/.test(w.names.en))
          expect(w.secret, where).toBeUndefined();
      }
  });
});

describe('finding a provider by site or address', () => {
  it('matches sites, hosts and Android app names by the longest domain, sites before mailboxes', () => {
    const site = (s: string) => providerForSite(s)?.id;
    expect(site('https://mail.qq.com/cgi-bin/loginpage')).toBe('qqmail');
    expect(site('https://ssl.ptlogin2.qq.com/')).toBe('qq');
    expect(site('qq.com')).toBe('qq');
    expect(site('y.qq.com')).toBe('qq_music');
    expect(site('https://passport.jd.com:443/new/login.aspx')).toBe('jd');
    expect(site('androidapp://com.tencent.mm')).toBe('wechat');
    expect(site('https://www.12306.cn/index/')).toBe('railway12306');
    expect(site('login.live.com')).toBe('microsoft');
    expect(site('music.163.com')).toBe('netease_music');
    expect(site('mail.163.com')).toBe('mail163');
    expect(site('HTTPS://GitHub.com/login')).toBe('github');
    expect(site('example.org')).toBeUndefined();
    expect(site('')).toBeUndefined();
    expect(site('com')).toBeUndefined();
  });

  it('finds the mailbox of an address by its domain only', () => {
    expect(mailboxForAddress('7921xxxxx@qq.com')?.id).toBe('qqmail');
    expect(mailboxForAddress('someone@Foxmail.com')?.id).toBe('qqmail');
    expect(mailboxForAddress('a@163.com')?.id).toBe('mail163');
    expect(mailboxForAddress('a@gmail.com')?.id).toBe('gmail');
    expect(mailboxForAddress('a@outlook.com')?.id).toBe('outlook');
    expect(mailboxForAddress('a@139.com')?.id).toBe('mail139');
    expect(mailboxForAddress('a@jd.com')).toBeUndefined();
    expect(mailboxForAddress('a@sub.qq.com')).toBeUndefined();
  });
});

describe('the 2fa.directory snapshot', () => {
  const raw = JSON.parse(readFileSync(join(CATALOG_DIR, 'twofa-directory.json'), 'utf8'));

  it('is dated, names its source commit, and keeps the MIT licence beside it', () => {
    expect(TWO_FACTOR_SNAPSHOT.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(TWO_FACTOR_SNAPSHOT.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(raw.license).toBe('MIT');
    const licence = join(CATALOG_DIR, 'twofa-directory.LICENSE.md');
    expect(existsSync(licence)).toBe(true);
    expect(readFileSync(licence, 'utf8')).toContain('The MIT License');
  });

  it('keeps only entries for this catalog’s domains', () => {
    const domains = catalog.providers.flatMap((p) => p.domains);
    for (const host of Object.keys(raw.entries))
      expect(
        domains.some((d) => host === d || host.endsWith(`.${d}`)),
        host,
      ).toBe(true);
  });

  it('says which second factors a global service offers, and "none" plainly where it has no data', () => {
    const github = twoFactorFor('github');
    expect(github.status).toBe('data');
    if (github.status === 'data') expect(github.entry.tfa).toEqual(expect.arrayContaining(['totp', 'u2f']));
    expect(twoFactorFor('microsoft')).toMatchObject({ status: 'data', domain: 'office.com' });
    for (const id of ['qq', 'wechat', 'railway12306', 'no_such_provider'])
      expect(twoFactorFor(id), id).toEqual({ status: 'none' });
  });

  it('never lets advice drop SMS where the directory notes it is required, or where it has no data', () => {
    for (const id of ['amazon', 'mail163', 'steam']) {
      expect(twoFactorFor(id), id).toMatchObject({ status: 'data', smsRequired: true });
      expect(mayAdviseDroppingSms(id), id).toBe(false);
    }
    expect(mayAdviseDroppingSms('qq')).toBe(false);
    expect(mayAdviseDroppingSms('github')).toBe(true);
  });
});
