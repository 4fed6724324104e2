/**
 * @module Sentences that explain an impact, in Chinese or English, shared by the terminal and the web UI:
 * "Microsoft: its only way needs qqmail.mail, lost because QQ is banned".
 */
import type { AccountImpact, BindingMap, Status } from '../model/index.js';
import { CATALOGUES, formatMoney, formatTotals, type Lang } from '../text/index.js';

export type { Lang };
export { formatMoney, formatTotals };

/** Status names per status and language (kept for callers that index them this way; the words are in src/text). */
export const STATUS_NAMES = Object.fromEntries(
  (Object.keys(CATALOGUES.en.status) as Status[]).map((s) => [
    s,
    { zh: CATALOGUES.zh.status[s], en: CATALOGUES.en.status[s] },
  ]),
) as Record<Status, Record<Lang, string>>;

/** The label of an account by id, falling back to the id. */
export function labelOf(map: BindingMap, id: string): string {
  return map.accounts.find((a) => a.id === id)?.label ?? id;
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
