// The 40-account survey of the done-when test (issue 11): what a person answers, step by step. The unit test
// turns it into a map with surveyMap; the browser test clicks the same answers and counts its actions. Both
// must give fixtures/survey-40.map.json.
import { getProvider } from '../../src/catalog/index.js';
import {
  type Chip,
  defaultChips,
  type SurveyAnswers,
  type SurveyAsset,
  type SurveyRoot,
} from '../../src/engine/survey.js';

export const PHONES = ['china_mobile', 'china_unicom'];
export const ROOTS: SurveyRoot[] = ['id_card', 'qq', 'wechat', 'alipay'];
export const MAILBOXES = ['qqmail', 'mail163'];

/** Apps in the order the survey shows them, each with the chips the person toggles off or on its defaults. */
export const APPS: { provider: string; toggle: Chip[] }[] = [
  { provider: 'apple_id', toggle: [] },
  { provider: 'huawei_id', toggle: [] },
  { provider: 'baidu', toggle: ['wechat'] },
  { provider: 'icbc', toggle: [] },
  { provider: 'cmb', toggle: [] },
  { provider: 'taobao', toggle: [] },
  { provider: 'jd', toggle: ['wechat'] },
  { provider: 'pinduoduo', toggle: [] },
  { provider: 'meituan', toggle: [] },
  { provider: 'eleme', toggle: [] },
  { provider: 'sf_express', toggle: [] },
  { provider: 'railway12306', toggle: [] },
  { provider: 'didi', toggle: [] },
  { provider: 'amap', toggle: [] },
  { provider: 'ctrip', toggle: [] },
  { provider: 'etc', toggle: [] },
  { provider: 'china_southern', toggle: ['email'] },
  { provider: 'individual_tax', toggle: [] },
  { provider: 'traffic_12123', toggle: [] },
  { provider: 'weibo', toggle: [] },
  { provider: 'xiaohongshu', toggle: ['wechat'] },
  { provider: 'douyin', toggle: [] },
  { provider: 'bilibili', toggle: ['qq'] },
  { provider: 'tencent_video', toggle: [] },
  { provider: 'qq_music', toggle: [] },
  { provider: 'netease_music', toggle: [] },
  { provider: 'honor_of_kings', toggle: ['qq', 'wechat'] },
  { provider: 'wecom', toggle: [] },
  { provider: 'chsi', toggle: [] },
  { provider: 'youdao', toggle: ['sms', 'qq'] },
  { provider: 'microsoft', toggle: [] },
];

export const ASSETS: SurveyAsset[] = [
  { account: 'wechat', kind: 'money', label: '余额', value: 2000 },
  { account: 'alipay', kind: 'money', label: '余额', value: 5000 },
  { account: 'icbc', kind: 'money', label: '余额', value: 30000 },
  { account: 'apple_id', kind: 'device', label: '设备', value: 12000 },
  { account: 'microsoft', kind: 'device', label: '设备', value: 8500 },
];

/** A chip list with these chips flipped. */
function flip(chips: readonly Chip[], toggle: readonly Chip[]): Chip[] {
  const out = new Set(chips);
  for (const c of toggle)
    if (out.has(c)) out.delete(c);
    else out.add(c);
  return [...out];
}

/** The answers in full, as the survey holds them after those clicks. */
export function answers40(): SurveyAnswers {
  return {
    lang: 'zh',
    phones: PHONES.map((carrier) => ({ carrier })),
    mailboxes: MAILBOXES.map((provider) => ({ provider })),
    roots: ROOTS,
    apps: APPS.map((a) => ({
      provider: a.provider,
      logins: flip(defaultChips(getProvider(a.provider)!), a.toggle),
    })),
    assets: ASSETS,
  };
}
