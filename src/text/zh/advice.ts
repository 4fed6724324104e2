/**
 * @module 建议的中文句子：“Apple ID：添加一个不挂在QQ上的找回邮箱——QQ被封时可保住 ¥12,000 的设备”。
 * 说什么由引擎决定（AdviceFacts），这里只管措辞。英文版（en/advice.ts）的类型由这里推出。
 */
import type { Totals } from '../../model/index.js';
import { countOf, formatTotals, listOf } from '../format.js';

/** What one recommendation says, decided by the engine; accounts by their short names in this language. */
export interface AdviceFacts {
  /** The kind of way in to add, named after the requirement the ban breaks. */
  need: 'email' | 'phone' | 'oauth' | 'pay' | 'other';
  /** The account to add a way into (X), the banned one (A), and the account the broken requirement names (A when none). */
  account: string;
  ban: string;
  via: string;
  /** The broken requirement is the banned account itself, or no way of X's own broke. */
  direct: boolean;
  /** The required account is hosted by the banned one (a QQ mailbox under a QQ ban). */
  hostedOnBan: boolean;
  /** Labels of a mailbox and a phone number of the map that the ban leaves working, if any. */
  email: string | undefined;
  phone: string | undefined;
  /** Money the action protects (positive amounts only), and the asset kinds it keeps: with a value, and all. */
  protects: Totals;
  valued: readonly string[];
  kept: readonly string[];
  /** Other accounts the action saves besides X. */
  others: number;
}

/** Asset kinds in words, in the order a sentence lists them (what people miss most first). */
const KINDS: Record<string, string> = {
  device: '设备',
  money: '余额',
  subscription: '订阅',
  points: '积分',
  data: '数据',
  contacts: '联系人',
  credential: '证书记录',
  other: '其他资产',
};

const kinds = (list: readonly string[]) =>
  listOf(
    Object.keys(KINDS)
      .filter((k) => list.includes(k))
      .map((k) => KINDS[k]!),
    'zh',
    'unit',
  );

/** 要添加的途径。 */
function alt(f: AdviceFacts): string {
  const { ban: A, via: Y } = f;
  switch (f.need) {
    case 'email':
      return f.direct
        ? `${Y}以外的另一个找回邮箱`
        : f.hostedOnBan
          ? `一个不挂在${A}上的找回邮箱`
          : `一个不依赖${A}的找回邮箱`;
    case 'phone':
      return f.direct ? '第二个手机号' : `一个不依赖${A}的手机号`;
    case 'oauth':
      return f.phone === undefined
        ? `${Y}登录以外的密码登录`
        : `${Y}登录以外的独立登录方式（密码，或用「${f.phone}」收短信）`;
    case 'pay':
      return `另一种不依赖${A}的支付方式`;
    default:
      return f.direct ? `一条不经过${A}的途径` : `一条不依赖${A}的途径`;
  }
}

/** 可以用的现成账户。 */
function hint(f: AdviceFacts): string {
  if (f.need === 'email') {
    if (f.email !== undefined) return `，例如「${f.email}」`;
    if (f.phone !== undefined) return `，或绑定手机号「${f.phone}」`;
  }
  if (f.need === 'phone' && f.phone !== undefined) return `，例如「${f.phone}」`;
  return '';
}

/** 能保住什么。 */
function tail(f: AdviceFacts): string {
  const A = f.ban;
  const out =
    Object.keys(f.protects).length > 0
      ? `${A}被封时可保住 ${formatTotals(f.protects, 'zh')} 的${kinds(f.valued)}`
      : f.kept.length > 0
        ? `${A}被封时仍能保住其中的${kinds(f.kept)}`
        : `${A}被封时仍可进入`;
  return f.others > 0 ? `${out}，连带保住另外 ${countOf(f.others, 'zh', { other: '个账户' })}` : out;
}

export const advice = {
  /** 一条建议：账户：添加……——能保住什么。 */
  sentence: (f: AdviceFacts) => `${f.account}：添加${alt(f)}${hint(f)}——${tail(f)}`,
};

export type AdviceText = typeof advice;
