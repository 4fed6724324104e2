/**
 * @module Social networks, communities, search and cloud storage (data only). Most sign in by an SMS code to
 * the bound number; many also offer WeChat, QQ or Weibo login.
 */
import { service } from './define.js';
import type { ProviderInput } from './types.js';
import {
  EMAIL_RECOVERY,
  mainlandApp,
  PASSWORD_SMS_LOGIN,
  QQ_LOGIN,
  SMS_LOGIN,
  SMS_RECOVERY,
  typical,
  WECHAT_LOGIN,
  WEIBO_LOGIN,
} from './ways.js';

/** Social and media providers. */
export const SOCIAL_PROVIDERS: ProviderInput[] = [
  service('weibo', '微博', 'Weibo', {
    aliases: ['wb', 'weibo', '新浪微博', 'xlwb', 'sina weibo', '新浪', 'sina'],
    capabilities: ['access', 'oauth'],
    domains: ['weibo.com', 'weibo.cn', 'sina.com.cn', 'com.sina.weibo'],
    ways: [typical(SMS_LOGIN), PASSWORD_SMS_LOGIN, QQ_LOGIN, EMAIL_RECOVERY, typical(SMS_RECOVERY)],
    note: 'CASES §1: the Tencent customer-service account on Weibo answered within an hour.',
  }),
  service('douban', '豆瓣', 'Douban', {
    aliases: ['db', 'douban'],
    domains: ['douban.com', 'com.douban.frodo'],
    ways: [typical(SMS_LOGIN), PASSWORD_SMS_LOGIN, WECHAT_LOGIN, WEIBO_LOGIN, EMAIL_RECOVERY, SMS_RECOVERY],
  }),
  service('baidu', '百度账号', 'Baidu account', {
    aliases: ['百度', 'bd', 'baidu', '百度网盘', 'bdwp', '百度贴吧', 'tieba'],
    capabilities: ['access', 'oauth'],
    domains: ['baidu.com', 'pan.baidu.com', 'tieba.baidu.com', 'com.baidu.searchbox', 'com.baidu.netdisk'],
    ways: mainlandApp([QQ_LOGIN, WECHAT_LOGIN, WEIBO_LOGIN, EMAIL_RECOVERY]),
    note: 'One Baidu account holds 网盘 files, 贴吧 and the search app.',
  }),
  service('douyin', '抖音', 'Douyin', {
    aliases: ['dy', 'douyin', '抖音极速版'],
    capabilities: ['access', 'oauth'],
    domains: ['douyin.com', 'iesdouyin.com', 'com.ss.android.ugc.aweme'],
    ways: mainlandApp(),
  }),
  service('bilibili', '哔哩哔哩', 'Bilibili', {
    aliases: ['b站', 'bz', 'bili', 'blbl', 'bilibili'],
    domains: ['bilibili.com', 'b23.tv', 'tv.danmaku.bili'],
    ways: mainlandApp([QQ_LOGIN, WECHAT_LOGIN, WEIBO_LOGIN, EMAIL_RECOVERY]),
  }),
];
