/** @module Takeover (a stranger holding a number or a mailbox) and timelines in English: statuses, advice, CLI headers. */
import type { TakeoverText } from '../zh/takeover.js';

export const takeover: TakeoverText = {
  status: { held: 'held by a stranger', taken: 'taken over', safe: 'safe' },
  fix: (account, way, holder, phone) =>
    `${account}: turn off “${way}” or add a password — ${phone ? `a new owner of ${holder}` : `whoever gets into ${holder}`} could get in`,
  fixIfPossible: (account, way, holder) =>
    `${account}: turn off “${way}” or add a password if it lets you, otherwise bind it to a number you will keep — a new owner of ${holder} could get in`,
  fixSmsRequired: (account, way, holder) =>
    `${account}: it requires SMS, so bind it to a number you will keep before you let ${holder} go — a new owner could get in through “${way}”`,
  via: (way) => `through “${way}”`,
  viaCapability: (way, cap) => `through “${way}” (for ${cap} only)`,
  header: { status: 'Status', account: 'Account', takes: 'Takes', via: 'How' },
  holds: 'Held by a stranger',
  knows: 'Passwords known',
  none: 'No account is taken over.',
  counts: (held, taken, safe) => `${held} held, ${taken} taken over, ${safe} safe`,
  exposed: 'Assets exposed',
  exposedTotal: 'Money exposed',
  ranking: {
    title: 'Who else gets in (a recycled number, a leaked mailbox)',
    line: (holder, taken, money) => `whoever holds ${holder} gets into ${taken} account(s), ${money} exposed`,
  },
  timeline: {
    header: { day: 'Day', step: 'Step', cut: 'Newly cut off', taken: 'Newly taken', act: 'Act before' },
    day: (d) => `day ${d}`,
    actBefore: (account, day) => `move ${account} off it or add a password before day ${day}`,
    source: 'Source',
    title: 'Timeline',
    pick: 'What happens, day by day',
    off: '(no timeline)',
    steps: 'Steps',
    nothing: 'Nothing to move before this step.',
    newly: (what, names) => `${what}: ${names}`,
    more: (n) => `${n} more`,
  },
  panel: {
    legendTitle: 'A stranger with a number or mailbox',
    title: 'Who else gets in',
    pick: 'If a stranger gets this number or mailbox',
    nobody: '(no simulation)',
    none: 'This map has no phone number or mailbox.',
    takes: (account, caps) => `${account}: gets ${caps}`,
    heldLine: (account) => `${account}: held by the stranger`,
    summary: (holder, taken) => `Whoever holds ${holder} also gets into ${taken} account(s):`,
    money: (money) => `Money exposed: ${money}`,
    noMoney: 'No asset with a value is exposed.',
  },
};
