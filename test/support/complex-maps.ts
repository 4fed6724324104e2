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

/**
 * `m` accounts hanging off the same 64 roots (the schema's most ways, and requirements per way): each with one
 * way per root (`'or'`) or one way needing all of them (`'and'`): the widest fan-in a map may have.
 */
export function fanInMap(m: number, fan: 'or' | 'and'): BindingMap {
  const roots = Array.from(
    { length: 64 },
    (_, i): Account => ({ id: `r${i}`, kind: 'device', label: `R${i}` }),
  );
  const reqs = roots.map((r) => ({ account: r.id }));
  const ways = fan === 'or' ? reqs.map((r) => ({ requires: [r] })) : [{ requires: reqs }];
  const xs = Array.from(
    { length: m },
    (_, j): Account => ({ id: `x${j}`, kind: 'service', label: `X${j}`, ways }),
  );
  return { version: 1, title: `fan-in ${fan} ${m}`, accounts: [...roots, ...xs] };
}

/**
 * A ring of `n` accounts that recover each other (each has ways through the `span` accounts after it), held
 * up by `roots` roots that every `step`-th account also opens with: one big component of mutual recovery.
 */
export function recoveryRingMap(n: number, span: number, roots: number, step: number): BindingMap {
  const accounts: Account[] = [];
  for (let i = 0; i < roots; i++) accounts.push({ id: `r${i}`, kind: 'phone', label: `R${i}` });
  for (let i = 0; i < n; i++) {
    const ways = Array.from({ length: span }, (_, k) => ({ requires: [{ account: `m${(i + 1 + k) % n}` }] }));
    if (i % step === 0) ways.push({ requires: [{ account: `r${i % roots}` }] });
    accounts.push({ id: `m${i}`, kind: 'service', label: `M${i}`, ways });
  }
  return { version: 1, title: `recovery ring ${n}`, accounts };
}

/**
 * `n` services, each with `caps` capabilities whose capability ways each need one of `roots` roots (and
 * access through a root too): many capability ways, so partial bans everywhere.
 */
export function capabilityWaysMap(n: number, caps: number, roots: number): BindingMap {
  const capNames = Array.from({ length: caps }, (_, k) => `cap${k}`);
  const accounts: Account[] = [];
  for (let i = 0; i < roots; i++) accounts.push({ id: `r${i}`, kind: 'phone', label: `R${i}` });
  for (let i = 0; i < n; i++) {
    const capabilityWays: Record<string, { requires: { account: string }[] }[]> = {};
    capNames.forEach((cap, k) => {
      capabilityWays[cap] = [{ requires: [{ account: `r${(i + k) % roots}` }] }];
    });
    accounts.push({
      id: `s${i}`,
      kind: 'service',
      label: `S${i}`,
      capabilities: ['access', ...capNames],
      ways: [
        { requires: [{ account: `r${i % roots}` }] },
        { requires: [{ account: `s${(i + 1) % n}`, capability: 'cap0' }] },
      ],
      capabilityWays,
    });
  }
  return { version: 1, title: `capability ways ${n}`, accounts };
}

/**
 * `emails` mailboxes and `services` services, each service with `per` ways, each by mail from another mailbox:
 * a stranger holding any one mailbox takes every service with a way through it, and each of those is a fix to
 * value (the takeover ranking's most work).
 */
export function mailboxStarMap(emails: number, services: number, per: number): BindingMap {
  const accounts: Account[] = [];
  for (let e = 0; e < emails; e++)
    accounts.push({ id: `e${e}`, kind: 'email', label: `E${e}`, capabilities: ['access', 'mail'] });
  for (let s = 0; s < services; s++)
    accounts.push({
      id: `s${s}`,
      kind: 'service',
      label: `S${s}`,
      ways: Array.from({ length: per }, (_, k) => ({
        requires: [{ account: `e${(s * per + k) % emails}`, capability: 'mail' }],
      })),
      assets: [{ label: 'balance', kind: 'money', value: 10 }],
    });
  return { version: 1, title: `mailbox star ${emails}×${services}`, accounts };
}
