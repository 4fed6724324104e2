// The takeover ranking of the risk report (DESIGN §4b): for every phone and email account, what a stranger
// holding it whole takes, and the actions that close the ways it opens.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, MAX_FIXES_VALUED, risk, takeover, takeoverRanking } from '../src/engine/index.js';
import { type BindingMap, RiskSchema } from '../src/model/index.js';
import { naiveTakeover } from './support/naive-takeover.js';
import { secretMapArb } from './support/takeover-arbitrary.js';

const sms = { account: 'phone', capability: 'sms' };
const MAP: BindingMap = {
  version: 1,
  accounts: [
    { id: 'phone', kind: 'phone', label: '13912341234', capabilities: ['access', 'sms'] },
    {
      id: 'alipay',
      kind: 'payment',
      label: 'Alipay',
      ways: [
        { label: 'password + SMS', requires: [sms], secret: true },
        { label: 'SMS code login', requires: [sms] },
      ],
      assets: [{ label: '余额宝', kind: 'money', value: 5000 }],
    },
    {
      id: 'mail',
      kind: 'email',
      label: 'me@163.com',
      capabilities: ['access', 'mail'],
      ways: [{ requires: [] }, { label: 'reset by SMS', requires: [sms] }],
    },
    {
      id: 'steam',
      kind: 'service',
      label: 'Steam',
      ways: [{ label: 'code by mail', requires: [{ account: 'mail', capability: 'mail' }] }],
      assets: [{ label: 'games', kind: 'other', value: 800, currency: 'USD' }],
    },
    { id: 'wechat', kind: 'messenger', label: 'WeChat', ways: [{ requires: [sms], secret: true }] },
  ],
};

describe('takeover ranking', () => {
  const ranking = takeoverRanking(compile(MAP));

  it('lists every phone and email account with what a stranger holding it takes, by money exposed', () => {
    expect(ranking.map((r) => [r.account, r.taken, r.exposed])).toEqual([
      ['phone', ['alipay', 'mail', 'steam'], { CNY: 5000, USD: 800 }],
      ['mail', ['steam'], { USD: 800 }],
    ]);
  });

  it('recommends closing the ways that open to the new owner, most money first, with masked numbers', () => {
    const fixes = ranking[0]!.fixes;
    expect(fixes.map((f) => [f.account, f.way, f.saves, f.protects])).toEqual([
      ['alipay', { way: 1 }, ['alipay'], { CNY: 5000 }],
      ['mail', { way: 1 }, ['mail', 'steam'], { USD: 800 }],
    ]);
    // Alipay here has no provider, so no 2fa.directory data says SMS login can be turned off.
    expect(fixes[0]!.text).toBe(
      'Alipay: turn off “SMS code login” or add a password if it lets you, otherwise bind it to a number you will keep — a new owner of 139****1234 could get in',
    );
    expect(fixes[0]!.textZh).toBe(
      'Alipay：能关就关掉“SMS code login”或者加上密码，关不掉就换绑到一个你会一直留着的号码——“139****1234”的新机主就能登录',
    );
    expect(ranking[1]!.fixes[0]!.text).toBe(
      'Steam: turn off “code by mail” or add a password — whoever gets into m*@163.com could get in',
    );
  });

  it('advises turning SMS off only where 2fa.directory says the site offers more than SMS and does not require it', () => {
    const smsLogin = [{ label: 'SMS code login', requires: [sms] }];
    const map: BindingMap = {
      version: 1,
      accounts: [
        MAP.accounts[0]!,
        { id: 'gh', kind: 'service', label: 'GitHub', provider: 'github', ways: smsLogin },
        { id: 'amz', kind: 'service', label: 'Amazon', provider: 'amazon', ways: smsLogin },
      ],
    };
    const byAccount = new Map(takeoverRanking(compile(map))[0]!.fixes.map((f) => [f.account, f]));
    expect(byAccount.get('gh')!.text).toBe(
      'GitHub: turn off “SMS code login” or add a password — a new owner of 139****1234 could get in',
    );
    expect(byAccount.get('amz')!.text).toBe(
      'Amazon: it requires SMS, so bind it to a number you will keep before you let 139****1234 go — a new owner could get in through “SMS code login”',
    );
    expect(byAccount.get('amz')!.textZh).toBe(
      'Amazon：它必须用短信验证，放掉“139****1234”之前先换绑到一个你会一直留着的号码——否则新机主能经由“SMS code login”登录',
    );
  });

  it('is part of the risk report only when asked for, and fits the Risk schema', () => {
    const c = compile(MAP);
    expect(risk(c).takeover).toBeUndefined();
    const r = risk(c, { takeover: true });
    expect(r.takeover).toEqual(ranking);
    expect(RiskSchema.parse(r)).toEqual(r);
  });

  it('agrees with takeover and with a naive re-run of each fix on random maps', () => {
    fc.assert(
      fc.property(
        secretMapArb(6).map((m) => ({
          ...m,
          accounts: m.accounts.map((a, i) =>
            i % 2 === 0 ? { ...a, kind: i % 4 === 0 ? ('phone' as const) : ('email' as const) } : a,
          ),
        })),
        (map) => {
          const c = compile(map);
          for (const entry of takeoverRanking(c)) {
            const t = takeover(c, [{ account: entry.account }]);
            const taken = Object.keys(t.accounts).filter((id) => t.accounts[id]!.status === 'taken');
            expect(entry.taken).toEqual(taken);
            expect(entry.exposed).toEqual(t.totals.exposed);
            expect(entry.fixes.length).toBeLessThanOrEqual(MAX_FIXES_VALUED);
            for (const fix of entry.fixes) {
              // Closing every open way of the account that needs the held account directly, by hand.
              const closed = structuredClone(map);
              const acc = closed.accounts.find((a) => a.id === fix.account)!;
              for (const w of [...(acc.ways ?? []), ...Object.values(acc.capabilityWays ?? {}).flat()])
                if (w.requires.some((r) => r.account === entry.account)) w.secret = true;
              const after = naiveTakeover(closed, [{ account: entry.account }]);
              const still = taken.filter((id) => after.accounts[id]!.status === 'taken');
              expect(fix.saves).toEqual(taken.filter((id) => !still.includes(id)));
              // What it protects: the money exposed now and not once the ways are closed.
              const cents = (t: Record<string, number>) =>
                Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v * 100)]));
              const now = cents(entry.exposed);
              const later = cents(after.totals.exposed);
              const diff = Object.fromEntries(
                Object.entries(now)
                  .map(([k, v]) => [k, v - (later[k] ?? 0)] as const)
                  .filter(([k, v]) => v !== 0 || fix.protects[k] !== undefined),
              );
              expect(cents(fix.protects)).toEqual(diff);
              expect(fix.saves.length).toBeGreaterThan(0);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
