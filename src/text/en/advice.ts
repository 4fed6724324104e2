/**
 * @module A recommendation in English: "Apple ID: add a recovery email not hosted on QQ — protects ¥12,000 of
 * devices against a QQ ban". The engine decides what to say (AdviceFacts); this says it.
 */
import { countOf, formatTotals, listOf } from '../format.js';
import type { AdviceFacts, AdviceText } from '../zh/advice.js';

/** Asset kinds in words, in the order a sentence lists them (what people miss most first). */
const KINDS: Record<string, string> = {
  device: 'devices',
  money: 'balances',
  subscription: 'subscriptions',
  points: 'points',
  data: 'data',
  contacts: 'contacts',
  credential: 'credentials',
  other: 'other assets',
};

const kinds = (list: readonly string[]) =>
  listOf(
    Object.keys(KINDS)
      .filter((k) => list.includes(k))
      .map((k) => KINDS[k]!),
    'en',
  );

function alt(f: AdviceFacts): string {
  const { ban: A, via: Y } = f;
  switch (f.need) {
    case 'email':
      return f.direct
        ? `a second recovery email besides ${Y}`
        : f.hostedOnBan
          ? `a recovery email not hosted on ${A}`
          : `a recovery email that does not depend on ${A}`;
    case 'phone':
      return f.direct ? 'a second phone number' : `a phone number that does not depend on ${A}`;
    case 'oauth':
      return f.phone === undefined
        ? `a password login besides ${Y} login`
        : `a login of its own besides ${Y} login (a password, or SMS to “${f.phone}”)`;
    case 'pay':
      return `another payment method that does not depend on ${A}`;
    default:
      return f.direct ? `a way in that does not go through ${A}` : `a way in that does not depend on ${A}`;
  }
}

function hint(f: AdviceFacts): string {
  if (f.need === 'email') {
    if (f.email !== undefined) return ` such as “${f.email}”`;
    if (f.phone !== undefined) return `, or the phone number “${f.phone}”`;
  }
  if (f.need === 'phone' && f.phone !== undefined) return ` such as “${f.phone}”`;
  return '';
}

/** "a QQ ban" reads well for a short Latin name; "a ban of 手机号（号码已隐去）" for anything else. */
const banOf = (A: string) =>
  /^[\x20-\x7e]+$/.test(A) ? `${/^[aeiou]/i.test(A) ? 'an' : 'a'} ${A} ban` : `a ban of ${A}`;

function tail(f: AdviceFacts): string {
  const ban = banOf(f.ban);
  const out =
    Object.keys(f.protects).length > 0
      ? `protects ${formatTotals(f.protects, 'en')} of ${kinds(f.valued)} against ${ban}`
      : f.kept.length > 0
        ? `keeps its ${kinds(f.kept)} through ${ban}`
        : `keeps it reachable through ${ban}`;
  return f.others > 0
    ? `${out}, along with ${countOf(f.others, 'en', { one: 'more account', other: 'more accounts' })}`
    : out;
}

export const advice: AdviceText = {
  sentence: (f) => `${f.account}: add ${alt(f)}${hint(f)} — ${tail(f)}`,
};
