// Adversarial maps inside the API's risk caps (issue 13: "no input within the caps crashes or runs past 30 s;
// beyond them, a 413 or exit 1 with the reason"): each shape gives either a full report or map_too_complex
// with the limit hit, never a crash. The outcome kind is asserted, not a time (bench: test/bench/).
import { describe, expect, it } from 'vitest';
import { countWork, RISK_CAPS } from '../src/api/caps.js';
import { compile, parseMap, risk, TooComplexError } from '../src/engine/index.js';
import type { BindingMap, Risk, RiskOrder } from '../src/model/index.js';
import { chainMap, fanInMap, mailboxStarMap, recoveryRingMap, wideChainMap } from './support/complex-maps.js';

/** The report, or the limit that stopped it; the map must be valid and inside the order's cap. */
function outcome(map: BindingMap, order: RiskOrder): Risk | TooComplexError {
  const work = countWork(map);
  expect(work.accounts).toBeLessThanOrEqual(RISK_CAPS[order].accounts);
  expect(work.requirements).toBeLessThanOrEqual(RISK_CAPS[order].requirements);
  const parsed = parseMap(map);
  if (!parsed.ok) throw new Error(`invalid map ${map.title}`);
  try {
    return risk(compile(parsed.map), { order, takeover: true });
  } catch (e) {
    if (e instanceof TooComplexError) return e;
    throw e;
  }
}

describe('risk on adversarial maps inside the caps', { timeout: 120_000 }, () => {
  it('a chain as long as the order-3 cap: too many sets to hold (4.5 million single points of failure)', () => {
    const r = outcome(chainMap(RISK_CAPS[3].accounts), 3);
    expect(r).toBeInstanceOf(TooComplexError);
    expect((r as TooComplexError).issue.params).toMatchObject({ order: 3, reason: 'sets' });
  });

  it('a chain of 1,000: the full report, each account told to stop depending on the one before', () => {
    const r = outcome(chainMap(1_000), 2) as Risk;
    expect(r.accounts.c999!.spof).toHaveLength(999);
    expect(r.blastRadius[0]).toMatchObject({ account: 'c0', cut: 999 });
    expect(r.recommendations).toHaveLength(999);
    expect(r.recommendations.every((x) => x.avoid === `c${Number(x.account.slice(1)) - 1}`)).toBe(true);
  });

  it('three ways of 15 roots each under a chain at the order-3 cap: too many triples to hold', () => {
    const r = outcome(wideChainMap(15, RISK_CAPS[3].accounts - 45, 3), 3);
    expect(r).toBeInstanceOf(TooComplexError);
    expect((r as TooComplexError).issue.params).toMatchObject({ order: 3, reason: 'sets' });
  });

  it('one big component of mutual recovery (4,989 accounts) opened from one root: the report, the root cutting all', () => {
    const r = outcome(recoveryRingMap(4_989, 4, 1, 1_000), 2) as Risk;
    expect(r.blastRadius[0]).toMatchObject({ account: 'r0', cut: 4_989 });
    expect(r.accounts.m1!.spof).toEqual(['r0']);
  });

  it('the widest fan-in the schema allows at the order-2 cap: every root a single point of failure of each', () => {
    const r = outcome(fanInMap(312, 'and'), 2) as Risk;
    expect(r.accounts.x0!.spof).toHaveLength(64);
    expect(r.recommendations).toHaveLength(312 * 64);
  });

  it('1,000 mailboxes and 4,000 services on them at the order-1 cap: each mailbox’s takeover with 24 fixes', () => {
    const r = outcome(mailboxStarMap(1_000, 4_000, 6), 1) as Risk;
    expect(r.takeover).toHaveLength(1_000);
    expect(r.takeover!.every((t) => t.taken.length === 24 && t.fixes.length === 24)).toBe(true);
    expect(r.takeover![0]!.fixes[0]!.protects).toEqual({ CNY: 10 });
  });
});
