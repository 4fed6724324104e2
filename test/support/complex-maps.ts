/**
 * Maps whose risk report is hard within the API's caps (issue 13): a chain of accounts each needing the one
 * before, and a chain hanging off an account with two ways of many roots each (its k² minimal pairs, or k³
 * triples with three ways, are inherited all along the chain, so the report holds millions of sets).
 */
import type { Account, BindingMap } from '../../src/model/index.js';

/** `n` accounts, each (but the first, a root) with one way: the account before it. */
export function chainMap(n: number): BindingMap {
  return {
    version: 1,
    title: `chain ${n}`,
    accounts: Array.from(
      { length: n },
      (_, i): Account => ({
        id: `c${i}`,
        kind: 'service',
        label: `C${i}`,
        ...(i === 0 ? {} : { ways: [{ requires: [{ account: `c${i - 1}` }] }] }),
      }),
    ),
  };
}

/**
 * `ways` × `k` roots; `x0` has `ways` ways, each needing `k` roots of its own (k^ways minimal cut sets of
 * `ways` members); `x1` … `x{m-1}` each need the one before and inherit them all.
 */
export function wideChainMap(k: number, m: number, ways = 2): BindingMap {
  const accounts: Account[] = [];
  for (let i = 0; i < ways * k; i++) accounts.push({ id: `r${i}`, kind: 'device', label: `R${i}` });
  accounts.push({
    id: 'x0',
    kind: 'service',
    label: 'X0',
    ways: Array.from({ length: ways }, (_, w) => ({
      requires: Array.from({ length: k }, (_, i) => ({ account: `r${w * k + i}` })),
    })),
  });
  for (let j = 1; j < m; j++)
    accounts.push({
      id: `x${j}`,
      kind: 'service',
      label: `X${j}`,
      ways: [{ requires: [{ account: `x${j - 1}` }] }],
    });
  return { version: 1, title: `wide chain ${k}×${m}`, accounts };
}
