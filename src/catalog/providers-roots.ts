/**
 * @module Root providers (data only): messengers, payment, the three carriers, mailboxes, identity and banks.
 * These are the accounts that everything else is bound to; preset sources cite the cases in CASES.md.
 */
import type { PresetInput, ProviderInput } from './types.js';
import {
  COUNTER_ID_RECOVERY,
  EMAIL_RECOVERY,
  FACE_ID_RECOVERY,
  IDENTITY,
  PASSWORD_SMS_LOGIN,
  PHONE_SMS,
  SMS_LOGIN,
  SMS_RECOVERY,
} from './ways.js';

const PHONE_CAPABILITIES = ['access', 'sms', 'call_in', 'call_out', 'data'];

/** Suspension and cancellation presets shared by the three carriers (same ids, same definitions). */
const PHONE_PRESETS: PresetInput[] = [
  {
    id: 'phone_one_way_suspension',
    names: { zh: '单停（只能接听来电）', en: 'One-way suspension (incoming calls only)' },
    lose: { except: ['call_in'] },
    source:
      'Qianxinan 2016 real-name enforcement (CASES §4): reports say only incoming calls still work; receiving SMS codes is not promised',
  },
  {
    id: 'phone_one_way_suspension_sms_in',
    names: { zh: '单停（还能接电话、收短信）', en: 'One-way suspension (incoming calls and messages)' },
    lose: { except: ['call_in', 'sms'] },
    source:
      '北京青年报 2016-12-01 (CASES §4): in Beijing a one-way suspended number still received calls and messages',
  },
  {
    id: 'phone_two_way_suspension',
    names: { zh: '双停', en: 'Two-way suspension' },
    lose: 'all',
    source:
      'Qianxinan 2016 (CASES §4): China Mobile moved one-way suspended numbers to two-way suspension from 1 November',
  },
  {
    id: 'phone_cancelled',
    names: { zh: '销号', en: 'Number cancelled' },
    lose: 'all',
    source:
      'Qianxinan 2016 (CASES §4): numbers still unregistered after two-way suspension are cancelled (销号) and recycled to a new owner after about 90 days',
  },
];

const PHONE_WAYS: ProviderInput['ways'] = [
  {
    names: { zh: 'SIM 卡在手（号码本身是根）', en: 'SIM card in your phone (the number is a root)' },
    purpose: 'login',
    requires: [],
  },
  {
    names: { zh: '本人持身份证到营业厅补卡', en: 'Replacement SIM at a carrier shop with the ID card' },
    purpose: 'recovery',
    requires: [IDENTITY],
  },
];

const PHONE_NOTE =
  'A cancelled number is recycled to a new owner after about 90 days: whoever gets it receives your verification codes.';

const BANK_CAPABILITIES = ['access', 'pay', 'withdraw'];

const BANK_APP_WAYS: ProviderInput['ways'] = [
  {
    names: { zh: '手机银行：密码 + 短信验证码', en: 'Mobile banking: password plus an SMS code' },
    purpose: 'login',
    requires: [PHONE_SMS],
  },
  FACE_ID_RECOVERY,
  COUNTER_ID_RECOVERY,
];

/** Root providers: the accounts most others depend on. */
export const ROOT_PROVIDERS: ProviderInput[] = [
  {
    id: 'qq',
    names: { zh: 'QQ', en: 'QQ' },
    aliases: ['qq号', '腾讯qq', 'tengxunqq', 'txqq', 'tencent qq', '扣扣'],
    kind: 'messenger',
    capabilities: ['access', 'oauth', 'chat', 'contacts'],
    presets: [
      {
        id: 'qq_freeze',
        names: { zh: 'QQ 冻结', en: 'QQ frozen' },
        lose: 'all',
        source: 'Oct 2019 anti-fraud order (CASES §2) suspended QQ accounts together with WeChat and Alipay',
      },
      {
        id: 'qq_permanent_ban',
        names: { zh: 'QQ 永久封号', en: 'QQ permanently banned' },
        lose: 'all',
        source:
          'Zhihu answer, Dec 2022 (CASES §1): a 15-year QQ permanently banned, appeals refused; mailbox and QQ login to other apps lost',
      },
    ],
    ways: [
      PASSWORD_SMS_LOGIN,
      SMS_RECOVERY,
      {
        names: { zh: '帐号申诉（好友辅助）', en: 'Account appeal vouched for by friends' },
        purpose: 'recovery',
        requires: [],
      },
    ],
    note: 'QQ login (oauth) is how Youdao, QQ Music and many games sign in; a QQ ban also cuts the QQ mailbox.',
  },
  {
    id: 'qqmail',
    names: { zh: 'QQ邮箱', en: 'QQ Mail' },
    aliases: ['qqyx', 'qq邮箱', 'qqmail', 'qqyouxiang', 'qq.com', 'foxmail'],
    kind: 'email',
    capabilities: ['access', 'mail'],
    ways: [
      {
        names: { zh: '用 QQ 帐号登录', en: 'Sign in with the QQ account' },
        purpose: 'login',
        requires: [{ slot: 'qq', capability: 'access' }],
      },
    ],
    note: 'Lives inside the QQ account: a QQ freeze or ban cuts the mailbox and every code sent to it.',
  },
  {
    id: 'wechat',
    names: { zh: '微信', en: 'WeChat' },
    aliases: ['wx', 'weixin', '微信支付', 'wxzf', 'weixinzhifu', 'wechat pay', '财付通'],
    kind: 'messenger',
    capabilities: ['access', 'chat', 'contacts', 'oauth', 'pay', 'withdraw', 'mini_programs'],
    presets: [
      {
        id: 'wechat_restricted_temporary',
        names: { zh: '微信短期限制登录', en: 'WeChat temporary login restriction' },
        lose: { except: ['withdraw'] },
        source:
          'Yicai report ~2020 (CASES §3): a restricted login still opens a property entry to withdraw 零钱, repay cards, redeem 理财通',
      },
      {
        id: 'wechat_restricted_permanent',
        names: { zh: '微信永久限制登录', en: 'WeChat permanent login restriction' },
        lose: { except: ['withdraw'] },
        source:
          'Yicai report ~2020 (CASES §3): even a permanent restriction keeps the property entry to withdraw 零钱 and redeem 理财通',
      },
      {
        id: 'wechat_pay_frozen',
        names: { zh: '微信支付冻结', en: 'WeChat Pay frozen' },
        lose: ['pay', 'withdraw'],
        source:
          'Oct 2019 anti-fraud suspension (CASES §2): money in WeChat frozen, withdrawal could be requested only after a month',
      },
    ],
    ways: [
      {
        names: {
          zh: '手机号 + 密码登录（新设备短信验证）',
          en: 'Phone number and password, SMS code on a new device',
        },
        purpose: 'login',
        requires: [PHONE_SMS],
      },
      SMS_RECOVERY,
      {
        names: { zh: '好友辅助验证', en: 'Friend-assisted verification' },
        purpose: 'recovery',
        requires: [],
      },
      FACE_ID_RECOVERY,
    ],
    note: 'WeChat Pay, mini programs (health code) and the ETC toll binding all hang off this one account.',
  },
  {
    id: 'alipay',
    names: { zh: '支付宝', en: 'Alipay' },
    aliases: ['zfb', 'zhifubao', '余额宝', '花呗', 'ant'],
    kind: 'payment',
    capabilities: ['access', 'pay', 'withdraw', 'oauth'],
    presets: [
      {
        id: 'alipay_suspended',
        names: { zh: '支付宝封停', en: 'Alipay suspended' },
        lose: 'all',
        source: 'Oct 2019 anti-fraud order (CASES §2) suspended Alipay accounts together with QQ and WeChat',
      },
    ],
    ways: [PASSWORD_SMS_LOGIN, SMS_LOGIN, SMS_RECOVERY, FACE_ID_RECOVERY],
  },
  {
    id: 'china_mobile',
    names: { zh: '中国移动', en: 'China Mobile' },
    aliases: ['zgyd', 'yd', 'yidong', 'zhongguoyidong', '移动', 'cmcc', '10086'],
    kind: 'phone',
    capabilities: PHONE_CAPABILITIES,
    presets: PHONE_PRESETS,
    ways: PHONE_WAYS,
    note: PHONE_NOTE,
  },
  {
    id: 'china_unicom',
    names: { zh: '中国联通', en: 'China Unicom' },
    aliases: ['zglt', 'lt', 'liantong', 'zhongguoliantong', '联通', 'unicom', '10010'],
    kind: 'phone',
    capabilities: PHONE_CAPABILITIES,
    presets: PHONE_PRESETS,
    ways: PHONE_WAYS,
    note: PHONE_NOTE,
  },
  {
    id: 'china_telecom',
    names: { zh: '中国电信', en: 'China Telecom' },
    aliases: ['zgdx', 'dx', 'dianxin', 'zhongguodianxin', '电信', 'ctcc', '10000'],
    kind: 'phone',
    capabilities: PHONE_CAPABILITIES,
    presets: PHONE_PRESETS,
    ways: PHONE_WAYS,
    note: PHONE_NOTE,
  },
  {
    id: 'mail163',
    names: { zh: '网易163邮箱', en: 'NetEase 163 Mail' },
    aliases: ['163', '163邮箱', '163.com', 'wy163', 'wangyi163', '网易邮箱', 'netease mail'],
    kind: 'email',
    capabilities: ['access', 'mail'],
    ways: [
      PASSWORD_SMS_LOGIN,
      SMS_RECOVERY,
      { ...EMAIL_RECOVERY, names: { zh: '密保邮箱找回', en: 'Recover through another (security) email' } },
    ],
  },
  {
    id: 'mail126',
    names: { zh: '网易126邮箱', en: 'NetEase 126 Mail' },
    aliases: ['126', '126邮箱', '126.com', 'wy126', 'wangyi126'],
    kind: 'email',
    capabilities: ['access', 'mail'],
    ways: [
      PASSWORD_SMS_LOGIN,
      SMS_RECOVERY,
      { ...EMAIL_RECOVERY, names: { zh: '密保邮箱找回', en: 'Recover through another (security) email' } },
    ],
  },
  {
    id: 'gmail',
    names: { zh: 'Gmail 邮箱', en: 'Gmail' },
    aliases: ['谷歌邮箱', 'ggyx', 'gmail.com', 'googlemail'],
    kind: 'email',
    capabilities: ['access', 'mail'],
    ways: [
      {
        names: { zh: '用 Google 账号登录', en: 'Sign in with the Google Account' },
        purpose: 'login',
        requires: [{ slot: 'google', capability: 'access' }],
      },
    ],
    note: 'The mailbox of a Google Account: its sign-in and recovery (SMS, recovery email) are the Google Account’s.',
  },
  {
    id: 'outlook',
    names: { zh: 'Outlook 邮箱', en: 'Outlook.com' },
    aliases: ['hotmail', 'live', 'msn', '微软邮箱', 'outlook.com', 'hotmail.com'],
    kind: 'email',
    capabilities: ['access', 'mail'],
    ways: [
      {
        names: { zh: '用微软账户登录', en: 'Sign in with the Microsoft account' },
        purpose: 'login',
        requires: [{ slot: 'microsoft', capability: 'access' }],
      },
    ],
    note: 'The mailbox of a Microsoft account: its sign-in and recovery (SMS, recovery email) are the account’s.',
  },
  {
    id: 'icloud_mail',
    names: { zh: 'iCloud 邮箱', en: 'iCloud Mail' },
    aliases: ['icloud.com', 'me.com', '苹果邮箱'],
    kind: 'email',
    capabilities: ['access', 'mail'],
    ways: [
      {
        names: { zh: '用 Apple ID 登录 iCloud', en: 'Sign in to iCloud with the Apple ID' },
        purpose: 'login',
        requires: [{ slot: 'apple_id', capability: 'icloud' }],
      },
    ],
    note: 'Part of iCloud: lost with the Apple ID.',
  },
  {
    id: 'id_card',
    names: { zh: '居民身份证', en: 'Resident ID card' },
    aliases: ['身份证', 'sfz', 'shenfenzheng', 'id card', 'idcard'],
    kind: 'identity',
    capabilities: ['access'],
    note: 'A root: you hold it. Needed for real-name checks, SIM replacement and face-recognition recovery.',
  },
  {
    id: 'face',
    names: { zh: '人脸识别', en: 'Face recognition' },
    aliases: ['人脸', '刷脸', 'rlsb', 'renlian', 'shualian'],
    kind: 'identity',
    capabilities: ['access'],
    note: 'A root: your face, checked against the ID card’s photo (so it helps only together with the ID card).',
  },
  {
    id: 'bank_card',
    names: { zh: '银行卡', en: 'Bank card' },
    aliases: ['yhk', 'yinhangka', '储蓄卡', '借记卡', '信用卡', 'bank', 'debit card', 'credit card'],
    kind: 'payment',
    capabilities: BANK_CAPABILITIES,
    ways: [
      {
        names: { zh: '网上支付：预留手机号短信验证', en: 'Online payment: SMS code to the reserved phone' },
        purpose: 'login',
        requires: [PHONE_SMS],
      },
      COUNTER_ID_RECOVERY,
    ],
    note: 'Any bank: online payments need an SMS code to the phone number reserved with the bank (预留手机号).',
  },
  {
    id: 'cmb',
    names: { zh: '招商银行', en: 'China Merchants Bank' },
    aliases: ['招行', 'zsyh', 'zhaoshang', 'cmb', '掌上生活'],
    kind: 'payment',
    capabilities: BANK_CAPABILITIES,
    ways: BANK_APP_WAYS,
  },
  {
    id: 'icbc',
    names: { zh: '中国工商银行', en: 'Industrial and Commercial Bank of China (ICBC)' },
    aliases: ['工行', '工商银行', 'gsyh', 'gonghang', 'icbc'],
    kind: 'payment',
    capabilities: BANK_CAPABILITIES,
    ways: BANK_APP_WAYS,
  },
];
