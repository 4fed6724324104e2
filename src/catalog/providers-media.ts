/**
 * @module Music, video, reading and learning apps (data only). Tencent's apps sign in only with QQ or WeChat,
 * so their content goes with whichever one was used (CASES §1: QQ Music, Youdao).
 */
import { service } from './define.js';
import type { ProviderInput, WayInput } from './types.js';
import { mainlandApp, QQ_LOGIN, SMS_LOGIN, typical, WECHAT_LOGIN, WEIBO_LOGIN } from './ways.js';

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
];
