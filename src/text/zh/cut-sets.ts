/** @module 最小割集的中文文字：“QQ邮箱出现在失去 Apple ID 的 9 种方式中的 7 种里”，以及“怎样会失去 X”的输出。 */
import type { TooComplexReason } from '../../model/index.js';

export const cutSets = {
  /** 成员 member 出现在失去 target 的 total 种方式中的 n 种里。 */
  inWays: (member: string, n: number, total: number, target: string) =>
    total === 1
      ? `失去${target}的唯一方式里有${member}`
      : n === total
        ? `失去${target}的全部 ${total} 种方式里都有${member}`
        : `${member}出现在失去${target}的 ${total} 种方式中的 ${n} 种里`,
  /** 整张地图里：出现在 accounts 个账户的 sets 种失去方式里。 */
  overall: (member: string, sets: number, accounts: number) =>
    `${member}：出现在 ${accounts} 个账户的 ${sets} 种失去方式里`,
  importanceHeading: '谁最常让账户被切断',
  overallHeading: '在最多失去方式里出现的账户',
  targetHeading: (target: string, order: number) => `怎样会失去${target}（最多 ${order} 个账户同时被封）`,
  targetUnreachable: '即使什么都没被封，它现在也进不去：请检查它的登录途径。',
  targetNone: (order: number) => `任何不超过 ${order} 个账户的封禁都切断不了它。`,
  targetCount: (total: number) => `共有 ${total} 种方式：`,
  single: '其中任何一个被封：',
  pairs: '这两个同时被封：',
  triples: '这三个同时被封：',
  and: ' + ',
  /** 算不完：reason 为 work（步骤太多）、sets（割集太多）或 accounts（账户太多）。 */
  tooComplex: (order: number, reason: TooComplexReason) =>
    `地图太复杂，算不出 ${order} 阶风险报告（${reason === 'work' ? '需要的步骤太多' : reason === 'sets' ? '割集太多' : reason === 'recommendations' ? '评估建议的步骤太多：账户链太长' : '账户太多'}）：${order > 1 && reason !== 'recommendations' ? `请改用 --order ${order - 1}、用 --target 只看一个账户，或缩小地图` : '请用 --target 只看一个账户，或缩小地图'}`,
};

export type CutSetsText = typeof cutSets;
