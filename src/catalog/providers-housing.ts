/**
 * @module Housing and utilities (data only): renting and buying, and the electricity account. Rental contracts,
 * deposits and bill payments hang off these; they sign in by SMS code or WeChat.
 */
import { service } from './define.js';
import type { ProviderInput } from './types.js';
import { ALIPAY_MINI, mainlandApp, typical, WECHAT_LOGIN, WECHAT_MINI } from './ways.js';

/** Housing and utility providers. */
export const HOUSING_PROVIDERS: ProviderInput[] = [
  service('beike', '贝壳找房（链家）', 'Beike (Lianjia)', {
    aliases: ['bk', 'beike', '链家', 'lianjia'],
    domains: ['ke.com', 'lianjia.com', 'com.lianjia.beike'],
    ways: mainlandApp([WECHAT_LOGIN]),
  }),
  service('anjuke', '安居客', 'Anjuke', {
    aliases: ['ajk', 'anjuke'],
    domains: ['anjuke.com'],
    ways: mainlandApp([WECHAT_LOGIN]),
  }),
  service('city58', '58同城', '58.com', {
    aliases: ['58', '58tc', 'wubatongcheng'],
    domains: ['58.com', 'com.wuba'],
    ways: mainlandApp([WECHAT_LOGIN]),
  }),
  service('ziroom', '自如', 'Ziroom', {
    aliases: ['zr', 'ziru', 'ziroom'],
    domains: ['ziroom.com'],
    ways: mainlandApp([WECHAT_LOGIN]),
    note: 'Rental contract and deposit.',
  }),
  service('state_grid', '网上国网（国家电网）', 'State Grid (Wangshang Guowang)', {
    aliases: ['wsgw', 'guowang', '国家电网', '电费', '95598'],
    domains: ['95598.cn', 'sgcc.com.cn', 'com.sgcc.wsgw.cn'],
    ways: [...mainlandApp(), WECHAT_MINI, ALIPAY_MINI],
  }),
  service('csg', '南方电网', 'China Southern Power Grid', {
    aliases: ['nfdw', 'nanfangdianwang', '南网在线', '电费'],
    domains: ['csg.cn', '95598.csg.cn'],
    ways: [
      typical(WECHAT_MINI, 'bills are mostly paid in the 南网在线 WeChat mini program'),
      ...mainlandApp(),
    ],
  }),
];
