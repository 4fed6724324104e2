/**
 * @module Banks and bank cards (data only). Online payment with a card needs an SMS code to the number reserved
 * with the bank (预留手机号); mobile banking signs in with a password plus an SMS code or face check.
 */
import type { ProviderInput, WayInput } from './types.js';
import { COUNTER_ID_RECOVERY, FACE_ID_RECOVERY, PHONE_SMS, typical } from './ways.js';

const BANK_CAPABILITIES = ['access', 'pay', 'withdraw'];

const BANK_APP_WAYS: WayInput[] = [
  typical({
    names: { zh: '手机银行：密码 + 短信验证码', en: 'Mobile banking: password plus an SMS code' },
    purpose: 'login',
    requires: [PHONE_SMS],
    secret: true,
    source: 'mobile banking: login password, and an SMS code to the reserved number on a new device',
  }),
  FACE_ID_RECOVERY,
  typical(
    COUNTER_ID_RECOVERY,
    'a branch resets the login and re-binds the number for the cardholder with the ID card',
  ),
];

/** A bank used inside a messenger or wallet: that account plus the bank's own transaction PIN. */
function inside(slot: string, zh: string, en: string, source: string): WayInput {
  return typical({
    names: { zh, en },
    purpose: 'login',
    requires: [{ slot, capability: 'access' }],
    secret: true,
    source,
  });
}

/** A bank with a mobile-banking app. */
function bank(
  id: string,
  zh: string,
  en: string,
  aliases: string[],
  domains: string[],
  ways: WayInput[] = BANK_APP_WAYS,
): ProviderInput {
  return { id, names: { zh, en }, aliases, kind: 'payment', capabilities: BANK_CAPABILITIES, ways, domains };
}

/** Bank cards and banks: the big five state banks, the joint-stock banks, city banks and the online banks. */
export const BANK_PROVIDERS: ProviderInput[] = [
  {
    id: 'bank_card',
    names: { zh: '银行卡', en: 'Bank card' },
    aliases: ['yhk', 'yinhangka', '储蓄卡', '借记卡', '信用卡', 'bank', 'debit card', 'credit card'],
    kind: 'payment',
    capabilities: BANK_CAPABILITIES,
    ways: [
      typical({
        names: { zh: '网上支付：预留手机号短信验证', en: 'Online payment: SMS code to the reserved phone' },
        purpose: 'login',
        requires: [PHONE_SMS],
        secret: true,
        source:
          'quick payment (快捷支付): card number or payment PIN plus an SMS code to the reserved number',
      }),
      typical(COUNTER_ID_RECOVERY),
    ],
    note: 'Any bank: online payments need an SMS code to the phone number reserved with the bank (预留手机号).',
  },
  bank(
    'icbc',
    '中国工商银行',
    'Industrial and Commercial Bank of China (ICBC)',
    ['工行', '工商银行', 'gsyh', 'gonghang', 'icbc'],
    ['icbc.com.cn', 'com.icbc'],
  ),
  bank(
    'ccb',
    '中国建设银行',
    'China Construction Bank (CCB)',
    ['建行', '建设银行', 'jsyh', 'jianhang', 'ccb'],
    ['ccb.com', 'com.chinamworld.main'],
  ),
  bank(
    'abc',
    '中国农业银行',
    'Agricultural Bank of China (ABC)',
    ['农行', '农业银行', 'nyyh', 'nonghang', 'abchina'],
    ['abchina.com', 'com.android.bankabc'],
  ),
  bank(
    'boc',
    '中国银行',
    'Bank of China (BOC)',
    ['中行', 'zgyh', 'zhonghang', 'boc', 'bank of china'],
    ['boc.cn', 'bankofchina.com', 'com.chinamworld.bocmbci'],
  ),
  bank(
    'bocom',
    '交通银行',
    'Bank of Communications',
    ['交行', 'jtyh', 'jiaohang', 'bocom', '买单吧'],
    ['bankcomm.com', 'com.bankcomm.bankcomm'],
  ),
  bank(
    'psbc',
    '中国邮政储蓄银行',
    'Postal Savings Bank of China',
    ['邮储', '邮政储蓄', 'ycyh', 'youchu', 'psbc'],
    ['psbc.com'],
  ),
  bank(
    'cmb',
    '招商银行',
    'China Merchants Bank',
    ['招行', 'zsyh', 'zhaoshang', 'cmb', '掌上生活'],
    ['cmbchina.com', 'cmb.pb'],
  ),
  bank(
    'citic',
    '中信银行',
    'China CITIC Bank',
    ['中信', 'zxyh', 'zhongxin', 'citic', '动卡空间'],
    ['citicbank.com'],
  ),
  bank(
    'spdb',
    '浦发银行',
    'Shanghai Pudong Development Bank',
    ['浦发', 'pfyh', 'pufa', 'spdb'],
    ['spdb.com.cn'],
  ),
  bank('cib', '兴业银行', 'Industrial Bank', ['兴业', 'xyyh', 'xingye', 'cib'], ['cib.com.cn']),
  bank('cmbc', '中国民生银行', 'China Minsheng Bank', ['民生', 'msyh', 'minsheng', 'cmbc'], ['cmbc.com.cn']),
  bank(
    'pingan_bank',
    '平安银行',
    'Ping An Bank',
    ['平安', 'payh', 'pingan', '平安口袋银行'],
    ['pingan.com', 'pingan.com.cn'],
  ),
  bank('ceb', '中国光大银行', 'China Everbright Bank', ['光大', 'gdyh', 'guangda', 'ceb'], ['cebbank.com']),
  bank('hxb', '华夏银行', 'Hua Xia Bank', ['华夏', 'hxyh', 'huaxia'], ['hxb.com.cn']),
  bank('cgb', '广发银行', 'China Guangfa Bank', ['广发', 'gfyh', 'guangfa', '发现精彩'], ['cgbchina.com.cn']),
  bank('bob', '北京银行', 'Bank of Beijing', ['bjyh', 'bob'], ['bankofbeijing.com.cn']),
  bank('bosc', '上海银行', 'Bank of Shanghai', ['shyh', 'bosc'], ['bosc.cn']),
  bank(
    'webank',
    '微众银行',
    'WeBank',
    ['微众', 'wzyh', 'weizhong', '微粒贷'],
    ['webank.com'],
    [
      inside(
        'wechat',
        '通过微信进入（微粒贷）',
        'Through WeChat (Weilidai)',
        'WeBank is used inside WeChat or QQ, with its own transaction PIN',
      ),
      ...BANK_APP_WAYS,
    ],
  ),
  bank(
    'mybank',
    '网商银行',
    'MYbank',
    ['网商', 'wsyh', 'wangshang'],
    ['mybank.cn'],
    [
      inside(
        'alipay',
        '通过支付宝进入',
        'Through Alipay',
        'MYbank accounts are opened and used inside Alipay',
      ),
      ...BANK_APP_WAYS,
    ],
  ),
];
