/**
 * @module Government services (data only): national and local apps, tax, traffic, social insurance and the
 * epidemic-era health code. Most are real-name accounts reached by SMS plus a face check against the ID card,
 * or through WeChat / Alipay mini programs.
 */
import { service } from './define.js';
import type { ProviderInput, WayInput } from './types.js';
import {
  ALIPAY_LOGIN,
  ALIPAY_MINI,
  FACE,
  FACE_ID_RECOVERY,
  ID_CARD,
  PASSWORD_SMS_LOGIN,
  PHONE_SMS,
  SMS_LOGIN,
  SMS_RECOVERY,
  typical,
  WECHAT_LOGIN,
  WECHAT_MINI,
} from './ways.js';

/** Real-name registration: the ID card and a face check, then an SMS code on the number. */
const REAL_NAME_LOGIN: WayInput = {
  names: { zh: '实名手机号 + 人脸核验', en: 'Real-name phone number and a face check' },
  purpose: 'login',
  requires: [PHONE_SMS, ID_CARD, FACE],
  source: 'government apps register with the ID card and a face check; new devices ask for both again',
};

/** A government app: password + SMS and SMS login (typical), face check, WeChat / Alipay mini programs. */
function govWays(extra: WayInput[] = []): WayInput[] {
  return [
    typical(
      PASSWORD_SMS_LOGIN,
      'government apps: ID number or phone with a password, SMS code on a new device',
    ),
    SMS_LOGIN,
    REAL_NAME_LOGIN,
    ...extra,
    typical(SMS_RECOVERY),
    typical(FACE_ID_RECOVERY),
  ];
}

/** Government providers. */
export const GOVERNMENT_PROVIDERS: ProviderInput[] = [
  service('health_code', '健康码', 'Health code', {
    aliases: ['jkm', 'jiankangma', '粤康码', '随申码', '健康宝', '健康申报'],
    ways: [
      typical(WECHAT_MINI, 'CASES §3: the health code stopped with the WeChat restriction'),
      ALIPAY_MINI,
    ],
    note: 'Epidemic-era (2020-2022): needed to enter buildings; in CASES §3 it stopped with the WeChat restriction.',
  }),
  service('gov_service', '国家政务服务平台', 'National Government Service Platform', {
    aliases: ['gjzwfw', 'zwfw', '政务服务', '国务院客户端', 'gov.cn'],
    domains: ['gjzwfw.www.gov.cn', 'gov.cn'],
    ways: govWays([WECHAT_MINI, ALIPAY_MINI]),
  }),
  service('individual_tax', '个人所得税', 'Individual Income Tax app', {
    aliases: ['gs', 'gerensuodeshui', '个税', '个税app', 'etax'],
    domains: ['etax.chinatax.gov.cn', 'chinatax.gov.cn', 'cn.gov.tax.its'],
    ways: govWays(),
    note: 'Annual tax settlement (年度汇算) and refunds to the bank card on file.',
  }),
  service('traffic_12123', '交管12123', 'Traffic Management 12123', {
    aliases: ['12123', 'jg12123', '交管', '驾照', '车管所', 'jiaoguan'],
    domains: ['122.gov.cn', 'com.tmri.app.main'],
    ways: govWays([ALIPAY_LOGIN]),
    note: 'Driving licence points, fines and vehicle records.',
  }),
  service('social_security', '电子社保卡（国家社会保险公共服务平台）', 'Electronic social security card', {
    aliases: ['sbk', 'shebao', '社保', '电子社保卡', '掌上12333', '12333'],
    domains: ['si.12333.gov.cn', '12333.gov.cn', 'mohrss.gov.cn'],
    ways: govWays([WECHAT_MINI, ALIPAY_MINI]),
  }),
  service('medical_insurance', '国家医保服务平台', 'National Medical Insurance service', {
    aliases: ['yb', 'yibao', '医保', '医保码', '医保电子凭证'],
    domains: ['nhsa.gov.cn', 'fuwu.nhsa.gov.cn'],
    ways: govWays([
      typical(WECHAT_MINI, 'the medical insurance code (医保码) is mostly shown through WeChat or Alipay'),
      ALIPAY_MINI,
    ]),
  }),
  service('housing_fund', '住房公积金', 'Housing provident fund', {
    aliases: ['gjj', 'gongjijin', '公积金', '手机公积金'],
    domains: ['gjj.gov.cn', 'zjw.gov.cn'],
    ways: govWays([ALIPAY_MINI]),
  }),
  service('anti_fraud', '国家反诈中心', 'National Anti-Fraud Center app', {
    aliases: ['fzzx', 'fanzha', '反诈', '反诈中心', '96110'],
    domains: ['com.hicorenational.antifraud'],
    ways: govWays(),
  }),
  service('yueshengshi', '粤省事', 'Yueshengshi (Guangdong)', {
    aliases: ['yss', 'yueshengshi', '粤省事', '粤康码', '广东政务'],
    domains: ['gdzwfw.gov.cn'],
    ways: [
      typical(WECHAT_MINI, 'Guangdong’s government services live in a WeChat mini program'),
      REAL_NAME_LOGIN,
    ],
  }),
  service('suishenban', '随申办', 'Suishenban (Shanghai)', {
    aliases: ['ssb', 'suishenban', '随申码', '一网通办', '上海政务'],
    domains: ['zwdt.sh.gov.cn', 'sh.gov.cn'],
    ways: govWays([WECHAT_MINI, ALIPAY_MINI]),
  }),
  service('zheliban', '浙里办', 'Zheliban (Zhejiang)', {
    aliases: ['zlb', 'zheliban', '浙江政务'],
    domains: ['zjzwfw.gov.cn'],
    ways: govWays([ALIPAY_MINI]),
  }),
  service('immigration', '移民局（出入境证件）', 'National Immigration Administration', {
    aliases: ['ymj', 'yiminju', '出入境', '护照', '港澳通行证', 'nia'],
    domains: ['nia.gov.cn', 's.nia.gov.cn'],
    ways: govWays([WECHAT_MINI]),
  }),
  service('yizhengtongcha', '一证通查', 'One-ID check (yizhengtongcha)', {
    aliases: ['yztc', 'yizhengtongcha', '一证通查2.0', '号码焕新', '二次号码焕新'],
    domains: ['getsimnum.caict.ac.cn'],
    ways: [
      typical({
        names: { zh: '身份证号 + 本机短信验证', en: 'ID number and an SMS code to the number' },
        purpose: 'login',
        requires: [PHONE_SMS, ID_CARD],
        source:
          'CASES §4: 一证通查 2.0 (2022) counts the accounts bound to a number; the answer comes by SMS within 48 hours',
      }),
      WECHAT_LOGIN,
    ],
    note: 'CASES §4: since May 2025 a new owner of a recycled number can unbind the previous owner’s accounts in 200+ apps.',
  }),
];
