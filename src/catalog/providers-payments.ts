/**
 * @module Payments beyond Alipay and WeChat Pay (data only): UnionPay, e-CNY, consumer finance, PayPal and the
 * merchant accounts behind a shop's QR code or POS terminal (CASES §2: POS accounts were suspended too).
 */
import { service } from './define.js';
import type { ProviderInput, WayInput } from './types.js';
import {
  COUNTER_ID_RECOVERY,
  EMAIL_RECOVERY,
  FACE_ID_RECOVERY,
  mainlandApp,
  PASSWORD_EMAIL_LOGIN,
  PASSWORD_SMS_LOGIN,
  SMS_RECOVERY,
  typical,
  WECHAT_LOGIN,
} from './ways.js';

const PAY = ['access', 'pay', 'withdraw'];

/** A merchant account: the owner's login plus settlement to a bank card (结算卡). */
function merchantWays(login: WayInput): WayInput[] {
  return [
    login,
    typical({
      names: { zh: '结算到银行卡', en: 'Settlement to the bank card' },
      purpose: 'login',
      requires: [{ slot: 'bank_card', capability: 'pay' }],
      source: 'merchant takings settle to a bank card in the owner’s name (结算卡)',
    }),
    typical(COUNTER_ID_RECOVERY, 'merchant real-name checks: the owner’s ID card and business licence'),
  ];
}

const CASES_POS =
  'CASES §2: the Oct 2019 anti-fraud order suspended POS accounts together with QQ, WeChat, Alipay';

/** Payment providers. */
export const PAYMENT_PROVIDERS: ProviderInput[] = [
  service('unionpay', '云闪付', 'UnionPay QuickPass', {
    kind: 'payment',
    capabilities: PAY,
    aliases: ['ysf', 'yunshanfu', '银联', 'unionpay', 'quickpass'],
    domains: ['95516.com', 'unionpay.com', 'com.unionpay'],
    ways: mainlandApp([FACE_ID_RECOVERY]),
  }),
  service('ecny', '数字人民币', 'e-CNY (digital yuan)', {
    kind: 'payment',
    capabilities: PAY,
    aliases: ['szrmb', 'shuzirenminbi', 'e-cny', 'ecny', '数币'],
    domains: ['cn.gov.pbc.dcep'],
    ways: [...mainlandApp(), typical(COUNTER_ID_RECOVERY)],
    note: 'Wallets are opened with a phone number; higher tiers are tied to a bank account.',
  }),
  service('jd_finance', '京东金融', 'JD Finance', {
    kind: 'payment',
    capabilities: PAY,
    aliases: ['jdjr', 'jingdongjinrong', '京东白条', '白条', 'jd pay'],
    domains: ['jr.jd.com', 'jdpay.com', 'com.jd.jrapp'],
    ways: mainlandApp([WECHAT_LOGIN, FACE_ID_RECOVERY]),
    note: 'Shares the JD account; 白条 credit and 小金库 balance live here.',
  }),
  service('paypal', 'PayPal', 'PayPal', {
    kind: 'payment',
    capabilities: PAY,
    aliases: ['贝宝', 'beibao', 'pp'],
    domains: ['paypal.com', 'com.paypal.android.p2pmobile'],
    ways: [typical(PASSWORD_SMS_LOGIN), PASSWORD_EMAIL_LOGIN, typical(EMAIL_RECOVERY), SMS_RECOVERY],
  }),
  service('wechat_merchant', '微信支付商户平台', 'WeChat Pay merchant', {
    kind: 'payment',
    capabilities: PAY,
    aliases: ['wxsh', '微信商户', '商家收款', 'wechat merchant', '微信收款商业版'],
    domains: ['mch.weixin.qq.com'],
    ways: merchantWays(
      typical({
        names: { zh: '管理员微信扫码登录', en: 'Administrator’s WeChat scans to sign in' },
        purpose: 'login',
        requires: [{ slot: 'wechat', capability: 'access' }],
        source: 'the merchant platform signs in by the administrator’s WeChat',
      }),
    ),
    note: CASES_POS,
  }),
  service('alipay_merchant', '支付宝商家', 'Alipay merchant', {
    kind: 'payment',
    capabilities: PAY,
    aliases: ['zfbsj', '支付宝商家服务', '收钱码', 'alipay merchant'],
    domains: ['b.alipay.com', 'mrchportalweb.alipay.com'],
    ways: merchantWays(
      typical({
        names: { zh: '商家的支付宝账户', en: 'The merchant’s Alipay account' },
        purpose: 'login',
        requires: [{ slot: 'alipay', capability: 'access' }],
        source: 'a 收钱码 merchant account is an Alipay account',
      }),
    ),
    note: CASES_POS,
  }),
  service('chinaums', '银联商务 POS', 'China UMS POS merchant', {
    kind: 'payment',
    capabilities: PAY,
    aliases: ['ylsw', 'yinlianshangwu', 'pos', 'pos机', '全民惠'],
    domains: ['chinaums.com'],
    ways: merchantWays(typical(PASSWORD_SMS_LOGIN)),
    note: CASES_POS,
  }),
  service('lakala', '拉卡拉', 'Lakala POS merchant', {
    kind: 'payment',
    capabilities: PAY,
    aliases: ['lkl', 'lakala', '拉卡拉pos'],
    domains: ['lakala.com'],
    ways: merchantWays(typical(PASSWORD_SMS_LOGIN)),
    note: CASES_POS,
  }),
  service('shouqianba', '收钱吧', 'Shouqianba merchant', {
    kind: 'payment',
    capabilities: PAY,
    aliases: ['sqb', 'shouqianba'],
    domains: ['shouqianba.com'],
    ways: merchantWays(typical(PASSWORD_SMS_LOGIN)),
    note: CASES_POS,
  }),
];
