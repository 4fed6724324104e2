/** @module Validation issues in English words: one function per code, from structured parameters, naming accounts by label. */
import { capabilityName } from '../capabilities.js';
import { listOf } from '../format.js';
import { tooComplexEn } from '../issue-messages.js';
import type { IssueTexts } from '../issue-types.js';

/** A capability quoted, in words with its id: “receive SMS” (sms); a made-up one by its id alone. */
const capQ = (c: string) => {
  const name = capabilityName(c, 'en');
  return name === c ? `“${c}”` : `“${name}” (${c})`;
};
const caps = (ids: readonly string[]) => listOf(ids.map(capQ), 'en');

/** Schema problems by the field they concern. */
const FIELD: Record<string, string> = {
  label: 'The name must not be empty (at most 200 characters)',
  title: 'The title can have at most 200 characters',
  notes: 'Notes can have at most 10,000 characters',
  value: 'The value must be a number, 0 or more',
  currency: 'The currency must be a three-letter code such as CNY or USD',
  kind: 'Unknown kind',
  purpose: 'Must be “log in” or “recover”',
  day: 'The day must be a whole number from 0 to 36,500',
};
const NAME = 'Use 1 to 64 letters, digits or _ . : - (and not a reserved word)';
const NAMED = new Set(['id', 'account', 'capability', 'capabilities', 'needs', 'provider', 'preset', 'lose']);

const TYPES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

export const issues: IssueTexts = {
  schema: (p, at) => {
    const known = at.field === undefined ? undefined : FIELD[at.field];
    if (known) return known;
    if (at.field !== undefined && NAMED.has(at.field)) return NAME;
    if (p.zod === 'invalid_type' && p.expected) return `This should be ${TYPES[p.expected] ?? p.expected}`;
    if (p.zod === 'invalid_value' && p.values) return `Must be ${listOf(p.values, 'en', 'or')}`;
    if (p.zod === 'too_big' && p.maximum !== undefined)
      return `At most ${p.maximum}${p.origin === 'array' ? ' items' : ''}`;
    if (p.zod === 'too_small' && p.minimum !== undefined)
      return `At least ${p.minimum}${p.origin === 'array' ? ' items' : ''}`;
    return 'Not in the expected format';
  },
  unknown_field: (p) => `unknown field “${p.field}”`,
  duplicate_id: (p) => `the ${p.of} id “${p.id}” is used twice`,
  unknown_account: (p) => `refers to an account that does not exist: “${p.account}”`,
  unknown_capability: (p, at) => {
    const cap = capQ(p.capability);
    const has = `provides only ${caps(p.provides)}`;
    if (p.in === 'requirement') return `needs ${cap} of ${at.who(p.account)}, which ${has}`;
    if (p.in === 'ban') return `removes ${cap} from ${at.who(p.account)}, which ${has}`;
    if (p.in === 'hold') return `holds ${cap} of ${at.who(p.account)}, which ${has}`;
    if (p.in === 'capabilityWays') return `has ways for ${cap}, but this account ${has}`;
    return `uses ${cap}, but this account ${has}`;
  },
  unknown_preset: (p) =>
    p.presets.length > 0
      ? `unknown ban preset “${p.preset}”. Presets: ${listOf(p.presets, 'en', 'unit')}`
      : `unknown ban preset “${p.preset}”`,
  unknown_provider: (p) =>
    `unknown provider “${p.provider}”; its capabilities are taken as ${p.listed ? 'listed' : 'access only'}`,
  self_requirement: () => 'this way needs the account itself, so it can never be the way in',
  unreachable: () => 'locked out even before any ban: no way in works without depending on itself',
  ban_without_capability: () => 'name at least one capability after “:”',
  unknown_timeline: (p) =>
    p.timelines.length > 0
      ? `no timeline “${p.timeline}”. Timelines: ${listOf(p.timelines, 'en', 'unit')}`
      : `no timeline “${p.timeline}”; the map has none`,
  unknown_timeline_preset: (p) =>
    `unknown timeline preset “${p.preset}”. Presets: ${listOf(p.presets, 'en', 'unit')}`,
  wrong_kind: (p) =>
    `timeline preset “${p.preset}” is for ${listOf(p.kinds, 'en', 'or')} accounts; “${p.account}” is ${p.kind}`,
  timeline_choice: (p) =>
    p.problem === 'no_account'
      ? 'a timeline preset needs the account it is for'
      : 'give either a timeline id or a preset, not both',
  days_not_increasing: (p) =>
    `this step (day ${p.day}) must come on a later day than the step before (day ${p.before})`,
  too_complex: (p) => tooComplexEn(p),
  other: (_code, message) => message,
};
