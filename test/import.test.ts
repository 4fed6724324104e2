/**
 * Import from password managers (DESIGN §4d): one realistic sample export per format under fixtures/import/,
 * each imported into the exact accounts and requirements below, into a valid map, with the report's counts.
 */
import { describe, expect, it } from 'vitest';
import { importExport, parseMap } from '../src/engine/index.js';
import type { ImportReport } from '../src/model/index.js';
import { sample, summary } from './support/import.js';

type Expected = { accounts: string[]; report: Omit<ImportReport, 'format' | 'accounts'> };

const EXPECTED: Record<string, Expected> = {
  'bitwarden.json': {
    accounts: [
      'qq qq QQ 10001234 | *- ; *-',
      'qqmail qqmail 10001234@qq.com | qq.access',
      'gmail gmail li.hua@gmail.com | google.access',
      'github github GitHub | *gmail.mail ; gmail.mail',
      'google google Google Account | *-',
      'phone phone 13800138000 | ',
      'bilibili bilibili Bilibili | phone.sms ; phone.data ; *phone.sms ; phone.sms',
      'railway12306 railway12306 China Railway 12306 | *phone.sms ; phone.sms',
      'mail163 mail163 lihua@163.com | *-',
      'example_forum_cn service example-forum.cn | *- ; mail163.mail',
      '192_168_1_1 service 192.168.1.1 | *-',
      'youdao youdao Youdao Dictionary | qq.oauth',
    ],
    report: {
      logins: 11,
      recognised: [
        { provider: 'qq', count: 1 },
        { provider: 'qqmail', count: 1 },
        { provider: 'github', count: 1 },
        { provider: 'google', count: 1 },
        { provider: 'bilibili', count: 1 },
        { provider: 'railway12306', count: 1 },
        { provider: 'youdao', count: 1 },
        { provider: 'mail163', count: 1 },
      ],
      accountsCreated: 12,
      accountsMatched: 0,
      duplicatesMerged: 1,
      skipped: [
        { row: 9, code: 'not_a_login' },
        { row: 10, code: 'not_a_login' },
      ],
    },
  },
  'bitwarden.csv': {
    accounts: [
      'qq qq QQ 10001234 | *- ; *-',
      'outlook outlook chen.jie@hotmail.com | microsoft.access',
      'phone phone 18600001234 | ',
      'com_example_bikeshare service com.example.bikeshare | *- ; phone.sms',
      'chsi chsi CHSI (China Higher Education Student Information) | outlook.mail',
      '192_168_31_10 service 192.168.31.10 | *-',
      'email email chen.jie@example-corp.com | ',
      'example_corp_com service example-corp.com | *- ; email.mail',
      'microsoft microsoft Microsoft account (chen.jie@hotmail.com) | *-',
    ],
    report: {
      logins: 7,
      recognised: [
        { provider: 'qq', count: 1 },
        { provider: 'outlook', count: 1 },
        { provider: 'chsi', count: 1 },
      ],
      accountsCreated: 9,
      accountsMatched: 0,
      duplicatesMerged: 1,
      skipped: [{ row: 3, code: 'not_a_login' }],
    },
  },
  'chrome.csv': {
    accounts: [
      'phone phone 13912345678 | ',
      'jd jd JD.com | phone.sms ; phone.data ; *phone.sms ; phone.sms',
      'weibo weibo Weibo | phone.sms ; *phone.sms ; phone.sms',
      'gmail gmail wang.fang@gmail.com | google.access',
      'google google Google Account | *-',
      'github github GitHub | *gmail.mail ; gmail.mail',
      'localhost service localhost | *-',
      'example_qa_cn service example-qa.cn | *- ; phone.sms',
      'mail126 mail126 wangfang@126.com | *-',
      'netease_music netease_music NetEase Cloud Music | *- ; mail126.mail',
    ],
    report: {
      logins: 9,
      recognised: [
        { provider: 'jd', count: 1 },
        { provider: 'weibo', count: 1 },
        { provider: 'google', count: 1 },
        { provider: 'github', count: 1 },
        { provider: 'netease_music', count: 1 },
      ],
      accountsCreated: 10,
      accountsMatched: 0,
      duplicatesMerged: 2,
      skipped: [{ row: 9, code: 'empty' }],
    },
  },
  'firefox.csv': {
    accounts: [
      'taobao taobao Taobao | *-',
      'mail163 mail163 lihua@163.com | *-',
      'douban douban Douban | mail163.mail',
      '10_0_0_138 service 10.0.0.138 | *-',
      'amazon amazon Amazon | *mail163.mail ; mail163.mail',
      'example_org_cn service example.org.cn | *-',
      'outlook outlook lihua@outlook.com | microsoft.access',
      'microsoft microsoft Microsoft account | *-',
    ],
    report: {
      logins: 7,
      recognised: [
        { provider: 'taobao', count: 1 },
        { provider: 'douban', count: 1 },
        { provider: 'amazon', count: 1 },
        { provider: 'microsoft', count: 1 },
      ],
      accountsCreated: 8,
      accountsMatched: 0,
      duplicatesMerged: 1,
      skipped: [],
    },
  },
  '1password.csv': {
    accounts: [
      'phone phone 13700001111 | ',
      'alipay alipay Alipay | phone.sms ; *phone.sms ; phone.sms',
      'icloud_mail icloud_mail zhang.wei@icloud.com | apple_id.icloud',
      'apple_id apple_id Apple ID | *-',
      'example_games_net service example-games.net | *-',
      'wechat wechat WeChat | phone.sms ; *phone.sms ; *-',
      'old_site_net service old-site.net | *- ; icloud_mail.mail',
      'cmb cmb China Merchants Bank | *phone.sms',
    ],
    report: {
      logins: 6,
      recognised: [
        { provider: 'alipay', count: 1 },
        { provider: 'apple_id', count: 1 },
        { provider: 'wechat', count: 1 },
        { provider: 'cmb', count: 1 },
      ],
      accountsCreated: 8,
      accountsMatched: 0,
      duplicatesMerged: 0,
      skipped: [{ row: 7, code: 'column_count' }],
    },
  },
  'apple.csv': {
    accounts: [
      'icloud_mail icloud_mail zhao.min@icloud.com | apple_id.icloud',
      'apple_id apple_id Apple ID | *-',
      'phone phone 13566667777 | ',
      'baidu baidu Baidu account | phone.sms ; phone.data ; *phone.sms ; phone.sms',
      'example_travel_com_cn service example-travel.com.cn | *- ; icloud_mail.mail',
      'example_app_cn service example-app.cn | *- ; phone.sms',
      'github github GitHub | *-',
    ],
    report: {
      logins: 6,
      recognised: [
        { provider: 'apple_id', count: 1 },
        { provider: 'baidu', count: 1 },
        { provider: 'github', count: 1 },
      ],
      accountsCreated: 7,
      accountsMatched: 0,
      duplicatesMerged: 1,
      skipped: [],
    },
  },
  'keepass.xml': {
    accounts: [
      'qq qq QQ 20002345 | *- ; *-',
      'qqmail qqmail 20002345@qq.com | qq.access',
      'gmail gmail lihua.kp@gmail.com | google.access',
      '172_16_0_8 service 172.16.0.8 | *-',
      'phone phone 15900009999 | ',
      'taobao taobao Taobao | phone.sms ; phone.data ; *phone.sms ; phone.sms',
      'jd jd JD.com | phone.sms ; phone.data ; *phone.sms ; phone.sms',
      'google google Google Account (lihua.kp@gmail.com) | *-',
    ],
    report: {
      logins: 6,
      recognised: [
        { provider: 'qq', count: 1 },
        { provider: 'qqmail', count: 1 },
        { provider: 'gmail', count: 1 },
        { provider: 'taobao', count: 1 },
        { provider: 'jd', count: 1 },
      ],
      accountsCreated: 8,
      accountsMatched: 0,
      duplicatesMerged: 0,
      skipped: [{ row: 7, code: 'in_trash' }],
    },
  },
};

const FORMATS: Record<string, string> = {
  'bitwarden.json': 'bitwarden-json',
  'bitwarden.csv': 'bitwarden-csv',
  'chrome.csv': 'chrome-csv',
  'firefox.csv': 'firefox-csv',
  '1password.csv': '1password-csv',
  'apple.csv': 'apple-csv',
  'keepass.xml': 'keepass-xml',
};

describe('importing each sample export', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: detects ${FORMATS[file]} and builds exactly the expected accounts and ways`, () => {
      const r = importExport(sample(file), { lang: 'en' });
      if (!r.ok) throw new Error(`refused: ${r.error.code}`);
      expect(r.report.format).toBe(FORMATS[file]);
      expect(summary(r.map)).toEqual(expected.accounts);
      const { accounts: _a, format: _f, ...counts } = r.report;
      expect(counts).toEqual(expected.report);
    });

    it(`${file}: the map is a valid version-1 map with no warnings, and naming the format gives the same`, () => {
      const r = importExport(sample(file), { lang: 'en' });
      if (!r.ok) throw new Error('refused');
      const parsed = parseMap(JSON.parse(JSON.stringify(r.map)));
      expect(parsed.validation.errors).toEqual([]);
      expect(parsed.validation.warnings).toEqual([]);
      expect(r.map.version).toBe(1);
      const named = importExport(sample(file), { lang: 'en', format: FORMATS[file] as never });
      expect(named).toEqual(r);
    });
  }
});
