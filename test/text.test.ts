/** The text layer: both catalogues hold the same keys, and the formatting helpers word lists, counts and locales. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webParts as enWebParts } from '../src/text/en/web/index.js';
import {
  CATALOGUES,
  capabilityName,
  capabilityWords,
  countOf,
  formatMoney,
  formatWhen,
  langFromEnv,
  langFromPreferences,
  listOf,
  listParts,
  wayName,
} from '../src/text/index.js';
import { webParts as zhWebParts } from '../src/text/zh/web/index.js';

/** Every key path of a catalogue with the kind of its value (and a function's arity). */
function shape(value: unknown, prefix = ''): string[] {
  if (typeof value === 'function') return [`${prefix}: function/${value.length}`];
  if (typeof value === 'string') return [`${prefix}: string`];
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k));
  return [`${prefix}: ${typeof value}`];
}

describe('the catalogues', () => {
  it('have the same keys, kinds and function arities in Chinese and English', () => {
    expect(shape(CATALOGUES.en).sort()).toEqual(shape(CATALOGUES.zh).sort());
  });

  it('merge the web parts into one section with no key of one part shadowing another', () => {
    for (const [lang, parts] of [
      ['zh', zhWebParts],
      ['en', enWebParts],
    ] as const) {
      const keys = Object.values(parts).flatMap((part) => Object.keys(part));
      expect(new Set(keys).size, lang).toBe(keys.length);
      expect(Object.keys(CATALOGUES[lang].web).sort(), lang).toEqual([...keys].sort());
    }
    expect(Object.keys(CATALOGUES.zh.web).length).toBeGreaterThan(300);
  });

  it('hold a string for every data-i18n and data-i18n-label key of web/index.html', () => {
    const html = readFileSync(new URL('../web/index.html', import.meta.url), 'utf8');
    const keys = [...html.matchAll(/data-i18n(?:-label)?="([^"]+)"/g)].map((m) => m[1] as string);
    expect(keys.length).toBeGreaterThan(10);
    for (const lang of ['zh', 'en'] as const)
      expect(
        keys.filter((k) => typeof (CATALOGUES[lang].web as Record<string, unknown>)[k] !== 'string'),
      ).toEqual([]);
  });

  it('hold no empty text and no Chinese characters in the English catalogue', () => {
    const leaves = (v: unknown): unknown[] =>
      v !== null && typeof v === 'object' ? Object.values(v).flatMap(leaves) : [v];
    for (const v of leaves(CATALOGUES.en)) {
      if (typeof v === 'string') {
        expect(v.trim()).not.toBe('');
        expect(v).not.toMatch(/\p{Script=Han}/u);
      }
    }
  });
});

describe('languages from the environment', () => {
  it('follows LC_ALL over LC_MESSAGES over LANG, and reads LANGUAGE only when none is set', () => {
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_TW.UTF-8' })).toBe('zh');
    expect(langFromEnv({ LANGUAGE: 'fr:zh_CN' })).toBe('zh');
    expect(langFromEnv({ LANG: 'C.UTF-8', LANGUAGE: 'zh_CN' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
  });

  it('takes the first browser language it speaks', () => {
    expect(langFromPreferences(['fr-FR', 'zh-Hans-CN', 'en'])).toBe('zh');
    expect(langFromPreferences(['de'])).toBe('en');
  });
});

describe('formatting helpers', () => {
  it('words lists the way each language writes them', () => {
    expect(listOf(['QQ', '微信', '手机号'], 'zh')).toBe('QQ、微信和手机号');
    expect(listOf(['QQ', 'WeChat', 'phone'], 'en')).toBe('QQ, WeChat, and phone');
    expect(listOf(['a', 'b'], 'en', 'or')).toBe('a or b');
    expect(listOf(['a'], 'zh')).toBe('a');
    expect(listOf(['a', 'b', 'c'], 'zh', 'unit')).toBe('a、b、c');
    expect(listOf(['a', 'b', 'c'], 'en', 'unit')).toBe('a, b, c');
  });

  it('words lists of page elements like lists of strings, the elements themselves kept', () => {
    const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(listParts([a, b, c], 'zh')).toEqual([a, '、', b, '和', c]);
    expect(listParts([a, b], 'en')).toEqual([a, ' and ', b]);
    expect(listParts([a, b, c], 'en', 'unit')).toEqual([a, ', ', b, ', ', c]);
    expect(listParts([a], 'zh')).toEqual([a]);
    expect(listParts([], 'en')).toEqual([]);
  });

  it('writes a moment day-month-year in English and year-month-day in Chinese', () => {
    const iso = new Date(2026, 11, 2, 1, 45).toISOString();
    expect(formatWhen(iso, 'en')).toBe('2 Dec 2026, 01:45');
    expect(formatWhen(iso, 'zh')).toBe('2026年12月2日 01:45');
  });

  it('counts with the plural English needs and the measure word Chinese uses', () => {
    const maps = { one: 'map', other: 'maps' };
    expect(countOf(1, 'en', maps)).toBe('1 map');
    expect(countOf(2, 'en', maps)).toBe('2 maps');
    expect(countOf(12000, 'en', maps)).toBe('12,000 maps');
    expect(countOf(1, 'zh', { other: '张地图' })).toBe('1 张地图');
  });

  it('writes money with a symbol for yuan, dollars and euros and a code otherwise', () => {
    expect(formatMoney(12000, 'CNY', 'en')).toBe('¥12,000');
    expect(formatMoney(7.5, 'USD', 'zh')).toBe('$7.5');
    expect(formatMoney(30, 'HKD', 'en')).toBe('30 HKD');
  });
});

describe('capabilities and ways in words', () => {
  it('names known capabilities in both languages and leaves made-up ones as ids', () => {
    expect(capabilityName('sms', 'zh')).toBe('收短信');
    expect(capabilityName('find_my', 'zh')).toBe('查找和激活锁');
    expect(capabilityName('sms', 'en')).toBe('receive SMS');
    expect(capabilityWords('mail', 'zh')).toBe('收邮件 (mail)');
    expect(capabilityName('vip_badge', 'zh')).toBe('vip_badge');
  });

  it('names a way by its label, else by what it needs', () => {
    const label = (id: string) => ({ phone: '手机号', qqmail: 'QQ邮箱' })[id] ?? id;
    expect(wayName({ label: '扫码登录', requires: [] }, label, 'zh')).toBe('扫码登录');
    expect(
      wayName({ requires: [{ account: 'phone', capability: 'sms' }, { account: 'qq' }] }, label, 'zh'),
    ).toBe('「手机号」收短信和「qq」');
    expect(
      wayName({ requires: [{ account: 'qqmail', capability: 'mail' }], secret: true }, label, 'en'),
    ).toBe('receive mail on “QQ邮箱” and a password only you know');
    expect(wayName({ requires: [] }, label, 'en')).toBe('a password only you know');
  });
});
