/**
 * @module Global services people in China bind to their mailboxes (data only): Microsoft, Apple, Amazon, Google,
 * GitHub, Facebook and others. Which second factors each offers is in the 2fa.directory snapshot (twofa.ts).
 */
import { service } from './define.js';
import type { ProviderInput, WayInput } from './types.js';
import {
  EMAIL_MAIL,
  EMAIL_RECOVERY,
  named,
  PASSWORD_DEVICE_LOGIN,
  PASSWORD_EMAIL_LOGIN,
  PASSWORD_ONLY,
  PASSWORD_SMS_LOGIN,
  PHONE_SMS,
  SMS_LOGIN,
  SMS_RECOVERY,
  TRUSTED_DEVICE,
  typical,
} from './ways.js';

/** Password plus a code by email (typical), or by SMS; reset by email (typical) or SMS. */
const GLOBAL_WAYS: WayInput[] = [
  typical(
    PASSWORD_EMAIL_LOGIN,
    'global sites register with an email address and confirm new sign-ins through it',
  ),
  PASSWORD_SMS_LOGIN,
  PASSWORD_DEVICE_LOGIN,
  typical(EMAIL_RECOVERY),
  SMS_RECOVERY,
];

/** "Sign in with Google". */
const GOOGLE_LOGIN: WayInput = {
  names: { zh: '用 Google 登录', en: 'Sign in with Google' },
  purpose: 'login',
  requires: [{ slot: 'google', capability: 'oauth' }],
  source: 'Google sign-in: lost with the Google Account',
};

/** "Log in with Facebook". */
const FACEBOOK_LOGIN: WayInput = {
  names: { zh: '用 Facebook 登录', en: 'Log in with Facebook' },
  purpose: 'login',
  requires: [{ slot: 'facebook', capability: 'oauth' }],
  source: 'Instagram accounts are linked to the Facebook account in Meta’s Accounts Center',
};

/** Global services. */
export const GLOBAL_PROVIDERS: ProviderInput[] = [
  {
    id: 'microsoft',
    names: { zh: '微软账户', en: 'Microsoft account' },
    aliases: ['微软', 'weiruan', 'wr', 'msa', 'onedrive', 'onenote', 'xbox', 'office', 'microsoft 365'],
    kind: 'service',
    capabilities: ['access', 'oauth'],
    domains: [
      'microsoft.com',
      'live.com',
      'login.live.com',
      'onedrive.com',
      'office.com',
      'xbox.com',
      'skype.com',
    ],
    ways: [
      typical(
        named(PASSWORD_EMAIL_LOGIN, '密码 + 邮箱验证码', 'Password plus a code sent to email'),
        'CASES §1: the Microsoft account was reachable only through the QQ mailbox it was registered with',
      ),
      named(PASSWORD_SMS_LOGIN, '密码 + 短信验证码', 'Password plus a code sent by SMS'),
      {
        names: { zh: '无密码：邮箱一次性代码登录', en: 'Passwordless: a one-time code by email' },
        purpose: 'login',
        requires: [EMAIL_MAIL],
        source: 'Microsoft accounts can sign in with a one-time code sent to the account email, no password',
      },
      typical(named(EMAIL_RECOVERY, '通过备用邮箱找回', 'Recover by a code to the recovery email')),
      SMS_RECOVERY,
    ],
    note: 'OneDrive, OneNote, Office subscriptions and Windows devices (Surface) sign in with it.',
  },
  {
    id: 'apple_id',
    names: { zh: 'Apple ID', en: 'Apple ID' },
    aliases: ['苹果账号', '苹果账户', 'apple 账户', '苹果id', 'pgzh', 'apple account', 'appleid', 'icloud'],
    kind: 'service',
    capabilities: ['access', 'icloud', 'find_my'],
    domains: ['apple.com', 'appleid.apple.com', 'icloud.com', 'apple.com.cn', 'icloud.com.cn'],
    ways: [
      typical({
        names: { zh: '密码 + 受信任设备上的验证码', en: 'Password plus a code on a trusted Apple device' },
        purpose: 'login',
        requires: [TRUSTED_DEVICE],
        secret: true,
        source: 'Apple two-factor authentication: a code shown on a trusted device',
      }),
      typical({
        names: {
          zh: '密码 + 受信任电话号码短信验证码',
          en: 'Password plus an SMS code to the trusted number',
        },
        purpose: 'login',
        requires: [PHONE_SMS],
        secret: true,
        source: 'Apple two-factor authentication: a code by SMS to a trusted phone number',
      }),
      typical({
        names: {
          zh: '密码 + 邮箱验证（Apple ID 即邮箱）',
          en: 'Password plus a check by the Apple ID email',
        },
        purpose: 'login',
        requires: [EMAIL_MAIL],
        secret: true,
        source: 'CASES §1: the Apple ID was the QQ mail address and went with the QQ ban',
      }),
      typical(named(EMAIL_RECOVERY, '通过 Apple ID 邮箱重设密码', 'Reset the password by email')),
      {
        names: { zh: '账户恢复（受信任电话号码）', en: 'Account recovery through the trusted number' },
        purpose: 'recovery',
        requires: [PHONE_SMS],
        source: 'iforgot.apple.com account recovery: a waiting period, then a code to the trusted number',
      },
    ],
    note: 'iPhone, iPad and Mac activation lock (Find My) and iCloud data belong to it.',
  },
  {
    id: 'amazon',
    names: { zh: '亚马逊', en: 'Amazon' },
    aliases: ['ymx', 'yamaxun', 'kindle', 'amazon.cn', '亚马逊账户'],
    kind: 'service',
    capabilities: ['access'],
    domains: ['amazon.com', 'amazon.cn', 'amazon.co.jp', 'kindle.com', 'com.amazon.mshop.android.shopping'],
    ways: [
      typical(
        named(PASSWORD_EMAIL_LOGIN, '密码 + 邮箱一次性验证码', 'Password plus a one-time code by email'),
        'CASES §1: Amazon login only through the QQ mailbox (Kindle and e-books lost)',
      ),
      named(PASSWORD_SMS_LOGIN, '密码 + 短信验证码', 'Password plus a code sent by SMS'),
      typical(EMAIL_RECOVERY),
      SMS_RECOVERY,
    ],
    note: 'Kindle devices and e-books are registered to it.',
  },
  {
    id: 'google',
    names: { zh: '谷歌账号', en: 'Google Account' },
    aliases: ['谷歌', 'guge', 'gg', 'google account', 'youtube', 'google drive'],
    kind: 'service',
    capabilities: ['access', 'oauth', 'mail'],
    domains: ['google.com', 'accounts.google.com', 'youtube.com', 'google.cn', 'com.google.android.youtube'],
    ways: [
      typical({
        names: { zh: '密码 + 短信验证码（两步验证）', en: 'Password plus an SMS code (2-Step Verification)' },
        purpose: 'login',
        requires: [PHONE_SMS],
        secret: true,
        source: 'Google 2-Step Verification: SMS is the common second step',
      }),
      typical(
        named(
          PASSWORD_DEVICE_LOGIN,
          '密码 + 受信任设备上的提示',
          'Password plus a prompt on a trusted device',
        ),
      ),
      typical(named(SMS_RECOVERY, '辅助手机号找回', 'Recover through the recovery phone')),
      typical(named(EMAIL_RECOVERY, '辅助邮箱找回', 'Recover through the recovery email')),
    ],
  },
  {
    id: 'github',
    names: { zh: 'GitHub', en: 'GitHub' },
    aliases: ['gh', 'github.com'],
    kind: 'service',
    capabilities: ['access', 'oauth'],
    domains: ['github.com', 'com.github.android'],
    ways: [
      typical(
        named(
          PASSWORD_DEVICE_LOGIN,
          '密码 + 两步验证（验证器应用）',
          'Password plus 2FA (authenticator app)',
        ),
        'GitHub requires 2FA of code contributors since 2023',
      ),
      typical({
        names: { zh: '密码 + 邮箱设备验证码', en: 'Password plus a device-verification code by email' },
        purpose: 'login',
        requires: [EMAIL_MAIL],
        secret: true,
        source: 'GitHub device verification: a code to the account email on a new device without 2FA',
      }),
      typical(named(EMAIL_RECOVERY, '通过邮箱重设密码', 'Reset the password by email')),
    ],
  },
  {
    id: 'facebook',
    names: { zh: 'Facebook（脸书）', en: 'Facebook' },
    aliases: ['脸书', 'lianshu', 'fb', 'meta'],
    kind: 'service',
    capabilities: ['access', 'oauth'],
    domains: ['facebook.com', 'fb.com', 'messenger.com', 'com.facebook.katana'],
    ways: [typical(PASSWORD_SMS_LOGIN), PASSWORD_EMAIL_LOGIN, typical(SMS_RECOVERY), typical(EMAIL_RECOVERY)],
  },
  service('x_twitter', 'X（推特）', 'X (Twitter)', {
    aliases: ['推特', 'tuite', 'twitter', 'x.com', 'tt'],
    capabilities: ['access', 'oauth'],
    domains: ['x.com', 'twitter.com', 'com.twitter.android'],
    ways: GLOBAL_WAYS,
  }),
  service('instagram', 'Instagram', 'Instagram', {
    aliases: ['ins', 'ig', '照片墙'],
    domains: ['instagram.com', 'com.instagram.android'],
    ways: [typical(FACEBOOK_LOGIN), ...GLOBAL_WAYS],
  }),
  service('whatsapp', 'WhatsApp', 'WhatsApp', {
    kind: 'messenger',
    capabilities: ['access', 'chat', 'contacts'],
    aliases: ['wa', 'whatsapp'],
    domains: ['whatsapp.com', 'com.whatsapp'],
    ways: [
      typical(named(SMS_LOGIN, '手机号短信验证注册', 'Registration code by SMS to the number')),
      PASSWORD_ONLY,
    ],
    note: 'The account is the phone number: a recycled number registers WhatsApp anew.',
  }),
  service('telegram', 'Telegram（电报）', 'Telegram', {
    kind: 'messenger',
    capabilities: ['access', 'chat', 'contacts'],
    aliases: ['电报', 'dianbao', 'tg', 'telegram'],
    domains: ['telegram.org', 't.me', 'org.telegram.messenger'],
    ways: [
      typical(named(SMS_LOGIN, '手机号短信验证码', 'Code by SMS to the number')),
      typical(named(PASSWORD_DEVICE_LOGIN, '已登录设备上的验证码', 'Code to a signed-in device')),
    ],
  }),
  service('linkedin', '领英', 'LinkedIn', {
    aliases: ['ly', 'lingying', 'linkedin'],
    domains: ['linkedin.com', 'linkedin.cn', 'com.linkedin.android'],
    ways: GLOBAL_WAYS,
  }),
  service('discord', 'Discord', 'Discord', {
    aliases: ['dc', 'discord'],
    domains: ['discord.com', 'discord.gg', 'com.discord'],
    ways: GLOBAL_WAYS,
  }),
  service('netflix', '网飞', 'Netflix', {
    aliases: ['nf', 'wangfei', 'netflix', '奈飞'],
    domains: ['netflix.com', 'com.netflix.mediaclient'],
    ways: GLOBAL_WAYS,
  }),
  service('spotify', 'Spotify', 'Spotify', {
    aliases: ['spotify', 'sptf'],
    domains: ['spotify.com', 'com.spotify.music'],
    ways: [typical(GOOGLE_LOGIN), ...GLOBAL_WAYS],
  }),
  service('dropbox', 'Dropbox', 'Dropbox', {
    aliases: ['dropbox', 'dbx'],
    domains: ['dropbox.com', 'com.dropbox.android'],
    ways: GLOBAL_WAYS,
  }),
  service('chatgpt', 'ChatGPT（OpenAI）', 'ChatGPT (OpenAI)', {
    aliases: ['openai', 'gpt', 'chatgpt'],
    domains: ['openai.com', 'chatgpt.com', 'com.openai.chatgpt'],
    ways: [typical(GOOGLE_LOGIN), ...GLOBAL_WAYS],
  }),
];
