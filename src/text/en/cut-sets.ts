/** @module Minimal cut sets in English words: "QQ Mail is in 7 of the 9 ways you can lose Apple ID", and "how can I lose X?". */
import type { TooComplexReason } from '../../model/index.js';
import { countOf } from '../format.js';
import type { CutSetsText } from '../zh/cut-sets.js';

const ways = (n: number) => countOf(n, 'en', { one: 'way', other: 'ways' });

export const cutSets: CutSetsText = {
  inWays: (member: string, n: number, total: number, target: string) =>
    total === 1
      ? `${member} is in the only way you can lose ${target}`
      : n === total
        ? `${member} is in all ${total} ways you can lose ${target}`
        : `${member} is in ${n} of the ${total} ways you can lose ${target}`,
  overall: (member: string, sets: number, accounts: number) =>
    `${member}: in ${ways(sets)} to lose ${countOf(accounts, 'en', { one: 'account', other: 'accounts' })}`,
  importanceHeading: 'What most often takes an account down',
  overallHeading: 'Accounts in the most ways to lose others',
  targetHeading: (target: string, order: number) =>
    `How you can lose ${target} (bans of up to ${order} accounts together)`,
  targetUnreachable: 'It cannot be reached even with no ban: check its ways in.',
  targetNone: (order: number) =>
    `No ban of up to ${countOf(order, 'en', { one: 'account', other: 'accounts' })} cuts it off.`,
  targetCount: (total: number) => `${ways(total)} in all:`,
  single: 'Any one of these banned:',
  pairs: 'These two banned together:',
  triples: 'These three banned together:',
  and: ' + ',
  tooComplex: (order: number, reason: TooComplexReason) =>
    `the map is too complex for a risk report of order ${order} (${reason === 'work' ? 'too many steps' : reason === 'sets' ? 'too many cut sets' : reason === 'recommendations' ? 'too many steps to value the recommendations: long chains of accounts' : 'too many accounts'}): ${order > 1 && reason !== 'recommendations' ? `use --order ${order - 1}, --target for one account, or a smaller map` : 'use --target for one account, or a smaller map'}`,
};
