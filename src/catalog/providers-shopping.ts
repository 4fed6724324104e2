/**
 * @module Shopping (data only): marketplaces and second-hand. Alibaba's apps share one account with Alipay
 * login; JD and Pinduoduo sign in with WeChat or an SMS code.
 */
import { service } from './define.js';
import type { ProviderInput } from './types.js';
import { ALIPAY_LOGIN, FACE_ID_RECOVERY, mainlandApp, QQ_LOGIN, WECHAT_LOGIN } from './ways.js';

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
];
