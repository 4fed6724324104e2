/**
 * @module Mailboxes (data only). An email provider's `domains` are its address domains (an import turns
 * `…@qq.com` into QQ Mail) and webmail hosts; they may repeat a site domain of a non-mail provider (qq.com is
 * also QQ's), never another mailbox's.
 */
import type { ProviderInput } from './types.js';
import {
  EMAIL_RECOVERY,
  named,
  PASSWORD_ONLY,
  PASSWORD_SMS_LOGIN,
  SMS_LOGIN,
  SMS_RECOVERY,
  typical,
} from './ways.js';

const MAIL = ['access', 'mail'];

/** A mailbox with a password of its own, SMS on a new device, reset by SMS or a security mailbox. */
const OWN_PASSWORD_WAYS: ProviderInput['ways'] = [
  typical(PASSWORD_SMS_LOGIN),
  PASSWORD_ONLY,
  typical(SMS_RECOVERY),
  named(EMAIL_RECOVERY, '密保邮箱找回', 'Recover through another (security) email'),
];

/** A mailbox with its own password. */
function mailbox(id: string, zh: string, en: string, aliases: string[], domains: string[]): ProviderInput {
  return {
    id,
    names: { zh, en },
    aliases,
    kind: 'email',
    capabilities: MAIL,
    domains,
    ways: OWN_PASSWORD_WAYS,
  };
}

/** A carrier's mailbox: signs in with the mobile number and an SMS code (the address is the number). */
function carrierMailbox(
  id: string,
  zh: string,
  en: string,
  aliases: string[],
  domains: string[],
): ProviderInput {
  return {
    id,
    names: { zh, en },
    aliases,
    kind: 'email',
    capabilities: MAIL,
    domains,
    ways: [
      typical(SMS_LOGIN, 'the carrier mailbox address is the mobile number; it signs in by SMS code'),
      PASSWORD_SMS_LOGIN,
      typical(SMS_RECOVERY),
    ],
    note: 'Goes with the number: a cancelled and recycled number takes the mailbox with it.',
  };
}

/** Mailboxes. */
export const MAIL_PROVIDERS: ProviderInput[] = [
  {
    id: 'qqmail',
    names: { zh: 'QQ邮箱', en: 'QQ Mail' },
    aliases: ['qqyx', 'qq邮箱', 'qqmail', 'qqyouxiang', 'qq.com', 'foxmail'],
    kind: 'email',
    capabilities: MAIL,
    domains: ['qq.com', 'mail.qq.com', 'foxmail.com', 'vip.qq.com', 'com.tencent.androidqqmail'],
    ways: [
      typical(
        {
          names: { zh: '用 QQ 帐号登录', en: 'Sign in with the QQ account' },
          purpose: 'login',
          requires: [{ slot: 'qq', capability: 'access' }],
        },
        'CASES §1: the mailbox lives inside the QQ account and went with its ban',
      ),
    ],
    note: 'Lives inside the QQ account: a QQ freeze or ban cuts the mailbox and every code sent to it.',
  },
  {
    id: 'mail163',
    names: { zh: '网易163邮箱', en: 'NetEase 163 Mail' },
    aliases: ['163', '163邮箱', '163.com', 'wy163', 'wangyi163', '网易邮箱', 'netease mail'],
    kind: 'email',
    capabilities: MAIL,
    domains: ['163.com', 'mail.163.com', 'vip.163.com', 'com.netease.mail'],
    ways: OWN_PASSWORD_WAYS,
  },
  {
    id: 'mail126',
    names: { zh: '网易126邮箱', en: 'NetEase 126 Mail' },
    aliases: ['126', '126邮箱', '126.com', 'wy126', 'wangyi126'],
    kind: 'email',
    capabilities: MAIL,
    domains: ['126.com', 'mail.126.com', 'vip.126.com'],
    ways: OWN_PASSWORD_WAYS,
  },
  {
    id: 'gmail',
    names: { zh: 'Gmail 邮箱', en: 'Gmail' },
    aliases: ['谷歌邮箱', 'ggyx', 'gmail.com', 'googlemail'],
    kind: 'email',
    capabilities: MAIL,
    domains: ['gmail.com', 'googlemail.com', 'mail.google.com', 'com.google.android.gm'],
    ways: [
      typical({
        names: { zh: '用 Google 账号登录', en: 'Sign in with the Google Account' },
        purpose: 'login',
        requires: [{ slot: 'google', capability: 'access' }],
        source: 'Gmail is the mailbox of a Google Account',
      }),
    ],
    note: 'The mailbox of a Google Account: its sign-in and recovery (SMS, recovery email) are the Google Account’s.',
  },
  {
    id: 'outlook',
    names: { zh: 'Outlook 邮箱', en: 'Outlook.com' },
    aliases: ['hotmail', 'live', 'msn', '微软邮箱', 'outlook.com', 'hotmail.com'],
    kind: 'email',
    capabilities: MAIL,
    domains: ['outlook.com', 'hotmail.com', 'live.com', 'live.cn', 'msn.com', 'outlook.live.com'],
    ways: [
      typical({
        names: { zh: '用微软账户登录', en: 'Sign in with the Microsoft account' },
        purpose: 'login',
        requires: [{ slot: 'microsoft', capability: 'access' }],
        source: 'Outlook.com is the mailbox of a Microsoft account',
      }),
    ],
    note: 'The mailbox of a Microsoft account: its sign-in and recovery (SMS, recovery email) are the account’s.',
  },
  {
    id: 'icloud_mail',
    names: { zh: 'iCloud 邮箱', en: 'iCloud Mail' },
    aliases: ['icloud.com', 'me.com', '苹果邮箱'],
    kind: 'email',
    capabilities: MAIL,
    domains: ['icloud.com', 'me.com', 'mac.com'],
    ways: [
      typical({
        names: { zh: '用 Apple ID 登录 iCloud', en: 'Sign in to iCloud with the Apple ID' },
        purpose: 'login',
        requires: [{ slot: 'apple_id', capability: 'icloud' }],
        source: 'iCloud Mail is part of iCloud',
      }),
    ],
    note: 'Part of iCloud: lost with the Apple ID.',
  },
  mailbox(
    'sina_mail',
    '新浪邮箱',
    'Sina Mail',
    ['xlyx', '新浪邮箱', 'sina.com', 'sina.cn'],
    ['sina.com', 'sina.cn', 'mail.sina.com.cn'],
  ),
  mailbox(
    'sohu_mail',
    '搜狐邮箱',
    'Sohu Mail',
    ['shyx', '搜狐邮箱', 'sohu.com'],
    ['sohu.com', 'mail.sohu.com'],
  ),
  mailbox('yeah_mail', '网易 yeah.net 邮箱', 'NetEase yeah.net Mail', ['yeah', 'yeah.net'], ['yeah.net']),
  mailbox(
    'aliyun_mail',
    '阿里邮箱',
    'Aliyun Mail',
    ['alyx', '阿里云邮箱', 'aliyun.com'],
    ['aliyun.com', 'mail.aliyun.com'],
  ),
  carrierMailbox(
    'mail139',
    '139邮箱',
    '139 Mail (China Mobile)',
    ['139', '139邮箱', 'yidongyouxiang'],
    ['139.com', 'mail.10086.cn'],
  ),
  carrierMailbox(
    'mail189',
    '189邮箱',
    '189 Mail (China Telecom)',
    ['189', '189邮箱', 'dianxinyouxiang'],
    ['189.cn', 'mail.189.cn'],
  ),
  carrierMailbox(
    'wo_mail',
    '沃邮箱',
    'Wo Mail (China Unicom)',
    ['wo', '沃邮箱', 'wo.cn', 'liantongyouxiang'],
    ['wo.cn', 'mail.wo.cn'],
  ),
  {
    id: 'exmail',
    names: { zh: '腾讯企业邮箱', en: 'Tencent Exmail (business mail)' },
    aliases: ['qyyx', '企业邮箱', 'exmail', 'txqyyx'],
    kind: 'email',
    capabilities: MAIL,
    domains: ['exmail.qq.com'],
    ways: [
      typical({
        names: { zh: '企业微信扫码登录', en: 'Scan with WeCom' },
        purpose: 'login',
        requires: [{ slot: 'wecom', capability: 'access' }],
        source: 'Exmail binds to WeCom (企业微信) for sign-in',
      }),
      typical(PASSWORD_SMS_LOGIN),
      PASSWORD_ONLY,
      {
        names: { zh: '企业管理员重置密码', en: 'Reset by the company administrator' },
        purpose: 'recovery',
        requires: [],
        secret: true,
        source: 'business mail belongs to the employer: the administrator can reset or close it',
      },
    ],
    note: 'The address belongs to the employer: leaving the job or a closed company account loses it.',
  },
];
