/**
 * @module Social networks, communities, search and cloud storage (data only). Most sign in by an SMS code to
 * the bound number; many also offer WeChat, QQ or Weibo login.
 */
import { service } from './define.js';
import type { ProviderInput, WayInput } from './types.js';
import {
  EMAIL_RECOVERY,
  mainlandApp,
  PASSWORD_EMAIL_LOGIN,
  PASSWORD_SMS_LOGIN,
  QQ_LOGIN,
  SMS_LOGIN,
  SMS_RECOVERY,
  typical,
  WECHAT_LOGIN,
  WEIBO_LOGIN,
} from './ways.js';

/** "Log in with Douyin" (ByteDance apps share it). */
const DOUYIN_LOGIN: WayInput = {
  names: { zh: '抖音登录', en: 'Log in with Douyin' },
  purpose: 'login',
  requires: [{ slot: 'douyin', capability: 'oauth' }],
};

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
  service('zhihu', '知乎', 'Zhihu', {
    aliases: ['zh', 'zhihu'],
    domains: ['zhihu.com', 'com.zhihu.android'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN, WEIBO_LOGIN]),
    note: 'CASES §1 is a Zhihu answer.',
  }),
  service('xiaohongshu', '小红书', 'Xiaohongshu (RED)', {
    aliases: ['xhs', 'xiaohongshu', 'red', 'rednote'],
    domains: ['xiaohongshu.com', 'xhslink.com', 'com.xingin.xhs'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN, WEIBO_LOGIN]),
  }),
  service('kuaishou', '快手', 'Kuaishou', {
    aliases: ['ks', 'kuaishou', '快手极速版'],
    domains: ['kuaishou.com', 'gifshow.com', 'com.smile.gifmaker'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN]),
  }),
  service('toutiao', '今日头条', 'Toutiao', {
    aliases: ['jrtt', 'toutiao', '头条', '西瓜视频'],
    domains: ['toutiao.com', 'ixigua.com', 'com.ss.android.article.news'],
    ways: mainlandApp([DOUYIN_LOGIN, WECHAT_LOGIN]),
  }),
  service('hupu', '虎扑', 'Hupu', {
    aliases: ['hp', 'hupu'],
    domains: ['hupu.com'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN]),
  }),
  service('momo', '陌陌', 'Momo', {
    kind: 'messenger',
    capabilities: ['access', 'chat', 'contacts'],
    aliases: ['mm', 'momo'],
    domains: ['immomo.com', 'com.immomo.momo'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN]),
  }),
  service('soul', 'Soul', 'Soul', {
    kind: 'messenger',
    capabilities: ['access', 'chat', 'contacts'],
    aliases: ['soul'],
    domains: ['soulapp.cn', 'cn.soulapp.android'],
    ways: mainlandApp(),
  }),
  service('douyu', '斗鱼', 'Douyu', {
    aliases: ['dy', 'douyu', '斗鱼直播'],
    domains: ['douyu.com'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN, WEIBO_LOGIN]),
  }),
  service('huya', '虎牙直播', 'Huya', {
    aliases: ['hy', 'huya', '虎牙'],
    domains: ['huya.com'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN]),
  }),
  service('qingshuihepan', '清水河畔（电子科大论坛）', 'Qingshuihepan (UESTC campus forum)', {
    aliases: ['qshp', '清水河畔', '河畔', '电子科大', 'uestc', '校园论坛', 'bbs'],
    domains: ['bbs.uestc.edu.cn'],
    ways: [
      typical(PASSWORD_EMAIL_LOGIN, 'CASES §1: the campus forum account was bound to the QQ mailbox'),
      typical(EMAIL_RECOVERY),
    ],
    note: 'CASES §1: a campus forum (电子科大清水河畔) bound to the QQ mailbox.',
  }),
];
