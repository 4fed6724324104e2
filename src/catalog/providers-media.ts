/**
 * @module Music, video, reading and learning apps (data only). Tencent's apps sign in only with QQ or WeChat,
 * so their content goes with whichever one was used (CASES §1: QQ Music, Youdao).
 */
import { service } from './define.js';
import type { ProviderInput, WayInput } from './types.js';
import {
  ALIPAY_LOGIN,
  mainlandApp,
  QQ_LOGIN,
  SMS_LOGIN,
  typical,
  WECHAT_LOGIN,
  WEIBO_LOGIN,
} from './ways.js';

const NETEASE_MAIL_LOGIN: WayInput = {
  names: { zh: '网易邮箱帐号登录', en: 'Sign in with a NetEase mail account' },
  purpose: 'login',
  requires: [{ slot: 'mail163', capability: 'access' }],
  source: 'NetEase passport (网易通行证): a 163/126 mailbox is a NetEase account',
};

/** Media providers. */
export const MEDIA_PROVIDERS: ProviderInput[] = [
  service('youdao', '有道词典', 'Youdao Dictionary', {
    aliases: ['有道', 'ydcd', 'youdao', '网易有道'],
    domains: ['youdao.com', 'com.youdao.dict'],
    ways: [QQ_LOGIN, WECHAT_LOGIN, typical(SMS_LOGIN), NETEASE_MAIL_LOGIN],
    note: 'Saved words (单词本) live in the account; in CASES §1 it was reachable only through QQ login.',
  }),
  service('qq_music', 'QQ音乐', 'QQ Music', {
    aliases: ['qqyy', 'qqmusic', 'qqyinyue', 'qq音乐'],
    domains: ['y.qq.com', 'com.tencent.qqmusic'],
    ways: [
      typical(QQ_LOGIN, 'QQ Music signs in only with QQ or WeChat; CASES §1 lost it with the QQ ban'),
      WECHAT_LOGIN,
    ],
    note: 'Signs in only with QQ or WeChat; playlists and the VIP (绿钻) subscription live in that login.',
  }),
  service('netease_music', '网易云音乐', 'NetEase Cloud Music', {
    aliases: ['wyy', 'wyyyy', 'wangyiyun', '网易云', 'ncm'],
    domains: ['music.163.com', 'com.netease.cloudmusic'],
    ways: [...mainlandApp([WECHAT_LOGIN, QQ_LOGIN, WEIBO_LOGIN]), NETEASE_MAIL_LOGIN],
  }),
  service('kugou', '酷狗音乐', 'Kugou Music', {
    aliases: ['kg', 'kugou', '酷狗'],
    domains: ['kugou.com', 'com.kugou.android'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN]),
  }),
  service('kuwo', '酷我音乐', 'Kuwo Music', {
    aliases: ['kw', 'kuwo', '酷我'],
    domains: ['kuwo.cn', 'cn.kuwo.player'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN]),
  }),
  service('ximalaya', '喜马拉雅', 'Ximalaya', {
    aliases: ['xmly', 'ximalaya', '喜马拉雅fm'],
    domains: ['ximalaya.com', 'com.ximalaya.ting.android'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN, WEIBO_LOGIN]),
  }),
  service('iqiyi', '爱奇艺', 'iQIYI', {
    aliases: ['aqy', 'iqiyi', '奇异果'],
    domains: ['iqiyi.com', 'com.qiyi.video'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN, WEIBO_LOGIN]),
    note: 'VIP membership (黄金会员) lives in the account.',
  }),
  service('youku', '优酷', 'Youku', {
    aliases: ['yk', 'youku'],
    domains: ['youku.com', 'com.youku.phone'],
    ways: mainlandApp([ALIPAY_LOGIN, WECHAT_LOGIN]),
  }),
  service('tencent_video', '腾讯视频', 'Tencent Video', {
    aliases: ['txsp', 'tengxunshipin', 'v.qq.com', '腾讯视频vip'],
    domains: ['v.qq.com', 'com.tencent.qqlive'],
    ways: [
      typical(QQ_LOGIN, 'Tencent Video signs in with QQ or WeChat; the VIP goes with that login'),
      WECHAT_LOGIN,
      SMS_LOGIN,
    ],
  }),
  service('mango_tv', '芒果TV', 'Mango TV', {
    aliases: ['mgtv', 'mangguo', '芒果'],
    domains: ['mgtv.com'],
    ways: mainlandApp([WECHAT_LOGIN, QQ_LOGIN]),
  }),
  service('migu', '咪咕视频', 'Migu Video', {
    aliases: ['mg', 'migu', '咪咕'],
    domains: ['migu.cn', 'miguvideo.com'],
    ways: mainlandApp(),
    note: 'China Mobile’s: the membership is often billed to the mobile number.',
  }),
  service('wechat_read', '微信读书', 'WeChat Read', {
    aliases: ['wxds', 'weixindushu'],
    domains: ['weread.qq.com', 'com.tencent.weread'],
    ways: [typical(WECHAT_LOGIN, 'WeChat Read signs in only with WeChat')],
  }),
  service('qidian', '起点读书', 'Qidian', {
    aliases: ['qd', 'qidian', '阅文', 'qq阅读'],
    domains: ['qidian.com', 'yuewen.com'],
    ways: mainlandApp([QQ_LOGIN, WECHAT_LOGIN]),
  }),
];
