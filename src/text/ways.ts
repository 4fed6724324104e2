/**
 * @module A way into an account in words: its own label when it has one, else what it needs, naming accounts by
 * their labels ("「手机号」收短信和密码", "receive SMS on “Phone” and a password").
 */
import type { Requirement, Way } from '../model/index.js';
import { capabilityName } from './capabilities.js';
import { listOf } from './format.js';
import type { Lang } from './lang.js';

/** One requirement in words: the account for `access`, else the capability on the account. */
export function requirementName(req: Requirement, labelOf: (id: string) => string, lang: Lang): string {
  const who = labelOf(req.account);
  const cap = req.capability ?? 'access';
  if (cap === 'access') return lang === 'zh' ? `「${who}」` : `“${who}”`;
  return lang === 'zh'
    ? `「${who}」${capabilityName(cap, lang)}`
    : `${capabilityName(cap, lang)} on “${who}”`;
}

const SECRET: Record<Lang, string> = { zh: '只有你知道的密码', en: 'a password only you know' };

/** A way's name in words; `labelOf` names an account by its id (fall back to the id yourself). */
export function wayName(way: Way, labelOf: (id: string) => string, lang: Lang): string {
  if (way.label) return way.label;
  const parts = way.requires.map((r) => requirementName(r, labelOf, lang));
  if (way.secret || parts.length === 0) parts.push(SECRET[lang]);
  return listOf(parts, lang);
}
