/**
 * @module Timeline presets (DESIGN §4c), data plus their loader: how a ban typically unfolds for one account,
 * step by step, each step with the source of its timing. Checked once at load (known ban presets and providers,
 * days strictly increasing), so a bad edit throws at import time.
 */
import { z } from 'zod';
import { type TimelinePreset, type TimelinePresetInput, TimelinePresetSchema } from '../model/catalog.js';
import { getPreset, getProvider } from './index.js';

const CANCELLED = { preset: 'phone_cancelled' };
const REISSUE_SOURCE =
  'CASES §4: a cancelled number is frozen about 90 days, then reissued to a new owner, who receives every SMS code sent to it (and many apps log in by the SIM itself)';

/** The 2016 real-name enforcement, with one reading of 单停 (`oneWay` preset) and its source. */
function realName2016(id: string, oneWay: string, reading: TimelinePresetInput['names'], source: string) {
  return {
    id,
    names: reading,
    kinds: ['phone'],
    steps: [
      { day: 0, names: { zh: '单停', en: 'One-way suspension' }, source, bans: [{ preset: oneWay }] },
      {
        day: 30,
        names: { zh: '双停', en: 'Two-way suspension' },
        source:
          'CASES §4: China Mobile in Qianxinan moved one-way suspended numbers to two-way suspension on 1 November, about a month later; Beijing on 2016-12-01',
        bans: [{ preset: 'phone_two_way_suspension' }],
      },
      {
        day: 90,
        names: { zh: '销号', en: 'Number cancelled' },
        source:
          'CASES §4: re-registering within about two months restored service; numbers still unregistered were then cancelled (end of January 2017 in Beijing, per secondary sources)',
        bans: [CANCELLED],
      },
      {
        day: 180,
        names: { zh: '号码放给新机主', en: 'Number reissued to a new owner' },
        source: REISSUE_SOURCE,
        bans: [CANCELLED],
        holds: [{}],
      },
    ],
  } satisfies TimelinePresetInput;
}

const DATA: TimelinePresetInput[] = [
  realName2016(
    'phone_realname_2016',
    'phone_one_way_suspension',
    {
      zh: '2016 实名制停机（单停只能接电话）',
      en: '2016 real-name suspension (one-way: incoming calls only)',
    },
    'Qianxinan 2016 (CASES §4): China Mobile one-way suspended 80,000+ unregistered numbers; only incoming calls still work',
  ),
  realName2016(
    'phone_realname_2016_sms_in',
    'phone_one_way_suspension_sms_in',
    {
      zh: '2016 实名制停机（单停还能接电话、收短信）',
      en: '2016 real-name suspension (one-way: incoming calls and messages)',
    },
    '北京青年报 2016-12-01 (CASES §4): in Beijing a one-way suspended number still received calls and messages',
  ),
  {
    id: 'number_cancelled_recycled',
    names: { zh: '销号后被回收放号', en: 'Number cancelled, then recycled' },
    kinds: ['phone'],
    steps: [
      {
        day: 0,
        names: { zh: '销号', en: 'Number cancelled' },
        source:
          'CASES §4: a number cancelled (销号) by the carrier or by its owner is closed to you entirely',
        bans: [CANCELLED],
      },
      {
        day: 90,
        names: { zh: '号码放给新机主', en: 'Number reissued to a new owner' },
        source: REISSUE_SOURCE,
        bans: [CANCELLED],
        holds: [{}],
      },
    ],
  },
  {
    id: 'qq_temporary_freeze',
    names: { zh: 'QQ 临时冻结', en: 'QQ temporarily frozen' },
    kinds: ['messenger'],
    steps: [
      {
        day: 0,
        names: { zh: 'QQ 冻结', en: 'QQ frozen' },
        source:
          'Tencent freezes a QQ for a stated period; CASES §2 saw QQ frozen together with WeChat and Alipay',
        bans: [{ preset: 'qq_freeze' }],
      },
      {
        day: 7,
        names: { zh: '冻结解除', en: 'Freeze lifted' },
        source:
          'user reports: a temporary freeze is typically lifted after about 7 days (not from CASES.md; check the notice Tencent shows)',
      },
    ],
  },
  {
    id: 'wechat_regional_suspension_2019',
    names: { zh: '2019 地区性封停（QQ、微信、支付宝）', en: '2019 regional suspension (QQ, WeChat, Alipay)' },
    kinds: ['messenger'],
    steps: [
      {
        day: 0,
        names: {
          zh: 'QQ、微信、支付宝同时封停，微信零钱冻结',
          en: 'QQ, WeChat and Alipay suspended; WeChat money frozen',
        },
        source:
          'CASES §2: from 2019-10-14 an anti-fraud order suspended QQ, WeChat and Alipay accounts together; WeChat permanently banned, its money frozen',
        bans: [
          { preset: 'wechat_restricted_permanent' },
          { preset: 'wechat_pay_frozen' },
          { provider: 'qq', preset: 'qq_freeze' },
          { provider: 'alipay', preset: 'alipay_suspended' },
        ],
      },
      {
        day: 30,
        names: { zh: '微信零钱可以提现', en: 'WeChat money can be withdrawn' },
        source: 'CASES §2: withdrawal of the frozen WeChat money could be requested only after a month',
        bans: [
          { preset: 'wechat_restricted_permanent' },
          { provider: 'qq', preset: 'qq_freeze' },
          { provider: 'alipay', preset: 'alipay_suspended' },
        ],
      },
    ],
  },
];

/** Parses timeline presets and checks what the schema cannot; throws one error listing every problem. */
export function loadTimelinePresets(data: readonly TimelinePresetInput[]): TimelinePreset[] {
  const parsed = z.array(TimelinePresetSchema).safeParse(data);
  if (!parsed.success) throw new Error(`invalid timeline presets:\n${z.prettifyError(parsed.error)}`);
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const t of parsed.data) {
    if (ids.has(t.id)) problems.push(`timeline ${t.id}: duplicate id`);
    ids.add(t.id);
    t.steps.forEach((step, k) => {
      if (k > 0 && step.day <= t.steps[k - 1]!.day)
        problems.push(`timeline ${t.id}: steps[${k}] day not increasing`);
      for (const ban of step.bans) {
        if (!getPreset(ban.preset))
          problems.push(`timeline ${t.id}: steps[${k}] unknown ban preset ${ban.preset}`);
        if (ban.provider !== undefined && !getProvider(ban.provider))
          problems.push(`timeline ${t.id}: steps[${k}] unknown provider ${ban.provider}`);
      }
    });
  }
  if (problems.length > 0) throw new Error(`invalid timeline presets:\n${problems.join('\n')}`);
  return parsed.data;
}

const PRESETS = loadTimelinePresets(DATA);
const BY_ID = new Map(PRESETS.map((t) => [t.id, t]));

/** Every timeline preset, in the order the UI offers them. */
export function allTimelinePresets(): readonly TimelinePreset[] {
  return PRESETS;
}

/** The timeline preset with this id, if any. */
export function getTimelinePreset(id: string): TimelinePreset | undefined {
  return BY_ID.get(id);
}
