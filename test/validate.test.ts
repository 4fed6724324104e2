// Validation names the JSON path and the problem for every kind of bad map (DESIGN §2).
import { describe, expect, it } from 'vitest';
import { validate } from '../src/engine/index.js';
import { formatPath } from '../src/model/index.js';

const base = () => ({
  version: 1,
  accounts: [
    { id: 'qq', kind: 'messenger', label: 'QQ', capabilities: ['access', 'oauth'] },
    {
      id: 'ms',
      kind: 'service',
      label: 'Microsoft',
      ways: [{ requires: [{ account: 'qq', capability: 'oauth' }] }],
    },
  ],
});

const problems = (m: unknown) => validate(m).errors.map((e) => `${formatPath(e.path)}: ${e.message}`);

describe('validate', () => {
  it('accepts a good map', () => {
    expect(validate(base())).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it('names a requirement on a capability the account does not provide', () => {
    const m = base();
    m.accounts[1]!.ways![0]!.requires[0]!.capability = 'mail';
    expect(problems(m)).toEqual([
      'accounts[1].ways[0].requires[0].capability: requires "qq.mail" but account "qq" provides access, oauth',
    ]);
  });

  it('names duplicate ids and unknown accounts', () => {
    const m = base();
    m.accounts[1]!.id = 'qq';
    m.accounts[1]!.ways![0]!.requires[0]!.account = 'nobody';
    expect(problems(m)).toEqual([
      'accounts[1].id: duplicate account id "qq"',
      'accounts[1].ways[0].requires[0].account: requires unknown account "nobody"',
    ]);
  });

  it('rejects unknown fields instead of dropping them', () => {
    const m = { ...base(), extra: true };
    expect(validate(m).errors).toEqual([
      {
        code: 'unknown_field',
        path: ['extra'],
        message: 'unknown field "extra"',
        params: { field: 'extra' },
      },
    ]);
  });

  it('rejects reserved ids such as __proto__', () => {
    const m = base();
    m.accounts[0]!.id = '__proto__';
    expect(problems(m)).toContain('accounts[0].id: this name is reserved');
  });

  it('rejects negative and non-finite asset values', () => {
    const m = base() as { accounts: Record<string, unknown>[] };
    m.accounts[0]!.assets = [
      { label: 'a', kind: 'money', value: -1 },
      { label: 'b', kind: 'money', value: Number.POSITIVE_INFINITY },
    ];
    const paths = validate(m).errors.map((e) => formatPath(e.path));
    expect(paths).toEqual(['accounts[0].assets[0].value', 'accounts[0].assets[1].value']);
  });

  it('names bans on unknown accounts, capabilities and presets', () => {
    const m = {
      ...base(),
      scenarios: [
        {
          id: 's',
          label: 'S',
          bans: [{ account: 'x' }, { account: 'qq', lose: ['mail'] }, { account: 'qq', preset: 'nope' }],
        },
      ],
    };
    expect(problems(m)).toEqual([
      'scenarios[0].bans[0].account: bans unknown account "x"',
      'scenarios[0].bans[1].lose[0]: removes "mail" but account "qq" provides access, oauth',
      'scenarios[0].bans[2].preset: unknown ban preset "nope"',
    ]);
  });

  it('warns about a way that requires its own account', () => {
    const m = base();
    m.accounts[1]!.ways!.push({ requires: [{ account: 'ms', capability: 'access' }] });
    expect(validate(m).warnings.map((w) => [formatPath(w.path), w.code])).toEqual([
      ['accounts[1].ways[1].requires[0]', 'self_requirement'],
    ]);
  });
});
