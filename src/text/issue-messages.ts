/**
 * @module The default English message of each issue code, like zod's own messages: ids quoted as JSON, for the
 * API's `message` field and logs. What a person reads in either language comes from the catalogues' `issues`.
 */
import type { IssueCode, IssueParams } from '../model/index.js';
import { formatNumber } from './format.js';

const q = (s: string) => JSON.stringify(s);

const MESSAGES: { [C in IssueCode]: (p: IssueParams<C>) => string } = {
  schema: (p) => `invalid value (${p.zod})`,
  unknown_field: (p) => `unknown field ${q(p.field)}`,
  duplicate_id: (p) => `duplicate ${p.of} id ${q(p.id)}`,
  unknown_account: (p) =>
    `${{ ban: 'bans', hold: 'holds', knows: 'knows', timeline: 'builds a timeline for', requirement: 'requires' }[p.in]} unknown account ${q(p.account)}`,
  unknown_capability: (p) => {
    const has = `account ${q(p.account)} provides ${p.provides.join(', ')}`;
    if (p.in === 'requirement') return `requires ${q(`${p.account}.${p.capability}`)} but ${has}`;
    if (p.in === 'ban') return `removes ${q(p.capability)} but ${has}`;
    if (p.in === 'capabilityWays') return `has ways for ${q(p.capability)} but ${has}`;
    if (p.in === 'hold') return `holds ${q(p.capability)} but ${has}`;
    return `needs ${q(p.capability)} but ${has}`;
  },
  unknown_preset: (p) => `unknown ban preset ${q(p.preset)}`,
  unknown_provider: (p) =>
    `unknown provider ${q(p.provider)}; capabilities default to ${p.listed ? 'the listed ones' : 'access only'}`,
  self_requirement: (p) => `this way requires its own account ${q(p.account)}, so it can never be the way in`,
  unreachable: (p) =>
    `account ${q(p.account)} is unreachable even before any ban: no way in works without depending on itself or on another unreachable account`,
  ban_without_capability: () => 'name at least one capability after ":"',
  days_not_increasing: (p) => `day ${p.day} must come after day ${p.before} of the step before`,
  unknown_timeline: (p) => `no timeline ${q(p.timeline)}; timelines: ${p.timelines.join(', ') || '(none)'}`,
  unknown_timeline_preset: (p) => `unknown timeline preset ${q(p.preset)}`,
  wrong_kind: (p) =>
    `timeline preset ${q(p.preset)} is for ${p.kinds.join(', ')} accounts; ${q(p.account)} is ${p.kind}`,
  timeline_choice: (p) =>
    p.problem === 'no_account'
      ? 'a timeline preset needs the account it is for'
      : 'give either a timeline id or a preset, not both',
  too_complex: (p) => tooComplexEn(p),
};

/** Why a risk report could not be made and what to ask for instead, for a tool or a person reading English. */
export function tooComplexEn(p: IssueParams<'too_complex'>): string {
  const why = {
    accounts: `order ${p.order} handles at most ${formatNumber(p.max, 'en')} accounts`,
    sets: 'the minimal cut sets are too many to hold',
    recommendations:
      'valuing the recommendations takes too many steps (long chains of accounts that each need the one before)',
    work: 'finding the minimal cut sets takes too many steps',
  }[p.reason];
  const fix =
    p.order > 1 && p.reason !== 'recommendations'
      ? `ask for order ${p.order - 1}, one target account, or a smaller map`
      : 'ask for one target account or a smaller map';
  return `the map is too complex for a risk report of order ${p.order}: ${why}; ${fix}`;
}

/** The English default message of an issue with these parameters. */
export function issueMessage<C extends IssueCode>(code: C, params: IssueParams<C>): string {
  return (MESSAGES[code] as (p: IssueParams<C>) => string)(params);
}
