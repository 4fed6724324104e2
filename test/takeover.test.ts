// Takeover (DESIGN §4b): what a stranger holding a recycled number or a leaked mailbox gets into.
import { describe, expect, it } from 'vitest';
import { compile, takeover } from '../src/engine/index.js';
import { type BindingMap, TakeoverSchema } from '../src/model/index.js';

const sms = { account: 'phone', capability: 'sms' };
const MAP: BindingMap = {
  version: 1,
  accounts: [
    { id: 'phone', kind: 'phone', label: '139****1234', capabilities: ['access', 'sms', 'call_in'] },
    {
      id: 'alipay',
      kind: 'payment',
      label: '支付宝',
      capabilities: ['access', 'pay', 'withdraw'],
      ways: [
        { label: 'password + SMS', requires: [sms], secret: true },
        { label: 'SMS code login', requires: [sms] },
      ],
      assets: [{ label: '余额宝', kind: 'money', value: 5000, needs: 'withdraw' }],
    },
    {
      id: 'wechat',
      kind: 'messenger',
      label: '微信',
      ways: [{ label: 'password, SMS on a new device', requires: [sms], secret: true }, { requires: [] }],
      assets: [{ label: '零钱', kind: 'money', value: 800 }],
    },
    {
      id: 'mail',
      kind: 'email',
      label: '163 邮箱',
      capabilities: ['access', 'mail'],
      ways: [
        { label: 'password', requires: [] },
        { label: 'reset by SMS', purpose: 'recovery', requires: [sms] },
      ],
    },
    {
      id: 'apple',
      kind: 'service',
      label: 'Apple ID',
      capabilities: ['access', 'pay'],
      ways: [{ label: 'password + code', requires: [{ account: 'mail', capability: 'mail' }], secret: true }],
      capabilityWays: { pay: [{ label: 'card by SMS', requires: [sms] }] },
      assets: [{ label: 'iPhone', kind: 'device', value: 6000, currency: 'CNY' }],
    },
    { id: 'idcard', kind: 'identity', label: '身份证' },
  ],
};
const c = compile(MAP);

describe('takeover of a recycled number', () => {
  const t = takeover(c, [{ account: 'phone' }]);

  it('takes every app that logs in by an SMS code alone, with the way it got in', () => {
    expect(t.accounts.alipay).toEqual({
      status: 'taken',
      takes: ['access', 'pay', 'withdraw'],
      via: { way: 1 },
    });
    expect(t.accounts.mail).toEqual({ status: 'taken', takes: ['access', 'mail'], via: { way: 1 } });
  });

  it('leaves ways that also need a password closed, and an unheld root untouched', () => {
    expect(t.accounts.wechat).toEqual({ status: 'safe', takes: [] });
    expect(t.accounts.idcard).toEqual({ status: 'safe', takes: [] });
  });

  it('follows a taken mailbox further, but never through a secret way', () => {
    expect(t.accounts.apple).toEqual({ status: 'safe', takes: [] });
  });

  it('lists the held account and sums the exposed assets per currency', () => {
    expect(t.holds).toEqual([{ account: 'phone', capabilities: ['access', 'call_in', 'sms'] }]);
    expect(t.accounts.phone).toEqual({ status: 'held', takes: ['access', 'call_in', 'sms'] });
    expect(t.assets.exposed.map((a) => `${a.account}:${a.label}`)).toEqual(['alipay:余额宝']);
    expect(t.totals.exposed).toEqual({ CNY: 5000 });
    expect(t.counts).toEqual({ held: 1, taken: 2, safe: 3 });
    expect(TakeoverSchema.parse(t)).toEqual(t);
  });
});

describe('takeover with known passwords and partial holds', () => {
  it('opens secret and empty ways of an account whose password leaked', () => {
    const t = takeover(c, [{ account: 'phone' }], ['wechat', 'apple']);
    expect(t.knows).toEqual(['apple', 'wechat']);
    expect(t.accounts.wechat).toEqual({ status: 'taken', takes: ['access'], via: { way: 0 } });
    expect(t.accounts.apple!.status).toBe('taken');
    expect(t.totals.exposed).toEqual({ CNY: 11800 });
  });

  it('gets in with a leaked password alone when the way needs nothing else', () => {
    const t = takeover(c, [], ['mail']);
    expect(t.accounts.mail).toEqual({ status: 'taken', takes: ['access', 'mail'], via: { way: 0 } });
    expect(t.accounts.phone!.status).toBe('safe');
  });

  it('gives only the held capability of a partial hold, and notes a capability way it opens', () => {
    const t = takeover(c, [
      { account: 'phone', capabilities: ['sms'] },
      { account: 'apple', capabilities: ['access'] },
    ]);
    expect(t.accounts.phone).toEqual({ status: 'held', takes: ['sms'] });
    expect(t.accounts.apple).toEqual({
      status: 'held',
      takes: ['access'],
      via: { way: 0, capabilityWay: 'pay' },
    });
    expect(t.accounts.alipay!.status).toBe('taken');
  });

  it('takes no capability whose capability ways are all closed, even of a reached account', () => {
    const t = takeover(c, [{ account: 'mail' }], ['apple']);
    expect(t.accounts.apple).toEqual({ status: 'taken', takes: ['access'], via: { way: 0 } });
  });
});
