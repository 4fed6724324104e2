/**
 * Import benchmark (DESIGN §12: "importing a 2,000-login export well under 1 s"): a generated Bitwarden JSON
 * export of 2,000 logins (catalog sites, unknown sites, Android apps, duplicates; usernames that are
 * mailboxes, mainland numbers, QQ numbers or plain names) imported end to end, against `JSON.parse` of the
 * same text in the same process as the anchor.
 */
import { importExport } from '../../src/engine/index.js';
import { lcg } from './generate.js';
import { fmt, median } from './stats.js';

const KNOWN = [
  'github.com',
  'passport.jd.com',
  'www.taobao.com',
  'weibo.com',
  'www.bilibili.com',
  'kyfw.12306.cn',
  'www.youdao.com',
  'accounts.google.com',
  'mail.qq.com',
  'www.douban.com',
];
const APPS = ['com.sina.weibo', 'tv.danmaku.bili', 'com.taobao.taobao', 'com.jingdong.app.mall'];

/** A deterministic Bitwarden JSON export of `n` logins, every secret a marker. */
export function generateBitwardenExport(n: number, seed = 11): string {
  const rnd = lcg(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const emails = Array.from(
    { length: 12 },
    (_, i) =>
      `${pick(['li', 'wang', 'zhang'])}${i}@${pick(['qq.com', '163.com', 'gmail.com', 'outlook.com', 'example.cn'])}`,
  );
  const phones = ['13800138000', '13912345678', '18600001234'];
  const qqs = ['10001234', '20002345'];
  const items = Array.from({ length: n }, (_, i) => {
    const r = rnd();
    const uri =
      r < 0.3
        ? `https://${pick(KNOWN)}/login`
        : r < 0.4
          ? `androidapp://${pick(APPS)}`
          : `https://www.site${rnd() < 0.05 ? Math.floor(rnd() * i) : i}.com.cn/login?id=${i}`;
    const u = rnd();
    const username = u < 0.4 ? pick(emails) : u < 0.7 ? pick(phones) : u < 0.8 ? pick(qqs) : `user${i}`;
    return {
      id: `item-${i}`,
      type: 1,
      name: `Login ${i}`,
      notes: `SECRET-note-${i}`,
      fields: [{ name: 'pin', value: `SECRET-field-${i}`, type: 1 }],
      login: {
        uris: [{ uri }],
        username,
        password: `SECRET-pw-${i}`,
        totp: rnd() < 0.2 ? `SECRET-totp-${i}` : null,
      },
    };
  });
  return JSON.stringify({ encrypted: false, folders: [], items });
}

export function benchImport(): Record<string, string | number> {
  const text = generateBitwardenExport(2000);
  const once = importExport(text, { lang: 'en' });
  if (!once.ok) throw new Error(`bench export refused: ${once.error.code}`);
  const parse = median(() => JSON.parse(text), 9);
  const full = median(() => importExport(text, { lang: 'en' }), 9);
  const into = median(() => importExport(text, { lang: 'en', into: once.map }), 5);
  const again = importExport(text, { lang: 'en', into: once.map });
  const createdAgain = again.ok ? again.report.accountsCreated : -1;
  return {
    'export size': `${(text.length / 1024).toFixed(0)} KiB, 2,000 logins`,
    'accounts built': once.map.accounts.length,
    'duplicates merged': once.report.duplicatesMerged,
    'JSON.parse of the export (anchor)': fmt(parse),
    'import 2,000 logins (target < 1 s)': `${fmt(full)} (${(full / parse).toFixed(1)}× JSON.parse)`,
    're-import into its own result': `${fmt(into)} (${createdAgain} accounts created)`,
  };
}
