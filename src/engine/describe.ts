/**
 * @module Sentences that explain an impact, in Chinese or English, shared by the terminal and the web UI:
 * "唯一的登录方式（邮箱验证码）要用「QQ邮箱」收邮件，而「QQ」已被封".
 */
import { accountById, type BindingMap, type Status } from '../model/index.js';
import { CATALOGUES, explainAccount, formatMoney, formatTotals, type Lang } from '../text/index.js';

export type { Lang };
/** One sentence per reason an account is affected (the words are in src/text/explain.ts). */
export { explainAccount, formatMoney, formatTotals };

/** Status names per status and language (kept for callers that index them this way; the words are in src/text). */
export const STATUS_NAMES = Object.fromEntries(
  (Object.keys(CATALOGUES.en.status) as Status[]).map((s) => [
    s,
    { zh: CATALOGUES.zh.status[s], en: CATALOGUES.en.status[s] },
  ]),
) as Record<Status, Record<Lang, string>>;

/** The label of an account by id, falling back to the id. */
export function labelOf(map: BindingMap, id: string): string {
  return accountById(map, id)?.label ?? id;
}
