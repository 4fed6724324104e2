/**
 * @module Way templates and slots shared by many providers (data only). A slot names a kind of account
 * ("phone", "email", "identity", "device") or a provider id ("qq", "wechat") plus the capability it must provide.
 * `secret: true` marks ways that also need something only the owner knows; `typical(w)` pre-selects a way.
 */
import type { SlotInput, WayInput } from './types.js';

/** Receiving SMS codes on a phone number. */
export const PHONE_SMS: SlotInput = { slot: 'phone', capability: 'sms' };
/** Mobile data of the SIM itself ("本机号码一键登录" checks the number through the carrier's data network). */
export const PHONE_DATA: SlotInput = { slot: 'phone', capability: 'data' };
/** Receiving mail in a mailbox. */
export const EMAIL_MAIL: SlotInput = { slot: 'email', capability: 'mail' };
/** Holding an identity document (usually the resident ID card). */
export const IDENTITY: SlotInput = { slot: 'identity', capability: 'access' };
/** A trusted device already signed in (an authenticator app, a trusted Apple device). */
export const TRUSTED_DEVICE: SlotInput = { slot: 'device', capability: 'access' };
/** The resident ID card itself. */
export const ID_CARD: SlotInput = { slot: 'id_card', capability: 'access' };
/** Your own face, for face recognition. */
export const FACE: SlotInput = { slot: 'face', capability: 'access' };

/** The same template, pre-selected when the account is added (the way it is almost always reached by). */
export function typical(way: WayInput, source?: string): WayInput {
  return source === undefined ? { ...way, typical: true } : { ...way, typical: true, source };
}

/** The same template under other names (the provider's own wording). */
export function named(way: WayInput, zh: string, en: string): WayInput {
  return { ...way, names: { zh, en } };
}

const SMS_NOTE =
  'phone number + SMS code is the default sign-in of most mainland apps (real-name rules tie accounts to a mainland number)';

/** Sign in with a one-time code sent by SMS: open to whoever holds the number (not secret). */
export const SMS_LOGIN: WayInput = {
  names: { zh: '手机号 + 短信验证码登录', en: 'Sign in with a code sent by SMS' },
  purpose: 'login',
  requires: [PHONE_SMS],
  source: SMS_NOTE,
};
/** "本机号码一键登录": the carrier confirms the SIM in the phone over mobile data; nothing to type. */
export const ONE_TAP_LOGIN: WayInput = {
  names: { zh: '本机号码一键登录', en: 'One-tap sign-in with the SIM in the phone' },
  purpose: 'login',
  requires: [PHONE_DATA],
  source: 'carrier number verification (CASES §4): whoever holds the SIM or a recycled number gets in',
};
/** Password alone (on a device the provider already trusts). */
export const PASSWORD_ONLY: WayInput = {
  names: { zh: '仅密码登录', en: 'Password only' },
  purpose: 'login',
  requires: [],
  secret: true,
  source: 'a password in your head needs no other account; a new device usually asks for a code as well',
};
/** Password, plus an SMS code on a new device or an unusual login. */
export const PASSWORD_SMS_LOGIN: WayInput = {
  names: { zh: '密码登录（新设备需短信验证）', en: 'Password, plus an SMS code on a new device' },
  purpose: 'login',
  requires: [PHONE_SMS],
  secret: true,
  source: 'password + code: the usual login protection (设备锁 / 登录保护) on a new device',
};
/** Password, plus a code sent to the bound mailbox. */
export const PASSWORD_EMAIL_LOGIN: WayInput = {
  names: { zh: '密码 + 邮箱验证码登录', en: 'Password, plus a code sent to the email address' },
  purpose: 'login',
  requires: [EMAIL_MAIL],
  secret: true,
  source: 'accounts registered with an email address confirm new sign-ins by a code to it',
};
/** Password plus a code from an authenticator app or a prompt on a trusted device. */
export const PASSWORD_DEVICE_LOGIN: WayInput = {
  names: { zh: '密码 + 验证器 / 受信任设备', en: 'Password plus an authenticator or trusted device' },
  purpose: 'login',
  requires: [TRUSTED_DEVICE],
  secret: true,
  source: 'two-step verification by an authenticator app or a prompt on a device already signed in',
};
/** Reset the password with an SMS code to the bound phone. */
export const SMS_RECOVERY: WayInput = {
  names: { zh: '绑定手机短信找回', en: 'Recover with an SMS code to the bound phone' },
  purpose: 'recovery',
  requires: [PHONE_SMS],
  source: 'forgotten password: a code to the bound number resets it',
};
/** Reset the password through the bound (or recovery) mailbox. */
export const EMAIL_RECOVERY: WayInput = {
  names: { zh: '绑定邮箱找回', en: 'Recover through the bound email address' },
  purpose: 'recovery',
  requires: [EMAIL_MAIL],
  source: 'forgotten password: a link or code to the bound mailbox resets it',
};
/** Real-name recovery: face recognition checked against the ID card. */
export const FACE_ID_RECOVERY: WayInput = {
  names: { zh: '人脸识别 + 身份证找回', en: 'Recover by face recognition with the ID card' },
  purpose: 'recovery',
  requires: [ID_CARD, FACE],
  source: 'real-name appeal: face recognition against the ID card photo (CASES §3)',
};
/** In person at a counter or shop with the ID card. */
export const COUNTER_ID_RECOVERY: WayInput = {
  names: { zh: '本人持身份证到营业网点办理', en: 'In person at a branch with the ID card' },
  purpose: 'recovery',
  requires: [IDENTITY],
  source: 'real-name rules: the holder of the ID card can always be served at a counter',
};
/** "Log in with QQ". */
export const QQ_LOGIN: WayInput = {
  names: { zh: 'QQ 登录', en: 'Log in with QQ' },
  purpose: 'login',
  requires: [{ slot: 'qq', capability: 'oauth' }],
  source: 'QQ Connect (QQ互联) sign-in: lost with the QQ account (CASES §1: Youdao, QQ Music)',
};
/** "Log in with WeChat". */
export const WECHAT_LOGIN: WayInput = {
  names: { zh: '微信登录', en: 'Log in with WeChat' },
  purpose: 'login',
  requires: [{ slot: 'wechat', capability: 'oauth' }],
  source: 'WeChat Open Platform sign-in: lost with the WeChat account',
};
/** "Log in with Weibo". */
export const WEIBO_LOGIN: WayInput = {
  names: { zh: '微博登录', en: 'Log in with Weibo' },
  purpose: 'login',
  requires: [{ slot: 'weibo', capability: 'oauth' }],
};
/** "Log in with Alipay". */
export const ALIPAY_LOGIN: WayInput = {
  names: { zh: '支付宝登录', en: 'Log in with Alipay' },
  purpose: 'login',
  requires: [{ slot: 'alipay', capability: 'oauth' }],
  source: 'Alipay authorised sign-in (Taobao, Xianyu, Fliggy, Ele.me share the Alibaba account)',
};
/** The Alibaba (Taobao) account, which Xianyu, Fliggy and Amap share. */
export const TAOBAO_LOGIN: WayInput = {
  names: { zh: '淘宝账号登录', en: 'Sign in with the Taobao account' },
  purpose: 'login',
  requires: [{ slot: 'taobao', capability: 'access' }],
  source: 'Alibaba apps share one account (淘宝账号)',
};
/** "Sign in with Apple". */
export const APPLE_LOGIN: WayInput = {
  names: { zh: '通过 Apple 登录', en: 'Sign in with Apple' },
  purpose: 'login',
  requires: [{ slot: 'apple_id', capability: 'access' }],
  source: 'Sign in with Apple: required of iOS apps that offer other third-party sign-in',
};
/** A mini program or service inside WeChat (no account of its own). */
export const WECHAT_MINI: WayInput = {
  names: { zh: '微信小程序 / 公众号', en: 'WeChat mini program or official account' },
  purpose: 'login',
  requires: [{ slot: 'wechat', capability: 'mini_programs' }],
  source: 'mini programs stop with a WeChat restriction (CASES §3: health code)',
};
/** A mini program inside Alipay. */
export const ALIPAY_MINI: WayInput = {
  names: { zh: '支付宝小程序', en: 'Alipay mini program' },
  purpose: 'login',
  requires: [{ slot: 'alipay', capability: 'access' }],
};

/** The ways of a typical mainland app: SMS code login (typical), one-tap, password + code, WeChat / QQ, SMS reset. */
export function mainlandApp(extra: WayInput[] = []): WayInput[] {
  return [typical(SMS_LOGIN), ONE_TAP_LOGIN, PASSWORD_SMS_LOGIN, ...extra, SMS_RECOVERY];
}
