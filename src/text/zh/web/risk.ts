/** @module 网页风险报告的文字。 */

export const risk = {
  riskHeading: '风险报告：还没封号之前，先找出最脆弱的地方',
  riskIntro:
    '下面假设每个账户都可能被完全封禁，逐一计算后果。排名越靠前，封掉它损失越大。单点故障是指：只要封掉这一个账户，另一个账户就会被切断。',
  riskComputing: '正在计算风险报告…',
  riskUnavailable: '这个版本的引擎还不能计算风险报告。',
  riskEmpty: '地图里没有账户，没有可分析的内容。',
  exposure: '总体暴露',
  exposureAccounts: (pct: string) => `${pct} 的账户会因为某一个账户被封而被切断`,
  exposureShare: (pct: string, currency: string) => `${pct}（${currency}）`,
  exposureValue: (shares: string) => `资产价值中，某一个账户被封就会损失的比例：${shares}`,
  blastHeading: '封禁影响排名（单个账户被完全封禁时）',
  blastChartLabel: '每个账户被封后的损失金额和被切断账户数',
  blastValueAxis: (cur: string) => `损失金额（${cur}）`,
  blastCountAxis: '被切断的账户数',
  blastBar: (label: string, money: string, cut: number) => `${label}：损失 ${money}，切断 ${cut} 个账户`,
  blastCut: (n: number) => `切断 ${n}`,
  blastNone: '没有哪个账户被封会影响到其他账户。',
  spofHeading: '单点故障',
  spofIntro: '左列的账户，只要右列任意一个账户被封，就会被切断。',
  spofNone: '没有单点故障。',
  spofCol: '只要封掉其中一个就会被切断',
  pairsHeading: '成对故障（两个账户同时被封）',
  pairsIntro: '左列的账户能扛住任意一个账户被封，但右列这些组合同时被封时会被切断。',
  pairsNone: '没有这样的组合。',
  pairsCol: '同时被封就会被切断的组合',
  recsHeading: '建议（按能保护的价值排序）',
  recsNone: '没有建议：没有可以通过加一条途径来避免的单点故障。',
  recText: (account: string, avoid: string) => `给 ${account} 加一条不经过 ${avoid} 的登录或找回途径`,
  recProtects: (money: string | null, n: number) =>
    `${money ? `可保护 ${money}，` : ''}${n} 个账户不再被切断`,
  print: '打印报告',
};

export type WebRiskText = typeof risk;
