/**
 * @module Global services people in China bind to their mailboxes (data only): Microsoft, Apple, Amazon, Google,
 * GitHub, Facebook and others. Which second factors each offers is in the 2fa.directory snapshot (twofa.ts).
 */
import type { ProviderInput } from './types.js';
import {
  EMAIL_MAIL,
  EMAIL_RECOVERY,
  named,
  PASSWORD_DEVICE_LOGIN,
  PASSWORD_EMAIL_LOGIN,
  PASSWORD_SMS_LOGIN,
  PHONE_SMS,
  SMS_RECOVERY,
  TRUSTED_DEVICE,
  typical,
} from './ways.js';

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
];
