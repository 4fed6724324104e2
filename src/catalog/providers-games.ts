/**
 * @module Games (data only). Tencent's mobile games have no account of their own: the character lives in the QQ
 * or WeChat login used to create it. NetEase, miHoYo and the global stores have their own passports.
 */
import { service } from './define.js';
import type { ProviderInput, WayInput } from './types.js';
import {
  EMAIL_RECOVERY,
  mainlandApp,
  PASSWORD_DEVICE_LOGIN,
  PASSWORD_EMAIL_LOGIN,
  PASSWORD_SMS_LOGIN,
  QQ_LOGIN,
  SMS_RECOVERY,
  typical,
  WECHAT_LOGIN,
} from './ways.js';

const TENCENT_GAME =
  'Tencent games: the character belongs to the QQ or the WeChat it was created with (separate zones, no transfer)';

/** A Tencent game: QQ or WeChat login only (QQ pre-selected; the person switches to WeChat if that is theirs). */
const TENCENT_GAME_WAYS: WayInput[] = [typical(QQ_LOGIN, TENCENT_GAME), WECHAT_LOGIN];

/** A global game store: password plus an email code (Steam Guard style) or an authenticator. */
const STORE_WAYS: WayInput[] = [
  typical(
    PASSWORD_EMAIL_LOGIN,
    'Steam Guard and similar: a code by email on a new device unless an authenticator is set',
  ),
  PASSWORD_DEVICE_LOGIN,
  PASSWORD_SMS_LOGIN,
  typical(EMAIL_RECOVERY),
  SMS_RECOVERY,
];

/** Game providers. */
export const GAME_PROVIDERS: ProviderInput[] = [
  service('honor_of_kings', '王者荣耀', 'Honor of Kings', {
    aliases: ['wzry', 'wangzhe', '王者', 'honor of kings'],
    domains: ['pvp.qq.com', 'com.tencent.tmgp.sgame'],
    ways: TENCENT_GAME_WAYS,
  }),
  service('peace_elite', '和平精英', 'Peacekeeper Elite', {
    aliases: ['hpjy', 'heping', '吃鸡'],
    domains: ['gp.qq.com', 'com.tencent.tmgp.pubgmhd'],
    ways: TENCENT_GAME_WAYS,
  }),
  service('wegame', 'WeGame（腾讯游戏）', 'WeGame (Tencent games)', {
    aliases: ['wg', 'wegame', '腾讯游戏', 'txyx', '英雄联盟', 'lol'],
    domains: ['wegame.com.cn', 'game.qq.com', 'lol.qq.com'],
    ways: TENCENT_GAME_WAYS,
  }),
  service('netease_games', '网易游戏（网易通行证）', 'NetEase Games passport', {
    aliases: ['wyyx', 'wangyiyouxi', '网易大神', '将军令', '梦幻西游', '阴阳师'],
    domains: ['game.163.com', 'reg.163.com', 'ds.163.com'],
    ways: [
      ...mainlandApp([WECHAT_LOGIN, QQ_LOGIN]),
      {
        names: { zh: '网易邮箱帐号登录', en: 'Sign in with a NetEase mail account' },
        purpose: 'login',
        requires: [{ slot: 'mail163', capability: 'access' }],
        source: 'NetEase passport (网易通行证): a 163/126 mailbox is a NetEase account',
      },
    ],
  }),
  service('mihoyo', '米哈游通行证', 'miHoYo / HoYoverse account', {
    aliases: ['mhy', 'mihayou', '原神', '崩坏', '星穹铁道', 'hoyoverse', 'genshin'],
    domains: ['mihoyo.com', 'miyoushe.com', 'hoyoverse.com', 'com.mihoyo.hyperion'],
    ways: [...mainlandApp(), EMAIL_RECOVERY],
  }),
  service('steam', 'Steam', 'Steam', {
    aliases: ['zq', 'zhengqi', '蒸汽', 'steam', '蒸汽平台'],
    domains: [
      'steampowered.com',
      'steamcommunity.com',
      'steamchina.com',
      'com.valvesoftware.android.steam.community',
    ],
    ways: STORE_WAYS,
    note: 'Games and wallet balance; a Steam Guard authenticator on the phone is a trusted device.',
  }),
  service('epic_games', 'Epic Games', 'Epic Games', {
    aliases: ['epic', 'e宝'],
    domains: ['epicgames.com'],
    ways: STORE_WAYS,
  }),
  service('playstation', 'PlayStation Network', 'PlayStation Network', {
    aliases: ['psn', 'ps4', 'ps5', '索尼', 'sony'],
    domains: ['playstation.com', 'sony.com', 'sonyentertainmentnetwork.com'],
    ways: STORE_WAYS,
  }),
  service('nintendo', '任天堂账号', 'Nintendo Account', {
    aliases: ['rtt', 'rentiantang', 'switch', 'ns', 'nintendo'],
    domains: ['nintendo.com', 'accounts.nintendo.com'],
    ways: STORE_WAYS,
  }),
  service('battle_net', '暴雪战网', 'Battle.net', {
    aliases: ['zw', 'zhanwang', '战网', '暴雪', 'blizzard', 'battlenet'],
    domains: ['battle.net', 'blizzard.com', 'battlenet.com.cn'],
    ways: STORE_WAYS,
  }),
];
