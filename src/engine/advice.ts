/**
 * @module What a recommendation says, as facts: which account, what kind of way in to add (named after the
 * requirement the ban now breaks: an email, a phone number, a login of its own), an account of the map that
 * could serve, and what it protects. The sentence in each language comes from src/text (`advice.sentence`):
 * "Apple ID: add a recovery email not hosted on QQ, or the phone number “138****1234” — protects ¥12,000 of
 * devices against a QQ ban".
 */
import { getProvider } from '../catalog/index.js';
import type { Totals } from '../model/index.js';
import { type AdviceFacts, LANGS, type Lang, text } from '../text/index.js';
import type { Compiled } from './compile.js';

/** The requirement a ban breaks on the way into an account, and accounts that survive the ban and could replace it. */
export interface Broken {
  /** The required account (-1 when no way of the account's own broke) and its capability. */
  account: number;
  capability: string;
  /** Whether the required account is hosted by the banned one (a QQ mailbox under a QQ ban). */
  hostedOnBan: boolean;
  /** A mailbox and a phone number of the map that the ban leaves working, if any. */
  email: number | undefined;
  phone: number | undefined;
}

/** What a recommendation needs to be told. */
export interface AdviceInput {
  x: number;
  a: number;
  saves: readonly number[];
  protects: Totals;
  kinds: { all: readonly string[]; valued: readonly string[] };
  broken: Broken;
}

const names = new WeakMap<Compiled, Map<string, string>>();

/** A short name: the provider's name in that language without a trailing parenthesis, else the label. */
export function shortName(c: Compiled, i: number, lang: Lang): string {
  let memo = names.get(c);
  if (!memo) {
    memo = new Map();
    names.set(c, memo);
  }
  const key = `${lang}${i}`;
  let name = memo.get(key);
  if (name === undefined) {
    const acc = c.map.accounts[i]!;
    const p = acc.provider !== undefined ? getProvider(acc.provider) : undefined;
    name = p ? p.names[lang].replace(/\s*[(（][^()（）]*[)）]$/u, '') : acc.label;
    memo.set(key, name);
  }
  return name;
}

function needOf(c: Compiled, b: Broken): AdviceFacts['need'] {
  if (b.account < 0) return 'other';
  const cap = b.capability;
  if (cap === 'mail') return 'email';
  if (cap === 'sms' || cap.startsWith('call') || c.map.accounts[b.account]!.kind === 'phone') return 'phone';
  if (cap === 'oauth') return 'oauth';
  if (cap === 'pay' || cap === 'withdraw') return 'pay';
  return 'other';
}

/** The facts of one recommendation, accounts named in a language. */
export function adviceFacts(c: Compiled, r: AdviceInput, lang: Lang): AdviceFacts {
  const b = r.broken;
  const label = (i: number | undefined) => (i === undefined ? undefined : c.map.accounts[i]!.label);
  const ban = shortName(c, r.a, lang);
  return {
    need: needOf(c, b),
    account: shortName(c, r.x, lang),
    ban,
    via: b.account >= 0 ? shortName(c, b.account, lang) : ban,
    direct: b.account === r.a || b.account < 0,
    hostedOnBan: b.hostedOnBan,
    email: label(b.email),
    phone: label(b.phone),
    protects: Object.fromEntries(Object.entries(r.protects).filter(([, v]) => v > 0)),
    valued: r.kinds.valued,
    kept: r.kinds.all,
    others: r.saves.filter((y) => y !== r.x).length,
  };
}

/** The sentence of one recommendation in each language. */
export function adviceText(c: Compiled, r: AdviceInput): Record<Lang, string> {
  const out = {} as Record<Lang, string>;
  for (const lang of LANGS) out[lang] = text(lang).advice.sentence(adviceFacts(c, r, lang));
  return out;
}
