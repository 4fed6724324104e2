/**
 * @module Delivery and local life (data only): food delivery, groceries, reviews and parcels. They sign in by SMS
 * code; Meituan and Ele.me also through WeChat or Alipay, and parcels are tracked by the phone number itself.
 */
import { service } from './define.js';
import type { ProviderInput } from './types.js';
import {
  ALIPAY_LOGIN,
  mainlandApp,
  ONE_TAP_LOGIN,
  SMS_LOGIN,
  typical,
  WECHAT_LOGIN,
  WECHAT_MINI,
} from './ways.js';

/** Delivery and local-life providers. */
export const DELIVERY_PROVIDERS: ProviderInput[] = [
  service('meituan', '美团', 'Meituan', {
    aliases: ['mt', 'meituan', '美团外卖', '美团单车'],
    domains: ['meituan.com', 'com.sankuai.meituan'],
    ways: mainlandApp([WECHAT_LOGIN]),
  }),
  service('eleme', '饿了么', 'Ele.me', {
    aliases: ['elm', 'eleme', '饿了么外卖'],
    domains: ['ele.me', 'me.ele'],
    ways: mainlandApp([ALIPAY_LOGIN]),
  }),
  service('dianping', '大众点评', 'Dianping', {
    aliases: ['dzdp', 'dianping', '点评'],
    domains: ['dianping.com', 'com.dianping.v1'],
    ways: mainlandApp([WECHAT_LOGIN]),
  }),
  service('sf_express', '顺丰速运', 'SF Express', {
    aliases: ['sf', 'shunfeng', '顺丰'],
    domains: ['sf-express.com', 'com.sf.activity'],
    ways: [
      typical(SMS_LOGIN),
      ONE_TAP_LOGIN,
      typical(WECHAT_MINI, 'most people track parcels in the SF WeChat mini program'),
    ],
  }),
  service('cainiao', '菜鸟', 'Cainiao', {
    aliases: ['cn', 'cainiao', '菜鸟裹裹', '驿站'],
    domains: ['cainiao.com', 'com.cainiao.wireless'],
    ways: mainlandApp([ALIPAY_LOGIN]),
    note: 'Parcels are matched to the phone number; pick-up codes arrive by SMS.',
  }),
  service('hema', '盒马', 'Freshippo (Hema)', {
    aliases: ['hm', 'hema', '盒马鲜生'],
    domains: ['freshippo.com', 'com.wudaokou.hippo'],
    ways: mainlandApp([ALIPAY_LOGIN]),
  }),
  service('dingdong', '叮咚买菜', 'Dingdong Maicai', {
    aliases: ['ddmc', 'dingdong'],
    domains: ['100.me', 'com.yaya.zone'],
    ways: mainlandApp([WECHAT_LOGIN]),
  }),
];
