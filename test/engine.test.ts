// Unit tests of the ban semantics (DESIGN §3) on small hand-made maps.
import { describe, expect, it } from 'vitest';
import { compile, impact, validate } from '../src/engine/index.js';
import type { Account, Ban, BindingMap } from '../src/model/index.js';

const map = (accounts: Account[]): BindingMap => ({ version: 1, accounts });
const run = (m: BindingMap, bans: Ban[]) => impact(compile(m), bans);

const qqWorld = map([
  { id: 'qq', kind: 'messenger', label: 'QQ', capabilities: ['access', 'oauth'] },
  {
    id: 'qqmail',
    kind: 'email',
    label: 'QQ邮箱',
    capabilities: ['mail'],
    ways: [{ requires: [{ account: 'qq' }] }],
  },
  { id: 'phone', kind: 'phone', label: '手机', capabilities: ['sms', 'call_in'] },
  {
    id: 'ms',
    kind: 'service',
    label: 'Microsoft',
    ways: [{ requires: [{ account: 'qqmail', capability: 'mail' }] }],
    assets: [
      { label: 'Surface', kind: 'device', value: 7999.99 },
      { label: 'OneDrive', kind: 'subscription', value: 0.01 },
    ],
  },
  {
    id: 'apple',
    kind: 'service',
    label: 'Apple ID',
    ways: [
      { requires: [{ account: 'qqmail', capability: 'mail' }] },
      { requires: [{ account: 'phone', capability: 'sms' }] },
    ],
    assets: [{ label: 'iPhone', kind: 'device', value: 6000, currency: 'CNY' }],
  },
  {
    id: 'youdao',
    kind: 'service',
    label: '有道',
    ways: [{ requires: [{ account: 'qq', capability: 'oauth' }] }],
  },
]);

describe('impact', () => {
  it('cuts off accounts whose only way needs the banned mailbox', () => {
    const r = run(qqWorld, [{ account: 'qq' }]);
    expect(r.accounts.qq!.status).toBe('banned');
    expect(r.accounts.qqmail!.status).toBe('cut');
    expect(r.accounts.ms).toEqual({
      status: 'cut',
      lost: ['access'],
      kept: [],
      causes: ['qq'],
      because: [{ way: 0, missing: { account: 'qqmail', capability: 'mail' } }],
    });
    expect(r.accounts.youdao!.because).toEqual([{ way: 0, missing: { account: 'qq', capability: 'oauth' } }]);
  });

  it('marks an account degraded when a backup way breaks, and its assets at risk', () => {
    const r = run(qqWorld, [{ account: 'qq' }]);
    expect(r.accounts.apple!.status).toBe('degraded');
    expect(r.accounts.apple!.causes).toEqual(['qq']);
    expect(r.assets.atRisk.map((a) => a.label)).toEqual(['iPhone']);
    expect(r.totals.atRisk).toEqual({ CNY: 6000 });
  });

  it('sums money lost in minor units without float drift', () => {
    const r = run(qqWorld, [{ account: 'qq' }]);
    expect(r.totals.lost).toEqual({ CNY: 8000 });
    expect(r.counts).toEqual({ banned: 1, cut: 3, partial: 0, degraded: 1, ok: 1, unreachable: 0 });
  });

  it('keeps capabilities a partial ban leaves, and marks the account banned', () => {
    const r = run(qqWorld, [{ account: 'phone', lose: ['sms'] }]);
    expect(r.accounts.phone).toMatchObject({ status: 'banned', lost: ['sms'], kept: ['access', 'call_in'] });
    expect(r.accounts.apple!.status).toBe('degraded');
  });

  it('cuts both accounts of a recovery cycle when the root that grounds it is banned (least fixpoint)', () => {
    const m = map([
      { id: 'root', kind: 'phone', label: 'SIM' },
      {
        id: 'x',
        kind: 'email',
        label: 'X',
        ways: [{ requires: [{ account: 'root' }] }, { requires: [{ account: 'y' }] }],
      },
      { id: 'y', kind: 'email', label: 'Y', ways: [{ requires: [{ account: 'x' }] }] },
    ]);
    const r = run(m, [{ account: 'root' }]);
    expect(r.accounts.x!.status).toBe('cut');
    expect(r.accounts.y!.status).toBe('cut');
    expect(r.accounts.y!.causes).toEqual(['root']);
  });

  it('reports a cycle with no way in as unreachable, not as impact', () => {
    const m = map([
      { id: 'x', kind: 'email', label: 'X', ways: [{ requires: [{ account: 'y' }] }] },
      { id: 'y', kind: 'email', label: 'Y', ways: [{ requires: [{ account: 'x' }] }] },
    ]);
    const r = run(m, [{ account: 'x' }]);
    expect(r.accounts.x!.status).toBe('unreachable');
    expect(r.counts.unreachable).toBe(2);
    expect(validate(m).warnings.map((w) => w.code)).toEqual(['unreachable', 'unreachable']);
  });

  it('needs every requirement of a way (AND) and any way (OR)', () => {
    const m = map([
      { id: 'p', kind: 'phone', label: 'P', capabilities: ['sms'] },
      { id: 'id', kind: 'identity', label: 'ID' },
      { id: 'e', kind: 'email', label: 'E', capabilities: ['mail'] },
      {
        id: 'bank',
        kind: 'payment',
        label: 'Bank',
        ways: [
          { requires: [{ account: 'p', capability: 'sms' }, { account: 'id' }] },
          { requires: [{ account: 'e', capability: 'mail' }] },
        ],
      },
    ]);
    expect(run(m, [{ account: 'id' }]).accounts.bank!.status).toBe('degraded');
    expect(run(m, [{ account: 'id' }, { account: 'e' }]).accounts.bank!.status).toBe('cut');
    expect(run(m, [{ account: 'p' }, { account: 'e' }]).accounts.bank!.because).toEqual([
      { way: 0, missing: { account: 'p', capability: 'sms' } },
      { way: 1, missing: { account: 'e', capability: 'mail' } },
    ]);
  });

  it('follows a capability way: bank card → WeChat Pay → ETC', () => {
    const m = map([
      { id: 'card', kind: 'payment', label: '银行卡' },
      {
        id: 'wechat',
        kind: 'messenger',
        label: '微信',
        capabilities: ['pay', 'withdraw'],
        capabilityWays: { pay: [{ requires: [{ account: 'card' }] }] },
      },
      {
        id: 'etc',
        kind: 'service',
        label: 'ETC',
        ways: [{ requires: [{ account: 'wechat', capability: 'pay' }] }],
      },
    ]);
    const r = run(m, [{ account: 'card' }]);
    expect(r.accounts.wechat).toMatchObject({
      status: 'partial',
      lost: ['pay'],
      kept: ['access', 'withdraw'],
      causes: ['card'],
      because: [{ way: 0, capability: 'pay', missing: { account: 'card', capability: 'access' } }],
    });
    expect(r.accounts.etc).toMatchObject({ status: 'cut', causes: ['card'] });
  });

  it('keeps money that needs only withdraw through a WeChat restriction preset', () => {
    const m = map([
      {
        id: 'wechat',
        kind: 'messenger',
        label: '微信',
        provider: 'wechat',
        capabilities: ['pay', 'withdraw', 'chat'],
        assets: [
          { label: '零钱', kind: 'money', value: 1234.56, needs: 'withdraw' },
          { label: '红包', kind: 'money', value: 10, needs: 'pay' },
        ],
      },
    ]);
    const r = run(m, [{ account: 'wechat', preset: 'wechat_restricted_permanent' }]);
    expect(r.bans).toEqual([{ account: 'wechat', lose: ['access', 'chat', 'pay'] }]);
    expect(r.assets.lost.map((a) => a.label)).toEqual(['红包']);
    expect(r.totals.lost).toEqual({ CNY: 10 });
  });

  it('leaves an account that needs call_in alone under a one-way phone suspension', () => {
    const m = map([
      { id: 'cm', kind: 'phone', label: '移动', capabilities: ['sms', 'call_in', 'call_out', 'data'] },
      { id: 'a', kind: 'service', label: 'A', ways: [{ requires: [{ account: 'cm', capability: 'sms' }] }] },
      {
        id: 'b',
        kind: 'service',
        label: 'B',
        ways: [{ requires: [{ account: 'cm', capability: 'call_in' }] }],
      },
    ]);
    const r = run(m, [{ account: 'cm', preset: 'phone_one_way_suspension' }]);
    expect(r.bans[0]!.lose).toEqual(['access', 'call_out', 'data', 'sms']);
    expect(r.accounts.a!.status).toBe('cut');
    expect(r.accounts.b!.status).toBe('ok');
  });

  it('lists every banned account upstream as a cause', () => {
    const r = run(qqWorld, [{ account: 'qq' }, { account: 'qqmail' }]);
    expect(r.accounts.ms!.causes).toEqual(['qq', 'qqmail']);
    expect(r.accounts.qqmail!.causes).toEqual(['qq', 'qqmail']);
  });

  it('handles a 100,000-account chain without overflowing the stack', () => {
    const accounts: Account[] = [{ id: 'c0', kind: 'phone', label: 'c0' }];
    for (let i = 1; i < 100_000; i++)
      accounts.push({
        id: `c${i}`,
        kind: 'service',
        label: `c${i}`,
        ways: [{ requires: [{ account: `c${i - 1}` }] }],
      });
    const r = run(map(accounts), [{ account: 'c0' }]);
    expect(r.counts.cut).toBe(99_999);
    expect(r.accounts.c99999!.causes).toEqual(['c0']);
  });

  it('terminates on a dense web of mutual recovery and cuts all of it when its only root goes', () => {
    const n = 2000;
    const accounts: Account[] = [{ id: 'root', kind: 'phone', label: 'root' }];
    for (let i = 0; i < n; i++)
      accounts.push({
        id: `m${i}`,
        kind: 'email',
        label: `m${i}`,
        ways: [
          { requires: [{ account: `m${(i + 1) % n}` }] },
          { requires: [{ account: `m${(i + 7) % n}` }, { account: `m${(i + 13) % n}` }] },
          ...(i === 0 ? [{ requires: [{ account: 'root' }] }] : []),
        ],
      });
    const c = compile(map(accounts));
    expect(impact(c, []).counts.ok).toBe(n + 1);
    const r = impact(c, [{ account: 'root' }]);
    expect(r.counts.cut).toBe(n);
    expect(r.accounts.m1234!.causes).toEqual(['root']);
  });

  it('sums huge values exactly per currency', () => {
    const m = map([
      {
        id: 'x',
        kind: 'service',
        label: 'x',
        assets: [
          { label: 'a', kind: 'money', value: 1e20 },
          { label: 'b', kind: 'money', value: 0.01 },
          { label: 'c', kind: 'money', value: 100, currency: 'JPY' },
        ],
      },
    ]);
    const r = run(m, [{ account: 'x' }]);
    expect(r.totals.lost).toEqual({ CNY: 1e20, JPY: 100 });
  });
});
