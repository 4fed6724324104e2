/**
 * Risk benchmark (DESIGN §12): the full report (order 2) of a generated 1,000-account map shaped like a family's
 * accounts, and of the largest real case, against their targets (1 s, 50 ms), plus the ratio to the brute-force
 * reference (impact() of every single and pair full ban) measured in the same process.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { type Compiled, compile, impact, parseMap, risk } from '../../src/engine/index.js';
import type { Account, BindingMap, Requirement, Way } from '../../src/model/index.js';
import { bruteForceCutSets } from '../support/naive-risk.js';
import { lcg } from './generate.js';
import { fmt, median } from './stats.js';

/**
 * A map shaped like a person's or a family's (deterministic): ten roots (three numbers, ID card, face, two bank
 * cards, a friend's help, a trusted device, a security key), messengers, payment apps and mailboxes on top of
 * them (QQ mailboxes hosted by QQ), then services with one to three ways each: a code by mail, by SMS, a QQ or
 * WeChat login, SMS plus the ID card, or a login through one of the few services that offer one. Some services
 * recover through a later one, which makes cycles; about a third hold a valued asset.
 */
export function generatePersonMap(n: number, opts: { seed?: number } = {}): BindingMap {
  const rnd = lcg(opts.seed ?? 2024);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const req = (account: string, capability?: string): Requirement =>
    capability ? { account, capability } : { account };
  const accounts: Account[] = [];
  const add = (id: string, kind: Account['kind'], caps: string[], ways: Requirement[][] = []) => {
    const acc: Account = { id, kind, label: id, capabilities: ['access', ...caps] };
    if (ways.length > 0) acc.ways = ways.map((requires): Way => ({ requires }));
    accounts.push(acc);
  };
  const phones = ['phone0', 'phone1', 'phone2'];
  for (const p of phones) add(p, 'phone', ['sms', 'call_in']);
  add('id_card', 'identity', []);
  add('face', 'identity', []);
  add('bank0', 'payment', ['pay']);
  add('bank1', 'payment', ['pay']);
  add('friend_help', 'identity', []);
  add('trusted_device', 'device', []);
  add('security_key', 'device', []);
  const sms = (p: string) => req(p, 'sms');
  add('qq0', 'messenger', ['oauth'], [[sms('phone0')], [req('friend_help')]]);
  add('qq1', 'messenger', ['oauth'], [[sms('phone1')]]);
  add(
    'wechat0',
    'messenger',
    ['oauth', 'pay'],
    [[sms('phone0')], [req('face'), req('id_card')], [req('friend_help')]],
  );
  add('wechat1', 'messenger', ['oauth', 'pay'], [[sms('phone2')], [req('face'), req('id_card')]]);
  add('alipay0', 'payment', ['oauth', 'pay'], [[sms('phone0')], [req('face'), req('id_card')]]);
  add('qqmail0', 'email', ['mail'], [[req('qq0')]]);
  add('qqmail1', 'email', ['mail'], [[req('qq1')]]);
  add('mail163', 'email', ['mail'], [[sms('phone0')], [req('qqmail0', 'mail')]]);
  add('outlook', 'email', ['mail'], [[sms('phone1')], [req('mail163', 'mail')]]);
  add('gmail', 'email', ['mail'], [[req('security_key')], [sms('phone2')]]);
  const emails = ['qqmail0', 'qqmail1', 'mail163', 'outlook', 'gmail'];
  const oauth = ['qq0', 'qq1', 'wechat0', 'wechat1', 'alipay0'];
  const fixed = accounts.length;
  for (let i = fixed; i < n; i++) {
    const isHub = rnd() < 0.05;
    const ways: Requirement[][] = [];
    const count = 1 + Math.floor(rnd() * rnd() * 3);
    for (let k = 0; k < count; k++) {
      const r = rnd();
      const phone = rnd() < 0.7 ? 'phone0' : pick(phones);
      if (r < 0.4) ways.push([req(pick(emails), 'mail')]);
      else if (r < 0.65) ways.push([sms(phone)]);
      else if (r < 0.85) ways.push([req(pick(oauth), 'oauth')]);
      else if (r < 0.93) ways.push([sms(phone), req('id_card')]);
      else ways.push([req(pick(emails), 'mail'), req('trusted_device')]);
    }
    if (rnd() < 0.04 && i + 1 < n) ways.push([req(`s${Math.min(n - 1, i + 1 + Math.floor(rnd() * 30))}`)]);
    add(`s${i}`, 'service', isHub ? ['oauth'] : [], ways);
    if (isHub) oauth.push(`s${i}`);
    if (rnd() < 0.33)
      accounts[accounts.length - 1]!.assets = [
        {
          label: '余额',
          kind: pick(['money', 'device', 'subscription'] as const),
          value: Math.round(rnd() * 2_000_000) / 100,
        },
      ];
  }
  return { version: 1, title: `person-shaped ${n}`, accounts };
}

const time = (fn: () => unknown): number => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

/** Figures of the risk benchmark. */
export function benchRisk(n = 1_000): Record<string, string | number> {
  const map = generatePersonMap(n);
  const requirements = map.accounts.reduce(
    (s, a) => s + (a.ways ?? []).reduce((t, w) => t + w.requires.length, 0),
    0,
  );
  const c = compile(map);
  const report = risk(c);
  const order2 = median(() => risk(compile(map)), 7, 2);
  const order1 = median(() => risk(compile(map), { order: 1 }), 5, 1);
  const order3 = median(() => risk(compile(map), { order: 3 }), 3, 1);

  const parsed = parseMap(JSON.parse(readFileSync('fixtures/qq-permanent-ban-2022.map.json', 'utf8')));
  if (!parsed.ok) throw new Error('fixtures/qq-permanent-ban-2022.map.json is invalid');
  const realCase = median(() => risk(compile(parsed.map)), 21, 5);

  // The brute force takes ~n²/2 impact() calls: exact on a 250-account map of the same shape, and on the
  // 1,000-account map extrapolated from the mean time of 2,000 pair bans.
  const small = generatePersonMap(250);
  const smallRisk = median(() => risk(compile(small)), 5, 1);
  const smallBrute = time(() => bruteForceCutSets(compile(small)));
  const perBan = timePairs(c, 2_000);
  const bigBrute = perBan * ((n * (n - 1)) / 2 + n);
  const counts = Object.values(report.accounts).reduce(
    (s, x) => ({ spof: s.spof + x.spof.length, pairs: s.pairs + x.pairs.length }),
    { spof: 0, pairs: 0 },
  );
  return {
    accounts: n,
    requirements,
    'single points of failure / minimal pairs': `${counts.spof} / ${counts.pairs}`,
    recommendations: report.recommendations.length,
    'risk order 2 (target < 1 s)': fmt(order2),
    'risk order 1': fmt(order1),
    'risk order 3': fmt(order3),
    'largest real case, order 2 (target < 50 ms)': fmt(realCase),
    'brute force 250 accounts (measured)': fmt(smallBrute),
    'risk 250 accounts': fmt(smallRisk),
    'ratio brute force / risk, 250 accounts': Math.round(smallBrute / smallRisk),
    'brute force 1,000 accounts (extrapolated)': `${(bigBrute / 1000).toFixed(0)} s`,
    'ratio brute force / risk, 1,000 accounts': Math.round(bigBrute / order2),
  };
}

/** Mean milliseconds of one pair ban through impact() on `c`, over `k` deterministic pairs. */
function timePairs(c: Compiled, k: number): number {
  const rnd = lcg(99);
  const ids = c.ids;
  const pairs = Array.from({ length: k }, () => [
    ids[Math.floor(rnd() * ids.length)]!,
    ids[Math.floor(rnd() * ids.length)]!,
  ]);
  const t = performance.now();
  for (const [a, b] of pairs) impact(c, [{ account: a! }, { account: b! }]);
  return (performance.now() - t) / k;
}
