/** @module 终端里的风险报告（banradius risk）的中文文字：先做哪几件事、封禁影响、单点故障、组合封禁和暴露程度。 */

/** 币种的中文名称；不认识的币种用代码。 */
const CURRENCIES: Record<string, string> = {
  CNY: '人民币',
  USD: '美元',
  EUR: '欧元',
  HKD: '港币',
  JPY: '日元',
};

export const riskReport = {
  title: (title: string | undefined) => (title ? `风险报告：${title}` : '风险报告'),
  summary: (accounts: number, reachable: number) =>
    `${accounts} 个账户，${reachable} 个现在能进入。以下的封禁都按整个账户被封（失去全部能力）计算。`,
  /** 列表没列完：还有 n 项。 */
  more: (n: number) => `（另有 ${n} 项，用 --json 查看全部）`,
  fixFirst: '先做这几件事',
  nothingToFix: '没有需要做的：没有哪个账户会因为另一个账户被封而被切断（或者只能在上游账户上解决）。',
  blastHeading: '被封后损失最大的账户',
  noBlast: '任何一个账户被封都不会牵连其他账户。',
  blastHeader: ['被封的账户', '被切断', '部分丧失', '失去备用途径', '损失金额'],
  spofHeading: '单点故障：其中任何一个被封，这个账户就进不去了',
  noSpof: '没有单点故障。',
  spofHeader: ['账户', '账户里的钱物', '单点故障'],
  pairsHeading: '两个同时被封才会切断的账户',
  pairsHeader: ['账户', '账户里的钱物', '这些组合同时被封'],
  /** 两个账户的组合：“A + B”；多个组合之间用“；”，没列完的加“…”。 */
  pair: (a: string, b: string) => `${a} + ${b}`,
  pairSeparator: '；',
  pairsMore: ' …',
  triples: (n: number) => `${n} 个账户只有三个账户同时被封才会被切断（用 --json 查看）。`,
  exposureHeading: '暴露程度',
  exposureAccounts: (cut: number, reachable: number, share: string) =>
    `${reachable} 个能进入的账户中，有 ${cut} 个（${share}）会因另一个账户被封而被切断。`,
  exposureValue: (currency: string, share: string) =>
    `${Object.hasOwn(CURRENCIES, currency) ? CURRENCIES[currency] : `${currency} `}资产价值中有 ${share} 可能因另一个账户被封而损失。`,
};

export type RiskReportText = typeof riskReport;
