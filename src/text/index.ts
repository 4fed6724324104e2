/**
 * @module The text layer: every sentence a person reads, in Chinese and English, as typed catalogues, plus
 * the pure helpers that word lists, counts, money, capabilities and ways. Depends on src/model only.
 */
import type { Catalogue } from './catalogue.js';
import { en } from './en/index.js';
import type { Lang } from './lang.js';
import { zh } from './zh/index.js';

export { type ArgProblem, argErrorText, argProblem } from './arg-errors.js';
export { CAPABILITY_NAMES, capabilityName, capabilityWords, NAMED_CAPABILITIES } from './capabilities.js';
export type { Catalogue } from './catalogue.js';
export { capabilityList, explainAccount, wayPhrase } from './explain.js';
export {
  countOf,
  formatMoney,
  formatNumber,
  formatPercent,
  formatTotals,
  formatWhen,
  listOf,
  listParts,
  type PluralForms,
  plural,
} from './format.js';
export { issueMessage } from './issue-messages.js';
export { issueText, valueAt } from './issue-text.js';
export type { IssueAt, IssueTexts } from './issue-types.js';
export { LANGS, type Lang, LOCALE_TAGS, langFromEnv, langFromPreferences, langOfLocale } from './lang.js';
export { requirementName, wayName } from './ways.js';
export type { AdviceFacts } from './zh/advice.js';
export type { LaunchProblem } from './zh/serve.js';
export type { BackupProblem, RowProblem, StoredRow, StoreProblem } from './zh/store.js';

export const CATALOGUES: Record<Lang, Catalogue> = { zh, en };

/** The catalogue of a language: `text('zh').cli.valid(file)`. */
export function text(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}
