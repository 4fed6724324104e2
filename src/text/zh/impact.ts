/** @module 解释封号影响的中文句子：用能力的名字和登录方式的名字，不用代码，也不说“第 1 条途径”。 */
import type { Impact } from '../../model/index.js';

/** The Chinese words of an impact's explanation; the English section has the same keys. */
export const impact = {
  /** A way into an account, by how many there are and what it is for. */
  onlyWay: (recovery: boolean): string => (recovery ? '唯一的找回方式' : '唯一的登录方式'),
  oneWay: (recovery: boolean): string => (recovery ? '一种找回方式' : '一种登录方式'),
  onlyCapWay: (cap: string) => `「${cap}」的唯一方式`,
  oneCapWay: (cap: string) => `「${cap}」的一种方式`,
  /** A way with its own label: "唯一的登录方式（邮箱验证码）". */
  labelled: (which: string, label: string) => `${which}（${label}）`,
  /** What the broken way needs: an account, or a capability of it. */
  needsAccount: (which: string, account: string) => `${which}要用「${account}」`,
  needsCap: (which: string, account: string, cap: string, noun: boolean) =>
    `${which}要用「${account}」${noun ? '的' : ''}${cap}`,
  /** Why that is gone: the banned accounts behind it. */
  whichIsBanned: '，而它已被封',
  becauseBanned: (causes: string, _n: number) => `，而${causes}已被封`,
  bannedItself: (lost: string, kept: string | null) => `本身被封：失去${lost}${kept ? `；还能${kept}` : ''}`,
  nothing: '（没有）',
  degraded: '还进得去，但备用的方式已经失效',
  quote: (s: string) => `「${s}」`,
  /** A kept asset: which capability keeps it. */
  keptBy: (cap: string) => `靠「${cap}」保住：这项功能没有被封`,
  keptHeading: '还保得住的',
  keptMoney: '保住的钱',
  /** The headline when nothing is lost but money is kept. */
  keptHeadline: (money: string) => `钱没有丢：${money} 还在，可以取出`,
  nothingLost: '没有账户被切断，也没有丢钱',
  /** 命令行的影响表。 */
  bans: (list: string) => `封禁：${list}`,
  /** 一个封禁：账户名称（id：失去的能力）。 */
  ban: (label: string, id: string, lost: string) => `${label}（${id}：${lost}）`,
  banSeparator: '；',
  /** 表格和清单里的账户：名称（id）。 */
  account: (label: string, id: string) => `${label}（${id}）`,
  /** 一项资产：账户：资产（金额）——靠什么保住。 */
  asset: (account: string, label: string, value: string | undefined, kept: string | undefined) =>
    `${account}：${label}${value === undefined ? '' : `（${value}）`}${kept === undefined ? '' : `——${kept}`}`,
  header: ['状态', '账户', '失去', '原因'],
  noneAffected: '没有账户受影响。',
  counts: (c: Impact['counts']) =>
    `被封 ${c.banned}，被切断 ${c.cut}，部分丧失 ${c.partial}，失去备用途径 ${c.degraded}，正常 ${c.ok}${c.unreachable ? `，本就无法进入 ${c.unreachable}` : ''}`,
  /** 一节的标题行：“失去的资产：”。 */
  heading: (title: string) => `${title}：`,
  lostHeading: '失去的资产',
  atRiskHeading: '有风险的资产（只剩一条途径）',
  moneyLost: (money: string) => `损失金额：${money}`,
  moneyAtRisk: (money: string) => `风险金额：${money}`,
};
