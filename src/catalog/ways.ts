/**
 * @module Way templates and slots shared by many providers (data only). A slot names a kind of account
 * ("phone", "email", "identity", "device") or a provider id ("qq", "wechat") plus the capability it must provide.
 */
import type { SlotInput, WayInput } from './types.js';

/** Receiving SMS codes on a phone number. */
export const PHONE_SMS: SlotInput = { slot: 'phone', capability: 'sms' };
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

/** Sign in with a one-time code sent by SMS. */
export const SMS_LOGIN: WayInput = {
  names: { zh: '手机号 + 短信验证码登录', en: 'Sign in with a code sent by SMS' },
  purpose: 'login',
  requires: [PHONE_SMS],
};
/** Password, plus an SMS code on a new device or an unusual login. */
export const PASSWORD_SMS_LOGIN: WayInput = {
  names: { zh: '密码登录（新设备需短信验证）', en: 'Password, plus an SMS code on a new device' },
  purpose: 'login',
  requires: [PHONE_SMS],
};
/** Password, plus a code sent to the bound mailbox. */
export const PASSWORD_EMAIL_LOGIN: WayInput = {
  names: { zh: '密码 + 邮箱验证码登录', en: 'Password, plus a code sent to the email address' },
  purpose: 'login',
  requires: [EMAIL_MAIL],
};
/** Reset the password with an SMS code to the bound phone. */
export const SMS_RECOVERY: WayInput = {
  names: { zh: '绑定手机短信找回', en: 'Recover with an SMS code to the bound phone' },
  purpose: 'recovery',
  requires: [PHONE_SMS],
};
/** Reset the password through the bound (or recovery) mailbox. */
export const EMAIL_RECOVERY: WayInput = {
  names: { zh: '绑定邮箱找回', en: 'Recover through the bound email address' },
  purpose: 'recovery',
  requires: [EMAIL_MAIL],
};
/** Real-name recovery: face recognition checked against the ID card. */
export const FACE_ID_RECOVERY: WayInput = {
  names: { zh: '人脸识别 + 身份证找回', en: 'Recover by face recognition with the ID card' },
  purpose: 'recovery',
  requires: [ID_CARD, FACE],
};
/** In person at a counter or shop with the ID card. */
export const COUNTER_ID_RECOVERY: WayInput = {
  names: { zh: '本人持身份证到营业网点办理', en: 'In person at a branch with the ID card' },
  purpose: 'recovery',
  requires: [IDENTITY],
};
/** "Log in with QQ". */
export const QQ_LOGIN: WayInput = {
  names: { zh: 'QQ 登录', en: 'Log in with QQ' },
  purpose: 'login',
  requires: [{ slot: 'qq', capability: 'oauth' }],
};
/** "Log in with WeChat". */
export const WECHAT_LOGIN: WayInput = {
  names: { zh: '微信登录', en: 'Log in with WeChat' },
  purpose: 'login',
  requires: [{ slot: 'wechat', capability: 'oauth' }],
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
};
