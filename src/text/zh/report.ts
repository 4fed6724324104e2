/** @module 风险报告（Markdown 导出）的中文文字。 */
export const report = {
  title: '风险报告',
  blast: '封禁影响排名',
  account: '账户',
  cut: '切断',
  lost: '损失',
  spof: '单点故障',
  spofBy: '只要封掉其中一个就会被切断',
  recs: '建议',
  none: '无',
  exposure: (share: string) => `总体暴露：${share} 的账户会因为某一个账户被封而被切断。`,
  titled: (title: string) => `风险报告：${title}`,
};

export type ReportText = typeof report;
