/** @module 校验问题的中文说明：每个问题代码一个函数，由结构化参数生成，账户用名称称呼，功能用文字称呼。 */
import { capabilityName } from '../capabilities.js';
import { formatNumber, listOf } from '../format.js';
import type { IssueTexts } from '../issue-types.js';

/** A capability quoted, in words with its id: “收短信”（sms）; a made-up one by its id alone. */
const capQ = (c: string) => {
  const name = capabilityName(c, 'zh');
  return name === c ? `“${c}”` : `“${name}”（${c}）`;
};
const caps = (ids: readonly string[]) => listOf(ids.map(capQ), 'zh');

/** 按字段说明格式问题。 */
const FIELD: Record<string, string> = {
  label: '名称不能为空，最多 200 个字',
  title: '标题最多 200 个字',
  notes: '备注最多 10000 个字',
  value: '金额必须是不小于 0 的数字',
  currency: '币种要用三个大写字母的代码，例如 CNY、USD',
  kind: '不认识的类型',
  purpose: '只能是“登录”或“找回”',
  day: '天数必须是 0 到 36500 之间的整数',
};
const NAME = '只能用 1 到 64 个英文字母、数字或 _ . : -，且不能是保留字';
const NAMED = new Set(['id', 'account', 'capability', 'capabilities', 'needs', 'provider', 'preset', 'lose']);

const TYPES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是或否',
  array: '列表',
  object: '对象',
};

export const issues: IssueTexts = {
  schema: (p, at) => {
    const known = at.field === undefined ? undefined : FIELD[at.field];
    if (known) return known;
    if (at.field !== undefined && NAMED.has(at.field)) return NAME;
    if (p.zod === 'invalid_type' && p.expected) return `这里应该是${TYPES[p.expected] ?? p.expected}`;
    if (p.zod === 'invalid_value' && p.values) return `只能是 ${listOf(p.values, 'zh', 'or')}`;
    if (p.zod === 'too_big' && p.maximum !== undefined)
      return `最多 ${p.maximum}${p.origin === 'array' ? ' 项' : ''}`;
    if (p.zod === 'too_small' && p.minimum !== undefined)
      return `至少 ${p.minimum}${p.origin === 'array' ? ' 项' : ''}`;
    return '格式不对';
  },
  unknown_field: (p) => `不认识的字段“${p.field}”`,
  duplicate_id: (p) =>
    `${p.of === 'account' ? '账户' : p.of === 'scenario' ? '场景' : '时间线'} ID“${p.id}”重复了`,
  unknown_account: (p) => `引用了不存在的账户“${p.account}”`,
  unknown_capability: (p, at) => {
    const cap = capQ(p.capability);
    const has = `只提供${caps(p.provides)}`;
    if (p.in === 'requirement') return `需要${at.who(p.account)}的${cap}，但它${has}`;
    if (p.in === 'ban') return `要去掉${at.who(p.account)}的${cap}，但它${has}`;
    if (p.in === 'hold') return `持有${at.who(p.account)}的${cap}，但它${has}`;
    if (p.in === 'capabilityWays') return `给${cap}设了途径，但这个账户${has}`;
    return `用到了${cap}，但这个账户${has}`;
  },
  unknown_preset: (p) =>
    p.presets.length > 0
      ? `不认识的封禁预设“${p.preset}”。可用的预设：${listOf(p.presets, 'zh', 'unit')}`
      : `不认识的封禁预设“${p.preset}”`,
  unknown_provider: (p) =>
    `不认识的服务商“${p.provider}”，功能按${p.listed ? '填写的' : '只有“登录使用”'}处理`,
  self_requirement: () => '这条途径需要账户自己，永远走不通',
  unreachable: () => '还没封号就进不去：没有一条途径能在不依赖自己的情况下走通',
  ban_without_capability: () => '“:”后面至少要写一个功能',
  days_not_increasing: (p) => `这一步的天数（第 ${p.day} 天）必须比上一步（第 ${p.before} 天）大`,
  unknown_timeline: (p) =>
    p.timelines.length > 0
      ? `没有时间线“${p.timeline}”。这张图的时间线：${listOf(p.timelines, 'zh', 'unit')}`
      : `没有时间线“${p.timeline}”，这张图还没有时间线`,
  unknown_timeline_preset: (p) =>
    `不认识的时间线预设“${p.preset}”。可用的预设：${listOf(p.presets, 'zh', 'unit')}`,
  wrong_kind: (p) =>
    `时间线预设“${p.preset}”只用于${listOf(p.kinds, 'zh', 'or')}类账户，“${p.account}”是 ${p.kind}`,
  timeline_choice: (p) =>
    p.problem === 'no_account' ? '时间线预设要指定用于哪个账户' : '时间线 ID 和预设只能给一个',
  too_complex: (p) => {
    const why = {
      accounts: `${p.order} 阶最多只能算 ${formatNumber(p.max, 'zh')} 个账户`,
      sets: '最小割集太多，装不下',
      recommendations: '评估建议需要的步骤太多（一长串账户，每个都依赖前一个）',
      work: '找最小割集需要的步骤太多',
    }[p.reason];
    const fix =
      p.order > 1 && p.reason !== 'recommendations'
        ? `请改算 ${p.order - 1} 阶、只看一个账户，或缩小地图`
        : '请只看一个账户，或缩小地图';
    return `地图太复杂，算不出 ${p.order} 阶风险报告：${why}；${fix}`;
  },
  other: (code, _message) => `有问题（${code}）`,
};
