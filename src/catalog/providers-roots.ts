/**
 * @module Root providers (data only): QQ, WeChat, Alipay and the person's own identity (ID card, face). These are
 * the accounts everything else is bound to; preset sources cite the cases in CASES.md.
 */
import type { ProviderInput } from './types.js';
import {
  FACE_ID_RECOVERY,
  named,
  PASSWORD_ONLY,
  PASSWORD_SMS_LOGIN,
  SMS_LOGIN,
  SMS_RECOVERY,
  typical,
} from './ways.js';

/** Root providers: the accounts most others depend on. */
export const ROOT_PROVIDERS: ProviderInput[] = [
  {
    id: 'qq',
    names: { zh: 'QQ', en: 'QQ' },
    aliases: ['qq号', '腾讯qq', 'tengxunqq', 'txqq', 'tencent qq', '扣扣', 'tim'],
    kind: 'messenger',
    capabilities: ['access', 'oauth', 'chat', 'contacts'],
    domains: ['qq.com', 'im.qq.com', 'tencent.com', 'com.tencent.mobileqq', 'com.tencent.tim'],
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
      typical(
        named(
          PASSWORD_SMS_LOGIN,
          'QQ号 + 密码（新设备短信验证）',
          'QQ number and password, SMS code on a new device',
        ),
        'QQ device lock (设备锁) asks for a code to the bound phone on a new device',
      ),
      PASSWORD_ONLY,
      SMS_LOGIN,
      typical(SMS_RECOVERY),
      {
        names: { zh: '帐号申诉（好友辅助）', en: 'Account appeal vouched for by friends' },
        purpose: 'recovery',
        requires: [],
        secret: true,
        source: 'Tencent appeal (110.qq.com): history and friends only the owner knows; refused in CASES §1',
      },
    ],
    note: 'QQ login (oauth) is how Youdao, QQ Music and many games sign in; a QQ ban also cuts the QQ mailbox.',
  },
  {
    id: 'wechat',
    names: { zh: '微信', en: 'WeChat' },
    aliases: ['wx', 'weixin', '微信支付', 'wxzf', 'weixinzhifu', 'wechat pay', '财付通', '零钱'],
    kind: 'messenger',
    capabilities: ['access', 'chat', 'contacts', 'oauth', 'pay', 'withdraw', 'mini_programs'],
    domains: [
      'weixin.qq.com',
      'wechat.com',
      'wx.qq.com',
      'pay.weixin.qq.com',
      'tenpay.com',
      'com.tencent.mm',
    ],
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
      typical(
        named(SMS_LOGIN, '绑定手机号 + 短信验证码登录', 'Code by SMS to the bound number'),
        'WeChat signs in on a new phone with an SMS code to the bound number (CASES §3: self-service unblock by SMS)',
      ),
      typical(
        named(
          PASSWORD_SMS_LOGIN,
          '手机号 + 密码登录（新设备短信验证）',
          'Phone number and password, SMS code on a new device',
        ),
      ),
      {
        names: { zh: '好友辅助验证', en: 'Friend-assisted verification' },
        purpose: 'recovery',
        requires: [],
        secret: true,
        source: 'Yicai report ~2020 (CASES §3): friend-assisted or non-friend-assisted verification',
      },
      FACE_ID_RECOVERY,
    ],
    note: 'WeChat Pay, mini programs (health code) and the ETC toll binding all hang off this one account.',
  },
  {
    id: 'alipay',
    names: { zh: '支付宝', en: 'Alipay' },
    aliases: ['zfb', 'zhifubao', '余额宝', '花呗', 'ant', '蚂蚁'],
    kind: 'payment',
    capabilities: ['access', 'pay', 'withdraw', 'oauth'],
    domains: ['alipay.com', 'antgroup.com', 'com.eg.android.alipaygphone'],
    presets: [
      {
        id: 'alipay_suspended',
        names: { zh: '支付宝封停', en: 'Alipay suspended' },
        lose: 'all',
        source: 'Oct 2019 anti-fraud order (CASES §2) suspended Alipay accounts together with QQ and WeChat',
      },
    ],
    ways: [
      typical(SMS_LOGIN, 'Alipay signs in on a new phone with an SMS code to the bound number'),
      typical(PASSWORD_SMS_LOGIN),
      typical(SMS_RECOVERY),
      FACE_ID_RECOVERY,
    ],
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
];
