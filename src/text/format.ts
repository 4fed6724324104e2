/**
 * @module Small pure formatters for words that depend on the language: lists ("A、B和C", "A, B and C"),
 * counts with the right plural, numbers, shares and money. Formatters are built once per language.
 */
import type { Totals } from '../model/index.js';
import { LANGS, type Lang, LOCALE_TAGS } from './lang.js';

type PerLang<T> = Record<Lang, T>;
const perLang = <T>(make: (tag: string) => T): PerLang<T> =>
  Object.fromEntries(LANGS.map((l) => [l, make(LOCALE_TAGS[l])])) as PerLang<T>;

const AND = perLang((tag) => new Intl.ListFormat(tag, { type: 'conjunction' }));
const OR = perLang((tag) => new Intl.ListFormat(tag, { type: 'disjunction' }));
const PLURALS = perLang((tag) => new Intl.PluralRules(tag));
const NUMBERS = perLang((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 3 }));
const PERCENTS = perLang((tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }));

/** Items joined as a person writes them: `and` "A、B和C" / "A, B, and C", `or` "A或B", `unit` "A、B" / "A, B". */
export function listOf(items: readonly string[], lang: Lang, type: 'and' | 'or' | 'unit' = 'and'): string {
  if (type === 'unit') return items.join(UNIT_SEPARATORS[lang]);
  return (type === 'and' ? AND : OR)[lang].format(items);
}

/** ICU's Chinese unit lists have no separator at all ("abc"), so `unit` lists are joined by hand. */
const UNIT_SEPARATORS: Record<Lang, string> = { zh: '、', en: ', ' };

/**
 * A list of things that are not strings (page elements), worded as `listOf` words strings: the items in order
 * with the language's separators and conjunction between them, `[a, '、', b, '和', c]`.
 */
export function listParts<T>(
  items: readonly T[],
  lang: Lang,
  type: 'and' | 'or' | 'unit' = 'and',
): (T | string)[] {
  if (type === 'unit') return items.flatMap((item, i) => (i === 0 ? [item] : [UNIT_SEPARATORS[lang], item]));
  return (type === 'and' ? AND : OR)[lang]
    .formatToParts(items.map((_, i) => String(i)))
    .map((part) => (part.type === 'element' ? (items[Number(part.value)] as T) : part.value));
}

/** The forms of a counted noun; `other` is required, and the only one Chinese uses ("个账户"). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of a noun that goes with `n`: `plural(1, 'en', {one: 'map', other: 'maps'})` → "map". */
export function plural(n: number, lang: Lang, forms: PluralForms): string {
  return forms[PLURALS[lang].select(n)] ?? forms.other;
}

/** A number with its noun: "1 map", "3 maps", "3 张地图". */
export function countOf(n: number, lang: Lang, forms: PluralForms): string {
  return `${formatNumber(n, lang)} ${plural(n, lang, forms)}`;
}

/** Dates and times: day-month-year in English ("2 Dec 2026, 01:45"), the usual order in Chinese. */
const WHEN: Record<Lang, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
};

/** A moment as people read it in the language: "2026年12月2日 01:45", "2 Dec 2026, 01:45". */
export function formatWhen(iso: string, lang: Lang): string {
  return WHEN[lang].format(new Date(iso));
}

/** A number with grouping, at most three decimals: "12,000", "0.5". */
export function formatNumber(n: number, lang: Lang): string {
  return NUMBERS[lang].format(n);
}

/** A share between 0 and 1 as a whole percentage: "90%". */
export function formatPercent(share: number, lang: Lang): string {
  return PERCENTS[lang].format(share);
}

const SYMBOLS: Record<string, string> = { CNY: '¥', USD: '$', EUR: '€' };

/** Money as a person reads it: `¥12,000`, `$5`; other currencies by their code, `30 HKD`. */
export function formatMoney(value: number, currency: string, lang: Lang): string {
  const num = formatNumber(value, lang);
  const sym = SYMBOLS[currency];
  return sym ? `${sym}${num}` : `${num} ${currency}`;
}

/** All currencies of a totals object, joined: `¥21,000 + 30 USD`; an empty totals gives `¥0`. */
export function formatTotals(t: Totals, lang: Lang): string {
  const parts = Object.entries(t).map(([cur, v]) => formatMoney(v, cur, lang));
  return parts.length === 0 ? formatMoney(0, 'CNY', lang) : parts.join(' + ');
}
