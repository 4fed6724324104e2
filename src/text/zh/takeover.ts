/** @module 接管（陌生人拿到号码或邮箱）和时间线的中文文字：状态名、建议句子、命令行表头。 */
import type { TakeoverStatus } from '../../model/index.js';

export const takeover = {
  status: { held: '在陌生人手里', taken: '被接管', safe: '安全' } as Record<TakeoverStatus, string>,
  /** 去掉一条接管途径的建议：“支付宝：关掉……”（2fa.directory 说这个网站不必用短信时，或者持有的是邮箱）。 */
  fix: (account: string, way: string, holder: string, phone: boolean) =>
    `${account}：关掉“${way}”，或者给它加上密码——${phone ? `“${holder}”的新机主` : `拿到“${holder}”的人`}就能登录`,
  /** 不知道这个网站能不能关掉短信登录时（没有 2fa.directory 的数据）：能关就关，关不掉就换绑号码。 */
  fixIfPossible: (account: string, way: string, holder: string) =>
    `${account}：能关就关掉“${way}”或者加上密码，关不掉就换绑到一个你会一直留着的号码——“${holder}”的新机主就能登录`,
  /** 2fa.directory 说这个网站必须用短信：不建议关掉，只建议换绑号码。 */
  fixSmsRequired: (account: string, way: string, holder: string) =>
    `${account}：它必须用短信验证，放掉“${holder}”之前先换绑到一个你会一直留着的号码——否则新机主能经由“${way}”登录`,
  via: (way: string) => `经由“${way}”`,
  viaCapability: (way: string, cap: string) => `经由“${way}”（只针对 ${cap}）`,
  header: { status: '状态', account: '账户', takes: '拿到的能力', via: '怎么进去的' },
  holds: '陌生人持有',
  knows: '知道密码',
  none: '没有账户被接管。',
  counts: (held: number, taken: number, safe: number) => `持有 ${held}，被接管 ${taken}，安全 ${safe}`,
  exposed: '暴露的资产',
  exposedTotal: '暴露金额',
  ranking: {
    title: '谁还能进来（号码被回收、邮箱被盗时）',
    line: (holder: string, taken: number, money: string) =>
      `拿到“${holder}”的人能进入 ${taken} 个账户，涉及 ${money}`,
  },
  timeline: {
    header: { day: '第几天', step: '这一步', cut: '新切断', taken: '新接管', act: '要提前处理' },
    day: (d: number) => `第 ${d} 天`,
    actBefore: (account: string, day: number) => `在第 ${day} 天之前把“${account}”迁走或加上密码`,
    source: '来源',
    title: '时间线',
    pick: '按天看会发生什么',
    off: '（不看时间线）',
    steps: '步骤',
    nothing: '这一步之前没有要处理的账户。',
    /** 这一步新切断、新接管的账户，名字列表之后：“新切断：A、B 和 C”。 */
    newly: (what: string, names: string) => `${what}：${names}`,
    /** 名字太多时，列出的之外还有几个。 */
    more: (n: number) => `另外 ${n} 个`,
  },
  panel: {
    legendTitle: '陌生人拿到号码或邮箱后',
    title: '谁还能进来',
    pick: '如果陌生人拿到这个号码或邮箱',
    nobody: '（不模拟）',
    none: '这张图里没有手机号或邮箱。',
    takes: (account: string, caps: string) => `${account}：能拿到${caps}`,
    heldLine: (account: string) => `${account}：在陌生人手里`,
    summary: (holder: string, taken: number) => `拿到“${holder}”的人还能进入 ${taken} 个账户：`,
    money: (money: string) => `暴露金额：${money}`,
    noMoney: '没有标了金额的资产暴露。',
  },
};

export type TakeoverText = typeof takeover;
