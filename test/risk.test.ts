// The risk report on small hand-made maps: cut sets of each order, which recommendations are made and how they
// read, exposure, ranking, and agreement with a brute force over impact() on a generated person-sized map.
import { describe, expect, it } from 'vitest';
import { compile, impact, risk, targetRisk } from '../src/engine/index.js';
import type { Account, BindingMap } from '../src/model/index.js';
import { generatePersonMap } from './bench/risk.bench.js';
import { bruteForceCutSets } from './support/naive-risk.js';

const mapOf = (...accounts: Account[]): BindingMap => ({ version: 1, accounts });
const root = (id: string, caps: string[] = [], kind: Account['kind'] = 'phone'): Account => ({
  id,
  kind,
  label: id,
  capabilities: ['access', ...caps],
});
const via = (id: string, ways: [string, string?][][], more: Partial<Account> = {}): Account => ({
  id,
  kind: 'service',
  label: id,
  ways: ways.map((reqs) => ({ requires: reqs.map(([account, capability]) => ({ account, capability })) })),
  ...more,
});
const money = (value: number, kind: 'device' | 'money' = 'device') => ({
  assets: [{ label: 'thing', kind, value }],
});

describe('cut sets', () => {
  it('finds the mailbox and the phone behind it as single points of failure of a service', () => {
    const r = risk(
      compile(
        mapOf(
          root('phone', ['sms']),
          via('mail', [[['phone', 'sms']]], { kind: 'email', capabilities: ['access', 'mail'] }),
          via('svc', [[['mail', 'mail']]]),
        ),
      ),
    );
    expect(r.accounts).toEqual({
      mail: { spof: ['phone'], pairs: [] },
      phone: { spof: [], pairs: [] },
      svc: { spof: ['mail', 'phone'], pairs: [] },
    });
  });

  it('lists a pair only when neither member alone cuts the account off', () => {
    const r = risk(
      compile(
        mapOf(
          root('email', ['mail'], 'email'),
          root('phone', ['sms']),
          root('id_card', [], 'identity'),
          via('svc', [[['email', 'mail']], [['phone', 'sms'], ['id_card']]]),
          via('child', [[['svc']]]),
        ),
      ),
    );
    expect(r.accounts.svc).toEqual({
      spof: [],
      pairs: [
        ['email', 'id_card'],
        ['email', 'phone'],
      ],
    });
    expect(r.accounts.child).toEqual({
      spof: ['svc'],
      pairs: [
        ['email', 'id_card'],
        ['email', 'phone'],
      ],
    });
  });

  it('lists minimal triples only when order 3 is asked for', () => {
    const map = mapOf(
      root('a'),
      root('b'),
      root('c'),
      root('d'),
      via('x', [[['a']], [['b']], [['c'], ['d']]]),
      via('y', [[['a']], [['b']]]),
    );
    const two = risk(compile(map));
    expect(two.accounts.x).toEqual({ spof: [], pairs: [] });
    expect(two.accounts.y).toEqual({ spof: [], pairs: [['a', 'b']] });
    const three = risk(compile(map), { order: 3 });
    expect(three.accounts.x!.triples).toEqual([
      ['a', 'b', 'c'],
      ['a', 'b', 'd'],
    ]);
    expect(three.accounts.y!.triples).toEqual([]);
    expect(risk(compile(map), { order: 1 }).accounts.y).toEqual({ spof: [], pairs: [] });
  });

  it('does not let a cycle of mutual recovery keep itself alive', () => {
    const r = risk(
      compile(mapOf(root('root', ['mail']), via('a', [[['root', 'mail']], [['b']]]), via('b', [[['a']]]))),
    );
    expect(r.accounts.a).toEqual({ spof: ['root'], pairs: [] });
    expect(r.accounts.b).toEqual({ spof: ['a', 'root'], pairs: [] });
    expect(r.blastRadius[0]).toEqual({ account: 'root', cut: 2, partial: 0, degraded: 0, lost: {} });
  });

  it('leaves out accounts that are unreachable even before any ban', () => {
    const r = risk(compile(mapOf(root('r'), via('c', [[['d']]]), via('d', [[['c']]]), via('s', [[['r']]]))));
    expect(Object.keys(r.accounts)).toEqual(['r', 's']);
    expect(r.blastRadius.map((b) => b.account)).toEqual(['r', 's']);
  });

  it('agrees with a brute force over impact() of every single and pair ban on a generated person-sized map', () => {
    const c = compile(generatePersonMap(120, { seed: 7 }));
    const r = risk(c);
    const brute = bruteForceCutSets(c);
    expect(r.accounts).toEqual(brute);
    expect(Object.values(brute).some((x) => x.pairs.length > 0)).toBe(true);
    for (const b of r.blastRadius) {
      const i = impact(c, [{ account: b.account }]);
      expect([b.cut, b.partial, b.degraded, b.lost]).toEqual([
        i.counts.cut,
        i.counts.partial,
        i.counts.degraded,
        i.totals.lost,
      ]);
    }
  });
});

describe('blast radius', () => {
  it('ranks accounts by money lost, then by accounts cut, then by id', () => {
    const r = risk(
      compile(
        mapOf(
          root('p'),
          root('q'),
          via('s1', [[['p']]]),
          via('s2', [[['p']]]),
          via('s3', [[['q']]], money(10)),
          via('s4', [[['q']]]),
        ),
      ),
    );
    expect(r.blastRadius.map((b) => [b.account, b.cut, b.lost])).toEqual([
      ['q', 2, { CNY: 10 }],
      ['s3', 0, { CNY: 10 }],
      ['p', 2, {}],
      ['s1', 0, {}],
      ['s2', 0, {}],
      ['s4', 0, {}],
    ]);
  });
});

describe('recommendations', () => {
  const qqMap = mapOf(
    { id: 'qq', kind: 'messenger', label: 'QQ', provider: 'qq', capabilities: ['access', 'oauth'] },
    via('qqmail', [[['qq']]], { kind: 'email', provider: 'qqmail', capabilities: ['access', 'mail'] }),
    via('apple', [[['qqmail', 'mail']]], { provider: 'apple_id', ...money(12000) }),
    via('youdao', [[['qq', 'oauth']]], { provider: 'youdao' }),
  );

  it('recommends fixing Apple ID against a QQ ban, in the words of DESIGN §4', () => {
    const [first] = risk(compile(qqMap)).recommendations;
    expect(first).toEqual({
      account: 'apple',
      avoid: 'qq',
      protects: { CNY: 12000 },
      saves: ['apple'],
      text: 'Apple ID: add a recovery email not hosted on QQ — protects ¥12,000 of devices against a QQ ban',
      textZh: 'Apple ID：添加一个不挂在QQ上的找回邮箱——QQ被封时可保住 ¥12,000 的设备',
    });
  });

  it('never recommends a way into the QQ mailbox that does not go through QQ', () => {
    const recs = risk(compile(qqMap)).recommendations;
    expect(recs.map((r) => [r.account, r.avoid])).toEqual([
      ['apple', 'qq'],
      ['youdao', 'qq'],
    ]);
  });

  it('asks for a login of its own where the way in is a QQ login', () => {
    const youdao = risk(compile(qqMap)).recommendations[1]!;
    expect(youdao.text).toBe(
      'Youdao Dictionary: add a password login besides QQ login — keeps it reachable through a QQ ban',
    );
  });

  it('fixes the upstream mailbox rather than each service behind it, valued across all it saves', () => {
    const r = risk(
      compile(
        mapOf(
          { ...root('phone', ['sms']), label: '主号' },
          root('phone2', ['sms']),
          via('mail', [[['phone', 'sms']]], {
            kind: 'email',
            provider: 'mail163',
            capabilities: ['access', 'mail'],
          }),
          via('s1', [[['mail', 'mail']]], money(100)),
          via('s2', [[['mail', 'mail']]], money(50, 'money')),
        ),
      ),
    );
    expect(r.recommendations.map((x) => [x.account, x.avoid, x.protects, x.saves])).toEqual([
      ['mail', 'phone', { CNY: 150 }, ['mail', 's1', 's2']],
      ['s1', 'mail', { CNY: 100 }, ['s1']],
      ['s2', 'mail', { CNY: 50 }, ['s2']],
    ]);
    expect(r.recommendations[0]!.text).toBe(
      'NetEase 163 Mail: add a second phone number such as “phone2” — protects ¥150 of devices and balances against a ban of 主号, along with 2 more accounts',
    );
  });

  it('never recommends a new way into a device, a phone number or an identity document', () => {
    const r = risk(
      compile(
        mapOf(
          root('id_card', [], 'identity'),
          via('phone', [[['id_card']]], { kind: 'phone', capabilities: ['access', 'sms'] }),
          via('apple', [[['phone', 'sms']]]),
          via('iphone', [[['apple']]], { kind: 'device', ...money(7000) }),
        ),
      ),
    );
    expect(r.accounts.iphone!.spof).toEqual(['apple', 'id_card', 'phone']);
    expect(r.recommendations.map((x) => [x.account, x.avoid, x.saves])).toEqual([
      ['apple', 'id_card', ['apple', 'iphone']],
    ]);
  });

  it('makes no recommendation when nothing depends on a single account', () => {
    const r = risk(compile(mapOf(root('a'), root('b'), via('s', [[['a']], [['b']]]))));
    expect(r.recommendations).toEqual([]);
  });
});

describe('exposure', () => {
  it('counts value as exposed only when the ban of another account can lose it', () => {
    const r = risk(
      compile(mapOf({ ...root('r'), ...money(100) }, via('s', [[['r']]], money(50)), root('alone'))),
    );
    expect(r.exposure).toEqual({ accounts: 1 / 3, value: { CNY: 50 / 150 } });
  });

  it('is zero for an empty map', () => {
    expect(risk(compile(mapOf()))).toEqual({
      blastRadius: [],
      accounts: {},
      recommendations: [],
      importance: { accounts: {}, overall: [] },
      exposure: { accounts: 0, value: {} },
    });
  });
});

describe('importance and one target', () => {
  const map = mapOf(
    root('phone', ['sms']),
    root('key', [], 'device'),
    root('id_card', [], 'identity'),
    via('mail', [[['phone', 'sms']]], { kind: 'email', capabilities: ['access', 'mail'] }),
    via('apple', [[['mail', 'mail']], [['key'], ['id_card']]]),
  );

  it('counts for each account how many of its cut sets hold each other account', () => {
    const r = risk(compile(map));
    expect(r.accounts.apple).toEqual({
      spof: [],
      pairs: [
        ['id_card', 'mail'],
        ['id_card', 'phone'],
        ['key', 'mail'],
        ['key', 'phone'],
      ],
    });
    expect(r.importance.accounts.apple).toEqual({
      sets: 4,
      members: [
        { account: 'id_card', sets: 2 },
        { account: 'key', sets: 2 },
        { account: 'mail', sets: 2 },
        { account: 'phone', sets: 2 },
      ],
    });
    expect(r.importance.overall[0]).toEqual({ account: 'phone', sets: 3, accounts: 2 });
  });

  it('answers "how can I lose X?" for one account with exactly its part of the full report', () => {
    const full = risk(compile(map), { order: 3 });
    for (const id of ['phone', 'mail', 'apple']) {
      const one = targetRisk(compile(map), id, 3);
      expect(one).toEqual({
        target: id,
        order: 3,
        reachable: true,
        cutSets: full.accounts[id],
        importance: full.importance.accounts[id],
      });
    }
  });

  it('says an account unreachable even before any ban has no cut sets', () => {
    const loop = mapOf(via('c', [[['d']]]), via('d', [[['c']]]));
    expect(targetRisk(compile(loop), 'c', 2)).toEqual({
      target: 'c',
      order: 2,
      reachable: false,
      cutSets: { spof: [], pairs: [] },
      importance: { sets: 0, members: [] },
    });
  });
});
