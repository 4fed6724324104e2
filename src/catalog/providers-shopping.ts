/**
 * @module Shopping (data only): marketplaces and second-hand. Alibaba's apps share one account with Alipay
 * login; JD and Pinduoduo sign in with WeChat or an SMS code.
 */
import { service } from './define.js';
import type { ProviderInput } from './types.js';
import {
  ALIPAY_LOGIN,
  FACE_ID_RECOVERY,
  mainlandApp,
  QQ_LOGIN,
  TAOBAO_LOGIN,
  typical,
  WECHAT_LOGIN,
} from './ways.js';

/** Shopping providers. */
export const SHOPPING_PROVIDERS: ProviderInput[] = [
  service('taobao', '淘宝', 'Taobao', {
    aliases: ['tb', 'taobao', '天猫', 'tmall'],
    domains: ['taobao.com', 'tmall.com', 'com.taobao.taobao'],
    ways: mainlandApp([ALIPAY_LOGIN, FACE_ID_RECOVERY]),
  }),
  service('jd', '京东', 'JD.com', {
    aliases: ['jingdong', '京东商城', 'jd.com'],
    domains: ['jd.com', 'com.jingdong.app.mall'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN]),
  }),
  service('pinduoduo', '拼多多', 'Pinduoduo', {
    aliases: ['pdd', 'pinduoduo', '多多'],
    domains: ['pinduoduo.com', 'yangkeduo.com', 'com.xunmeng.pinduoduo'],
    ways: [
      typical(WECHAT_LOGIN, 'Pinduoduo grew through WeChat: most accounts sign in with it'),
      ...mainlandApp([QQ_LOGIN]),
    ],
  }),
  service('xianyu', '闲鱼', 'Xianyu', {
    aliases: ['xy', 'xianyu', '咸鱼'],
    domains: ['goofish.com', 'com.taobao.idlefish'],
    ways: [typical(TAOBAO_LOGIN, 'Xianyu uses the Taobao account'), ...mainlandApp([ALIPAY_LOGIN])],
  }),
  service('vipshop', '唯品会', 'Vipshop', {
    aliases: ['wph', 'weipinhui', 'vip.com'],
    domains: ['vip.com', 'com.achievo.vipshop'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN]),
  }),
  service('suning', '苏宁易购', 'Suning', {
    aliases: ['sn', 'suning', '苏宁'],
    domains: ['suning.com'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN]),
  }),
  service('dewu', '得物', 'Dewu (Poizon)', {
    aliases: ['dw', 'dewu', 'poizon'],
    domains: ['dewu.com', 'poizon.com'],
    ways: mainlandApp([WECHAT_LOGIN]),
  }),
  service('dangdang', '当当', 'Dangdang', {
    aliases: ['dd', 'dangdang'],
    domains: ['dangdang.com'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN]),
  }),
];
