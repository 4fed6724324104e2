/** @module The words of the risk report (the Markdown export) in English. */
import type { ReportText } from '../zh/report.js';

export const report: ReportText = {
  title: 'Risk report',
  blast: 'Blast radius',
  account: 'Account',
  cut: 'Cut off',
  lost: 'Lost',
  spof: 'Single points of failure',
  spofBy: 'Cut off by the ban of any one of',
  recs: 'Recommendations',
  none: 'none',
  exposure: (share: string) => `Exposure: ${share} of accounts are cut off by some single ban.`,
  titled: (title: string) => `Risk report: ${title}`,
};
