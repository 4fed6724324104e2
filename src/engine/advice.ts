/**
 * @module The sentence of a recommendation, in English and Chinese: which account, what kind of way in to add
 * (named after the requirement the ban now breaks: an email, a phone number, a login of its own), an account
 * of the map that could serve, and what it protects: "Apple ID: add a recovery email not hosted on QQ, or
 * the phone number “138****1234” — protects ¥12,000 of devices against a QQ ban".
 */
import { getProvider } from '../catalog/index.js';
import type { Totals } from '../model/index.js';
import type { Compiled } from './compile.js';
import { formatTotals, type Lang } from './describe.js';

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

/** Asset kinds as named in a sentence, in the order they are listed (what people miss most first). */
const KIND_WORDS: Record<string, Record<Lang, string>> = {
  device: { en: 'devices', zh: '设备' },
  money: { en: 'balances', zh: '余额' },
  subscription: { en: 'subscriptions', zh: '订阅' },
  points: { en: 'points', zh: '积分' },
  data: { en: 'data', zh: '数据' },
  contacts: { en: 'contacts', zh: '联系人' },
  credential: { en: 'credentials', zh: '证书记录' },
  other: { en: 'other assets', zh: '其他资产' },
};

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

function kindList(kinds: readonly string[], lang: Lang): string {
  const words = Object.keys(KIND_WORDS)
    .filter((k) => kinds.includes(k))
    .map((k) => KIND_WORDS[k]![lang]);
  if (lang === 'zh') return words.join('、');
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

type Need = 'email' | 'phone' | 'oauth' | 'pay' | 'other';

function needOf(c: Compiled, b: Broken): Need {
  if (b.account < 0) return 'other';
  const cap = b.capability;
  if (cap === 'mail') return 'email';
  if (cap === 'sms' || cap.startsWith('call') || c.map.accounts[b.account]!.kind === 'phone') return 'phone';
  if (cap === 'oauth') return 'oauth';
  if (cap === 'pay' || cap === 'withdraw') return 'pay';
  return 'other';
}

/** The sentence of one recommendation in both languages. */
export function adviceText(c: Compiled, r: AdviceInput): Record<Lang, string> {
  const out = {} as Record<Lang, string>;
  for (const lang of ['en', 'zh'] as const) {
    const zh = lang === 'zh';
    const X = shortName(c, r.x, lang);
    const A = shortName(c, r.a, lang);
    const b = r.broken;
    const Y = b.account >= 0 ? shortName(c, b.account, lang) : A;
    const direct = b.account === r.a || b.account < 0;
    const label = (i: number) => c.map.accounts[i]!.label;
    const say = (en: string, chinese: string) => (zh ? chinese : en);
    let alt: string;
    let hint = '';
    switch (needOf(c, b)) {
      case 'email':
        if (direct) alt = say(`a second recovery email besides ${Y}`, `${Y}以外的另一个找回邮箱`);
        else if (b.hostedOnBan)
          alt = say(`a recovery email not hosted on ${A}`, `一个不挂在${A}上的找回邮箱`);
        else alt = say(`a recovery email that does not depend on ${A}`, `一个不依赖${A}的找回邮箱`);
        if (b.email !== undefined) hint = say(` such as “${label(b.email)}”`, `，例如「${label(b.email)}」`);
        else if (b.phone !== undefined)
          hint = say(`, or the phone number “${label(b.phone)}”`, `，或绑定手机号「${label(b.phone)}」`);
        break;
      case 'phone':
        alt = direct
          ? say('a second phone number', '第二个手机号')
          : say(`a phone number that does not depend on ${A}`, `一个不依赖${A}的手机号`);
        if (b.phone !== undefined) hint = say(` such as “${label(b.phone)}”`, `，例如「${label(b.phone)}」`);
        break;
      case 'oauth':
        alt =
          b.phone === undefined
            ? say(`a password login besides ${Y} login`, `${Y}登录以外的密码登录`)
            : say(
                `a login of its own besides ${Y} login (a password, or SMS to “${label(b.phone)}”)`,
                `${Y}登录以外的独立登录方式（密码，或用「${label(b.phone)}」收短信）`,
              );
        break;
      case 'pay':
        alt = say(`another payment method that does not depend on ${A}`, `另一种不依赖${A}的支付方式`);
        break;
      default:
        alt = direct
          ? say(`a way in that does not go through ${A}`, `一条不经过${A}的途径`)
          : say(`a way in that does not depend on ${A}`, `一条不依赖${A}的途径`);
    }
    // "a QQ ban" reads well for a short Latin name; "a ban of 手机号（号码已隐去）" for anything else.
    const ban = /^[\x20-\x7e]+$/.test(A) ? `${/^[aeiou]/i.test(A) ? 'an' : 'a'} ${A} ban` : `a ban of ${A}`;
    const shown = Object.fromEntries(Object.entries(r.protects).filter(([, v]) => v > 0));
    const money = formatTotals(shown, lang);
    const others = r.saves.filter((y) => y !== r.x).length;
    let tail: string;
    if (Object.keys(shown).length > 0)
      tail = zh
        ? `${A}被封时可保住 ${money} 的${kindList(r.kinds.valued, lang)}`
        : `protects ${money} of ${kindList(r.kinds.valued, lang)} against ${ban}`;
    else if (r.kinds.all.length > 0)
      tail = zh
        ? `${A}被封时仍能保住其中的${kindList(r.kinds.all, lang)}`
        : `keeps its ${kindList(r.kinds.all, lang)} through ${ban}`;
    else tail = zh ? `${A}被封时仍可进入` : `keeps it reachable through ${ban}`;
    if (others > 0)
      tail += zh
        ? `，连带保住另外 ${others} 个账户`
        : `, along with ${others} more account${others > 1 ? 's' : ''}`;
    out[lang] = zh ? `${X}：添加${alt}${hint}——${tail}` : `${X}: add ${alt}${hint} — ${tail}`;
  }
  return out;
}
