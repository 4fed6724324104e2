/**
 * @module Capabilities in words ("sms" → "收短信" / "receive SMS"). Every capability the catalog uses has a name
 * in both languages (a missing one fails tsc); a capability a person made up is shown by its id.
 */
import type { Lang } from './lang.js';

/** The capabilities with a name in words. */
export const NAMED_CAPABILITIES = [
  'access',
  'mail',
  'sms',
  'call_in',
  'call_out',
  'data',
  'oauth',
  'chat',
  'contacts',
  'pay',
  'withdraw',
  'mini_programs',
  'icloud',
  'find_my',
] as const;
export type NamedCapability = (typeof NAMED_CAPABILITIES)[number];

export const CAPABILITY_NAMES: Record<Lang, Record<NamedCapability, string>> = {
  zh: {
    access: '登录使用',
    mail: '收邮件',
    sms: '收短信',
    call_in: '接听来电',
    call_out: '拨打电话',
    data: '上网流量',
    oauth: '授权登录别的应用',
    chat: '聊天',
    contacts: '联系人',
    pay: '付款',
    withdraw: '提现',
    mini_programs: '小程序',
    icloud: 'iCloud 数据',
    find_my: '查找和激活锁',
  },
  en: {
    access: 'get in and use it',
    mail: 'receive mail',
    sms: 'receive SMS',
    call_in: 'receive calls',
    call_out: 'make calls',
    data: 'mobile data',
    oauth: 'log in to other apps',
    chat: 'chat',
    contacts: 'contacts',
    pay: 'pay',
    withdraw: 'withdraw money',
    mini_programs: 'mini programs',
    icloud: 'iCloud data',
    find_my: 'Find My and activation lock',
  },
};

const isNamed = (cap: string): cap is NamedCapability => Object.hasOwn(CAPABILITY_NAMES.en, cap);

/** A capability in words, or its id when it has no name: "收短信", "receive SMS", "vip_badge". */
export function capabilityName(cap: string, lang: Lang): string {
  return isNamed(cap) ? CAPABILITY_NAMES[lang][cap] : cap;
}

/** A capability in words followed by its id, for forms and tables: "收短信 (sms)"; an unnamed one by its id. */
export function capabilityWords(cap: string, lang: Lang): string {
  return isNamed(cap) ? `${CAPABILITY_NAMES[lang][cap]} (${cap})` : cap;
}
