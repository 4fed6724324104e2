/**
 * @module The guided survey's tiles (data only): the common apps by category, in the order the survey shows
 * them, and the mailboxes and carriers offered in its first step. Every id is a catalog provider (checked by
 * test/survey.test.ts).
 */
import type { Names } from '../model/catalog.js';

export interface SurveyCategory {
  id: string;
  names: Names;
  providers: string[];
}

/** Carriers offered for "add a number". */
export const SURVEY_CARRIERS = ['china_mobile', 'china_unicom', 'china_telecom', 'china_broadnet'];

/** Mailboxes offered in the first step. */
export const SURVEY_MAILBOXES = [
  'qqmail',
  'mail163',
  'mail126',
  'gmail',
  'outlook',
  'icloud_mail',
  'mail139',
  'sina_mail',
];

/** App tiles by category; phone makers first, so later apps can offer "Sign in with Apple". */
export const SURVEY_CATEGORIES: SurveyCategory[] = [
  {
    id: 'devices',
    names: { zh: '手机与云', en: 'Phones and cloud' },
    providers: ['apple_id', 'huawei_id', 'xiaomi', 'oppo', 'vivo', 'honor', 'baidu'],
  },
  {
    id: 'money',
    names: { zh: '银行与支付', en: 'Banks and payments' },
    providers: ['icbc', 'ccb', 'abc', 'boc', 'bocom', 'cmb', 'psbc', 'unionpay', 'jd_finance'],
  },
  {
    id: 'shopping',
    names: { zh: '购物', en: 'Shopping' },
    providers: ['taobao', 'jd', 'pinduoduo', 'xianyu', 'vipshop', 'dewu'],
  },
  {
    id: 'delivery',
    names: { zh: '外卖与生活', en: 'Delivery and local life' },
    providers: ['meituan', 'eleme', 'dianping', 'sf_express', 'cainiao', 'hema'],
  },
  {
    id: 'travel',
    names: { zh: '出行', en: 'Travel' },
    providers: [
      'railway12306',
      'didi',
      'amap',
      'ctrip',
      'etc',
      'air_china',
      'china_southern',
      'china_eastern',
      'hellobike',
    ],
  },
  {
    id: 'government',
    names: { zh: '政务', en: 'Government' },
    providers: [
      'gov_service',
      'individual_tax',
      'traffic_12123',
      'social_security',
      'medical_insurance',
      'housing_fund',
    ],
  },
  {
    id: 'social',
    names: { zh: '社交与资讯', en: 'Social and news' },
    providers: ['weibo', 'xiaohongshu', 'douyin', 'kuaishou', 'zhihu', 'bilibili', 'douban', 'toutiao'],
  },
  {
    id: 'media',
    names: { zh: '视频与音乐', en: 'Video and music' },
    providers: ['tencent_video', 'iqiyi', 'youku', 'qq_music', 'netease_music', 'kugou', 'ximalaya'],
  },
  {
    id: 'games',
    names: { zh: '游戏', en: 'Games' },
    providers: ['honor_of_kings', 'peace_elite', 'netease_games', 'mihoyo', 'steam'],
  },
  {
    id: 'work',
    names: { zh: '工作与学习', en: 'Work and study' },
    providers: ['wecom', 'dingtalk', 'feishu', 'tencent_meeting', 'wps', 'chsi', 'cet', 'youdao'],
  },
  {
    id: 'global',
    names: { zh: '境外服务', en: 'Global services' },
    providers: ['microsoft', 'google', 'github', 'amazon', 'paypal', 'chatgpt'],
  },
  {
    id: 'home',
    names: { zh: '住房与水电', en: 'Housing and utilities' },
    providers: ['beike', 'city58', 'state_grid'],
  },
];
