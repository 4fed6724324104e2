/** @module English sentences that explain an impact: capabilities and ways by name, never by code or number. */
import type { Catalogue } from '../catalogue.js';

export const impact: Catalogue['impact'] = {
  onlyWay: (recovery) => (recovery ? 'the only way to recover it' : 'the only way in'),
  oneWay: (recovery) => (recovery ? 'one way to recover it' : 'one way in'),
  onlyCapWay: (cap) => `the only way to get “${cap}”`,
  oneCapWay: (cap) => `one way to get “${cap}”`,
  labelled: (which, label) => `${which} (${label})`,
  needsAccount: (which, account) => `${which} needs “${account}”`,
  needsCap: (which, account, cap, noun) => `${which} needs “${account}” ${noun ? 'for' : 'to'} ${cap}`,
  whichIsBanned: ', which is banned',
  becauseBanned: (causes, n) => `, and ${causes} ${n > 1 ? 'are' : 'is'} banned`,
  bannedItself: (lost, kept) => `banned itself. Lost: ${lost}${kept ? `. Still works: ${kept}` : ''}`,
  nothing: '(nothing)',
  degraded: 'still reachable, but a backup way is gone',
  quote: (s) => `“${s}”`,
  keptBy: (cap) => `kept by “${cap}”, which still works`,
  keptHeading: 'What you keep',
  keptMoney: 'Money kept',
  keptHeadline: (money) => `No money lost: ${money} is still there and can be taken out`,
  nothingLost: 'No account is cut off and no money is lost',
  bans: (list) => `Bans: ${list}`,
  ban: (label, id, lost) => `${label} (${id}: ${lost})`,
  banSeparator: '; ',
  account: (label, id) => `${label} (${id})`,
  asset: (account, label, value, kept) =>
    `${account}: ${label}${value === undefined ? '' : ` (${value})`}${kept === undefined ? '' : ` — ${kept}`}`,
  header: ['Status', 'Account', 'Lost', 'Why'],
  noneAffected: 'No account is affected.',
  counts: (c) =>
    `${c.banned} banned, ${c.cut} cut off, ${c.partial} partial, ${c.degraded} degraded, ${c.ok} ok${c.unreachable ? `, ${c.unreachable} unreachable before any ban` : ''}`,
  heading: (title) => `${title}:`,
  lostHeading: 'Assets lost',
  atRiskHeading: 'Assets at risk (a backup route is gone)',
  moneyLost: (money) => `Money lost: ${money}`,
  moneyAtRisk: (money) => `Money at risk: ${money}`,
};
