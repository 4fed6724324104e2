/**
 * Risk benchmark (DESIGN §12): the full report at orders 1–3 of person-shaped maps (1,000 and 5,000 accounts)
 * and of dense maps (250, 1,000, 5,000 accounts, three random requirements each), the largest real case, and
 * the cut sets against an honest brute force (one plain propagation per single and pair ban), in one process.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { cutSetFamilies } from '../../src/engine/cut-sets.js';
import { type Compiled, compile, parseMap, propagate, risk } from '../../src/engine/index.js';
import type { Account, BindingMap, Requirement, Way } from '../../src/model/index.js';
import { bruteForceCutSets } from '../support/naive-risk.js';
import { generateMap, lcg } from './generate.js';
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

/** Sets of each size in a report's cut sets, summed over accounts. */
function counts(report: ReturnType<typeof risk>): string {
  let spof = 0;
  let pairs = 0;
  let triples = 0;
  for (const x of Object.values(report.accounts)) {
    spof += x.spof.length;
    pairs += x.pairs.length;
    triples += x.triples?.length ?? 0;
  }
  return `${spof} / ${pairs} / ${triples}`;
}

/** Figures of the risk benchmark. */
export function benchRisk(n = 1_000): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  // Person-shaped maps: a family's accounts.
  for (const size of [n, 5_000]) {
    const map = generatePersonMap(size);
    const report = risk(compile(map), { order: 3 });
    out[`person-shaped ${size}: sets of 1 / 2 / 3`] = counts(report);
    out[`person-shaped ${size}: order 1 / 2 / 3`] = [1, 2, 3]
      .map((order) => fmt(median(() => risk(compile(map), { order: order as 1 | 2 | 3 }), 5, 1)))
      .join(' / ');
  }
  out['target: order 2 of 1,000 person-shaped < 1 s'] = fmt(
    median(() => risk(compile(generatePersonMap(n))), 5, 1),
  );

  // Dense maps: every account three random requirements (generate.ts), cycles through forward ways.
  for (const size of [250, 1_000, 5_000]) {
    const map = generateMap(size);
    const c = compile(map);
    const report = risk(c, { order: 3 });
    out[`dense ${size}: sets of 1 / 2 / 3`] = counts(report);
    out[`dense ${size}: full report order 3${size === 5_000 ? ' (target < 2 s)' : ''}`] = fmt(
      median(() => risk(compile(map), { order: 3 }), 3, 1),
    );
    out[`dense ${size}: cut sets alone, order 3`] = fmt(median(() => cutSetFamilies(compile(map), 3), 3, 1));
  }

  const parsed = parseMap(JSON.parse(readFileSync('fixtures/qq-permanent-ban-2022.map.json', 'utf8')));
  if (!parsed.ok) throw new Error('fixtures/qq-permanent-ban-2022.map.json is invalid');
  out['largest real case, order 2 (target < 50 ms)'] = fmt(median(() => risk(compile(parsed.map)), 21, 5));

  // The honest brute force: one plain propagation per single and pair ban (~n²/2 of them), measured on 250
  // person-shaped accounts and extrapolated to 1,000 from the mean time of 2,000 pair propagations.
  const small = compile(generatePersonMap(250));
  const brute = time(() => bruteForceCutSets(small));
  const ours = median(() => cutSetFamilies(compile(generatePersonMap(250)), 2), 5, 1);
  out['brute force 250 person-shaped, order 2 (measured)'] = fmt(brute);
  out['cut sets 250 person-shaped, order 2'] = fmt(ours);
  out['ratio brute force / cut sets, 250'] = Math.round(brute / ours);
  const big = compile(generatePersonMap(n));
  const perBan = timePairs(big, 2_000);
  const bigBrute = perBan * ((n * (n - 1)) / 2 + n);
  const bigOurs = median(() => cutSetFamilies(compile(generatePersonMap(n)), 2), 5, 1);
  out['brute force 1,000 person-shaped (extrapolated)'] = `${(bigBrute / 1000).toFixed(1)} s`;
  out['ratio brute force / cut sets, 1,000'] = Math.round(bigBrute / bigOurs);
  return out;
}

/** Mean milliseconds of one plain propagation of a pair of full bans on `c`, over `k` deterministic pairs. */
function timePairs(c: Compiled, k: number): number {
  const rnd = lcg(99);
  const n = c.ids.length;
  const lost = new Uint8Array(c.slotCap.length);
  const pairs = Array.from({ length: k }, () => [Math.floor(rnd() * n), Math.floor(rnd() * n)] as const);
  const t = performance.now();
  for (const [a, b] of pairs) {
    lost.fill(1, c.slotBase[a]!, c.slotBase[a + 1]!);
    lost.fill(1, c.slotBase[b]!, c.slotBase[b + 1]!);
    propagate(c, lost);
    lost.fill(0);
  }
  return (performance.now() - t) / k;
}
