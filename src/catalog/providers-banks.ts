/**
 * @module Banks and bank cards (data only). Online payment with a card needs an SMS code to the number reserved
 * with the bank (预留手机号); mobile banking signs in with a password plus an SMS code or face check.
 */
import type { ProviderInput } from './types.js';
import { COUNTER_ID_RECOVERY, FACE_ID_RECOVERY, PHONE_SMS, typical } from './ways.js';

const BANK_CAPABILITIES = ['access', 'pay', 'withdraw'];

const BANK_APP_WAYS: ProviderInput['ways'] = [
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

/** A bank with a mobile-banking app. */
function bank(id: string, zh: string, en: string, aliases: string[], domains: string[]): ProviderInput {
  return {
    id,
    names: { zh, en },
    aliases,
    kind: 'payment',
    capabilities: BANK_CAPABILITIES,
    ways: BANK_APP_WAYS,
    domains,
  };
}

/** Bank cards and banks. */
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
    'cmb',
    '招商银行',
    'China Merchants Bank',
    ['招行', 'zsyh', 'zhaoshang', 'cmb', '掌上生活'],
    ['cmbchina.com', 'cmb.pb'],
  ),
  bank(
    'icbc',
    '中国工商银行',
    'Industrial and Commercial Bank of China (ICBC)',
    ['工行', '工商银行', 'gsyh', 'gonghang', 'icbc'],
    ['icbc.com.cn', 'com.icbc'],
  ),
];
