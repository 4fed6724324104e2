/**
 * @module Sentences that explain an impact, in Chinese or English, shared by the terminal and the web UI:
 * "Microsoft: its only way needs qqmail.mail, lost because QQ is banned".
 */
import type { AccountImpact, BindingMap, Status, Totals } from '../model/index.js';

export type Lang = 'zh' | 'en';

export const STATUS_NAMES: Record<Status, Record<Lang, string>> = {
  banned: { zh: '被封', en: 'banned' },
  cut: { zh: '被切断', en: 'cut off' },
  partial: { zh: '部分丧失', en: 'partial' },
  degraded: { zh: '失去备用途径', en: 'degraded' },
  ok: { zh: '正常', en: 'ok' },
  unreachable: { zh: '本就无法进入', en: 'unreachable' },
};

/** The label of an account by id, falling back to the id. */
export function labelOf(map: BindingMap, id: string): string {
  return map.accounts.find((a) => a.id === id)?.label ?? id;
}

const SYMBOLS: Record<string, string> = { CNY: '¥', USD: '$', EUR: '€', GBP: '£', JPY: '¥', HKD: 'HK$' };

// One formatter per language: building one per call dominated the cost of long reports.
const NUMBER_FORMATS: Record<Lang, Intl.NumberFormat> = {
  zh: new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 3 }),
  en: new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 3 }),
};

/** Money as a person reads it: `¥12,000.00`, `US$5.00` for other currencies with their code. */
export function formatMoney(value: number, currency: string, lang: Lang): string {
  const num = NUMBER_FORMATS[lang].format(value);
  const sym = SYMBOLS[currency];
  return sym && (currency === 'CNY' || currency === 'USD' || currency === 'EUR')
    ? `${sym}${num}`
    : `${num} ${currency}`;
}

/** All currencies of a totals object, joined: `¥21,000 + 30 USD`; an empty totals gives `¥0`. */
export function formatTotals(t: Totals, lang: Lang): string {
  const parts = Object.entries(t).map(([cur, v]) => formatMoney(v, cur, lang));
  return parts.length === 0 ? formatMoney(0, 'CNY', lang) : parts.join(' + ');
}

/** One sentence per reason an account is affected. */
export function explainAccount(map: BindingMap, id: string, r: AccountImpact, lang: Lang): string[] {
  const label = (x: string) => labelOf(map, x);
  const causes = r.causes.map(label).join(lang === 'zh' ? '、' : ', ');
  const account = map.accounts.find((a) => a.id === id);
  const wayCount = account?.ways?.length ?? 0;
  const out: string[] = [];
  if (r.status === 'banned') {
    out.push(
      lang === 'zh'
        ? `本身被封，失去 ${r.lost.join(', ') || '（无）'}${r.kept.length ? `，仍保留 ${r.kept.join(', ')}` : ''}`
        : `banned itself: loses ${r.lost.join(', ') || '(nothing)'}${r.kept.length ? `, keeps ${r.kept.join(', ')}` : ''}`,
    );
  }
  for (const b of r.because) {
    const need = `${b.missing.account}.${b.missing.capability}`;
    const which =
      b.capability !== undefined
        ? lang === 'zh'
          ? `“${b.capability}”的第 ${b.way + 1} 条途径`
          : `way ${b.way + 1} to ${b.capability}`
        : wayCount === 1
          ? lang === 'zh'
            ? '唯一的途径'
            : 'its only way'
          : lang === 'zh'
            ? `第 ${b.way + 1} 条途径`
            : `way ${b.way + 1}`;
    const by = causes
      ? lang === 'zh'
        ? `，因为 ${causes} 被封`
        : `, lost because ${causes} ${r.causes.length > 1 ? 'are' : 'is'} banned`
      : '';
    out.push(
      lang === 'zh'
        ? `${which}需要 ${need}（${label(b.missing.account)}）${by}`
        : `${which} needs ${need} (${label(b.missing.account)})${by}`,
    );
  }
  if (r.status === 'degraded')
    out.push(lang === 'zh' ? '仍可进入，但备用途径已失效' : 'still reachable, but a backup route is gone');
  return out;
}
