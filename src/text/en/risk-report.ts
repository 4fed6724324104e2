/** @module The risk report in the terminal (banradius risk) in English: what to fix first, blast radius, single points of failure, pairs, exposure. */
import { countOf } from '../format.js';
import type { RiskReportText } from '../zh/risk-report.js';

export const riskReport: RiskReportText = {
  title: (title) => (title ? `Risk report: ${title}` : 'Risk report'),
  summary: (accounts, reachable) =>
    `${countOf(accounts, 'en', { one: 'account', other: 'accounts' })}, ${reachable} reachable now. Every ban below is a full ban: the account loses everything.`,
  more: (n) => `(${n} more: see --json)`,
  fixFirst: 'What to fix first',
  nothingToFix: 'Nothing to fix: no account you can add a way into is cut off by the ban of another.',
  blastHeading: 'Largest blast radius: what one ban takes down',
  noBlast: 'No single ban affects anything else.',
  blastHeader: ['If this is banned', 'Cut off', 'Partial', 'Degraded', 'Money lost'],
  spofHeading: 'Single points of failure: any one of these banned cuts the account off',
  noSpof: 'None.',
  spofHeader: ['Account', 'Value held', 'Cut off by a ban of'],
  pairsHeading: 'Cut off only when two accounts are banned together',
  pairsHeader: ['Account', 'Value held', 'Pairs of bans'],
  pair: (a, b) => `${a} + ${b}`,
  pairSeparator: '; ',
  pairsMore: ' …',
  triples: (n) =>
    `${countOf(n, 'en', { one: 'account is', other: 'accounts are' })} cut off only by three bans together (see --json).`,
  exposureHeading: 'Exposure',
  exposureAccounts: (cut, reachable, share) =>
    `${cut} of ${reachable} reachable accounts (${share}) can be cut off by the ban of one other account.`,
  exposureValue: (currency, share) =>
    `${share} of the ${currency} asset value can be lost through the ban of one other account.`,
};
