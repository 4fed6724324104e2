/**
 * @module Importance in words (DESIGN §4): for each account, how many of its minimal cut sets hold each other
 * account ("QQ Mail is in 7 of the 9 ways you can lose Apple ID"), and the accounts in the most cut sets of
 * others over the whole map.
 */
import type { CutSets, Importance, OverallImportance } from '../model/index.js';

const byId = (p: { account: string }, q: { account: string }) =>
  p.account < q.account ? -1 : p.account > q.account ? 1 : 0;
const byCount = (p: { account: string; sets: number }, q: { account: string; sets: number }) =>
  q.sets - p.sets || byId(p, q);

/** The importance of one account's members, from its cut sets. */
export function importanceOf(cut: CutSets): Importance {
  const counts = new Map<string, number>();
  const all: (readonly string[])[] = [...cut.spof.map((a) => [a]), ...cut.pairs, ...(cut.triples ?? [])];
  for (const set of all) for (const a of set) counts.set(a, (counts.get(a) ?? 0) + 1);
  const members = [...counts].map(([account, sets]) => ({ account, sets })).sort(byCount);
  return { sets: all.length, members };
}

/** Accounts by how many cut sets of other accounts hold them, then by how many accounts, then id. */
export function overallImportance(byAccount: Readonly<Record<string, Importance>>): OverallImportance[] {
  const sets = new Map<string, number>();
  const accounts = new Map<string, number>();
  for (const imp of Object.values(byAccount))
    for (const m of imp.members) {
      sets.set(m.account, (sets.get(m.account) ?? 0) + m.sets);
      accounts.set(m.account, (accounts.get(m.account) ?? 0) + 1);
    }
  return [...sets]
    .map(([account, n]) => ({ account, sets: n, accounts: accounts.get(account)! }))
    .sort((p, q) => q.sets - p.sets || q.accounts - p.accounts || byId(p, q));
}
