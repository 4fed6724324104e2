/**
 * @module Masking of personal data in one string (DESIGN §11): phone numbers (`138****5678`), emails
 * (`79***@qq.com`), QQ numbers and other runs of 5 or more digits, WeChat ids, ID-card and bank-card numbers,
 * in any spelling: spaces, dots, dashes (also full-width), full-width digits, `+86` prefixes, lists. What is
 * kept of a masked number is never more than 4 digits in a row, so no run of 6 digits survives.
 */

/** Options of {@link redactText}. */
export interface RedactOptions {
  /** The character that replaces hidden characters. Default `*`. */
  mask?: string;
}

const DIGIT = '[0-9\\uFF10-\\uFF19]';
/** What may sit between the digits of one number: spaces (any), dots, dashes, slashes, middle dots. */
const SEP = '[\\s.\\-/\\u00B7\\u2010-\\u2015\\u2212\\u30FB\\uFF0D\\uFF0E\\uFF0F]';
const FW_ALNUM = '\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A';
const LOCAL = `[A-Za-z0-9._%+\\-${FW_ALNUM}\\uFF0E\\uFF3F\\uFF0D]`;
const LABEL = `[A-Za-z0-9\\-${FW_ALNUM}]`;

// Emails first (ASCII or full-width, `@` or `＠`), so a number written just before one cannot swallow its
// local part; a masked email has a mask before its `@` and is not matched again. Then one pass with one
// alternation for the rest. Every repetition is bounded or made of classes that cannot overlap with what
// follows, so the scans stay linear on long notes (no ReDoS).
const EMAIL = new RegExp(`${LOCAL}{1,64}[@\\uFF20]${LABEL}{1,63}(?:[.\\uFF0E]${LABEL}{1,63}){1,8}`, 'gu');
const PATTERN = new RegExp(
  [
    // WeChat's generated ids
    'wxid_[A-Za-z0-9_-]+',
    // 1: a WeChat id named as one (`微信号: zhang_san88`, `WeChat: …`), 2: the id
    '((?:微信号|微信|wechat(?:\\s?id)?|weixin|wx)\\s{0,3}[:：]\\s{0,3}|微信号\\s{0,3})([A-Za-z][-_A-Za-z0-9]{5,19})',
    // 3: a number: digits, with at most 3 separator characters between two digits, and an ID card's final X
    `((?<![0-9\\uFF10-\\uFF19])${DIGIT}(?:${SEP}{0,3}${DIGIT})*(?:[Xx\\uFF38\\uFF58](?![A-Za-z]))?)`,
  ].join('|'),
  'giu',
);

/** Full-width digits and letters as ASCII; other characters unchanged. */
export function asciiDigits(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const CURRENCY_BEFORE = /[¥￥$€£]\s?$/;
const CURRENCY_AFTER = /^\s?(元|块|万|CNY|RMB|USD)/;
const DATE = /^(19|20)\d\d([-./])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])$/;

/** Masks the digits of one number by its length; `undefined` keeps it (short, an amount or a date). */
function maskNumber(token: string, before: string, after: string, m: string): string | undefined {
  const plain = asciiDigits(token);
  const x = /[Xx]$/.test(plain) ? plain.slice(-1) : '';
  const digits = plain.replace(/\D/g, '');
  if (digits.length < 5 && x === '') return undefined;
  // An amount (`¥12000.50`, `300元`) or a date (`2022-12-11`) is not personal data; longer amounts still are.
  if (/^\d{1,5}(\.\d{1,2})?$/.test(plain) && (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)))
    return undefined;
  if (DATE.test(plain)) return undefined;
  const phone = (d: string) => `${d.slice(0, 3)}${m.repeat(4)}${d.slice(-4)}`;
  if (x === '' && digits.length === 11 && /^1[3-9]/.test(digits)) return phone(digits);
  if (x === '' && digits.length === 13 && /^861[3-9]/.test(digits))
    return `86${plain.length > 13 ? ' ' : ''}${phone(digits.slice(2))}`;
  const all = digits + x;
  if (all.length >= 13) return `${m.repeat(all.length - 4)}${all.slice(-4)}`;
  const tail = all.length >= 8 ? 2 : 0;
  return `${all.slice(0, 2)}${m.repeat(all.length - 2 - tail)}${all.slice(all.length - tail)}`;
}

function maskEmail(email: string, m: string): string {
  const plain = asciiDigits(email);
  const at = plain.indexOf('@');
  const local = plain.slice(0, at);
  const keep = Math.min(2, local.length - 1);
  return `${local.slice(0, keep)}${m.repeat(Math.max(1, Math.min(3, local.length - keep)))}${plain.slice(at)}`;
}

/** Masks personal data in one string: phones, emails, QQ numbers, WeChat ids, ID and card numbers. */
export function redactText(text: string, options: RedactOptions = {}): string {
  const m = options.mask ?? '*';
  const masked = text.replace(EMAIL, (email) => maskEmail(email, m));
  return masked.replace(PATTERN, (match: string, ...groups: unknown[]) => {
    const [wxLead, wxId, number] = groups as (string | undefined)[];
    const offset = groups[3] as number;
    if (wxLead !== undefined && wxId !== undefined) return `${wxLead}${wxId.slice(0, 2)}${m.repeat(3)}`;
    if (number !== undefined) {
      const before = masked.slice(Math.max(0, offset - 2), offset);
      const after = masked.slice(offset + match.length, offset + match.length + 4);
      return maskNumber(number, before, after, m) ?? match;
    }
    return `wxid_${m.repeat(3)}`; // the only alternative without a group
  });
}
