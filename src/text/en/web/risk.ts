/** @module The page's risk report. */

import { countOf } from '../../format.js';
import type { WebRiskText } from '../../zh/web/risk.js';
import { ACCOUNTS } from './words.js';

export const risk: WebRiskText = {
  riskHeading: 'Risk report: find the weak spots before a ban happens',
  riskIntro:
    'Every account is assumed to be banned outright, one at a time. The higher in the ranking, the more its ban costs. A single point of failure is an account whose ban alone cuts another account off.',
  riskComputing: 'Computing the risk report…',
  riskUnavailable: 'This version of the engine cannot compute the risk report yet.',
  riskEmpty: 'The map has no accounts: nothing to analyse.',
  exposure: 'Exposure',
  exposureAccounts: (pct: string) => `${pct} of accounts are cut off by some single ban`,
  exposureShare: (pct: string, currency: string) => `${pct} (${currency})`,
  exposureValue: (shares: string) => `Share of asset value that some single ban takes: ${shares}`,
  blastHeading: 'Blast radius (each account banned outright)',
  blastChartLabel: 'Money lost and accounts cut off when each account is banned',
  blastValueAxis: (cur: string) => `Money lost (${cur})`,
  blastCountAxis: 'Accounts cut off',
  blastBar: (label: string, money: string, cut: number) =>
    `${label}: ${money} lost, ${countOf(cut, 'en', ACCOUNTS)} cut off`,
  blastCut: (n: number) => `${n} cut`,
  blastNone: 'No single ban affects any other account.',
  spofHeading: 'Single points of failure',
  spofIntro: 'The account on the left is cut off if any one account on the right is banned.',
  spofNone: 'No single points of failure.',
  spofCol: 'Cut off by the ban of any one of',
  pairsHeading: 'Pairs (two accounts banned together)',
  pairsIntro:
    'The account on the left survives any single ban, but is cut off when both accounts of a pair are banned.',
  pairsNone: 'No such pairs.',
  pairsCol: 'Cut off when both are banned',
  recsHeading: 'Recommendations (ranked by what they protect)',
  recsNone: 'No recommendations: no single point of failure can be avoided by adding a way in.',
  recText: (account: string, avoid: string) => `Give ${account} a way in that does not go through ${avoid}`,
  recProtects: (money: string | null, n: number) =>
    `${money ? `protects ${money}; ` : ''}${countOf(n, 'en', ACCOUNTS)} no longer cut off`,
  print: 'Print the report',
};
