// The provider catalog (DESIGN §5): it parses, holds the ids other code relies on, its presets encode the real
// cases, its way templates only use slots and capabilities that exist, and its search finds providers by any name.
import { describe, expect, it } from 'vitest';
import {
  allPresets,
  catalog,
  getPreset,
  getProvider,
  loadCatalog,
  presetsFor,
  providerCapabilities,
  searchProviders,
} from '../src/catalog/index.js';
import { GENERIC_PRESETS } from '../src/catalog/presets.js';
import { PROVIDERS } from '../src/catalog/providers.js';
import { CatalogSchema, KINDS, type PresetLose } from '../src/model/index.js';

const REQUIRED: Record<string, string[]> = {
  qq: ['access', 'oauth', 'chat', 'contacts'],
  qqmail: ['access', 'mail'],
  wechat: ['access', 'chat', 'contacts', 'oauth', 'pay', 'withdraw', 'mini_programs'],
  alipay: ['access', 'pay', 'withdraw', 'oauth'],
  china_mobile: ['access', 'sms', 'call_in', 'call_out', 'data'],
  china_unicom: ['access', 'sms', 'call_in', 'call_out', 'data'],
  china_telecom: ['access', 'sms', 'call_in', 'call_out', 'data'],
  mail163: ['access', 'mail'],
  mail126: ['access', 'mail'],
  gmail: ['access', 'mail'],
  outlook: ['access', 'mail'],
  icloud_mail: ['access', 'mail'],
  id_card: ['access'],
  face: ['access'],
};

const REQUIRED_SERVICES = [
  'microsoft',
  'apple_id',
  'amazon',
  'google',
  'github',
  'facebook',
  'weibo',
  'douban',
  'baidu',
  'youdao',
  'qq_music',
  'hainan_airlines',
  'sichuan_airlines',
  'china_southern',
  'cet',
  'chsi',
  'ruankao',
  'railway12306',
  'etc',
  'health_code',
  'bank_card',
];

/** The capability a slot of each kind may sensibly ask for. */
const KIND_SLOT_CAPABILITIES: Record<string, string[]> = {
  email: ['mail', 'access'],
  phone: ['sms', 'call_in', 'data', 'access'],
  identity: ['access'],
  messenger: ['access', 'chat', 'oauth'],
  payment: ['access', 'pay'],
  device: ['access'],
  service: ['access', 'oauth'],
};

/** The capabilities a preset leaves on an account with these capabilities. */
function kept(lose: PresetLose, caps: string[]): string[] {
  if (lose === 'all') return [];
  if (Array.isArray(lose)) return caps.filter((c) => !lose.includes(c));
  return caps.filter((c) => lose.except.includes(c));
}

describe('catalog', () => {
  it('parses through CatalogSchema', () => {
    expect(() => CatalogSchema.parse(catalog)).not.toThrow();
    expect(catalog.providers.length).toBe(PROVIDERS.length);
  });

  it('has every required root with exactly the agreed capabilities', () => {
    for (const [id, caps] of Object.entries(REQUIRED)) {
      expect(getProvider(id)?.capabilities, id).toEqual(caps);
    }
  });

  it('has every required service, each including access', () => {
    for (const id of REQUIRED_SERVICES) {
      const provider = getProvider(id);
      expect(provider, id).toBeDefined();
      expect(provider?.capabilities, id).toContain('access');
    }
    expect(getProvider('bank_card')?.kind).toBe('payment');
  });

  it('includes access for every provider and has unique provider ids', () => {
    const ids = catalog.providers.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of catalog.providers) expect(p.capabilities, p.id).toContain('access');
  });

  it('has globally unique preset ids (a shared preset has one definition)', () => {
    const byId = new Map<string, string>();
    for (const preset of [...catalog.presets, ...catalog.providers.flatMap((p) => p.presets)]) {
      const json = JSON.stringify(preset);
      const seen = byId.get(preset.id);
      if (seen !== undefined) expect(seen, preset.id).toBe(json);
      byId.set(preset.id, json);
    }
    const ids = allPresets().map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(byId.keys()));
  });

  it('resolves the presets other code depends on', () => {
    for (const id of [
      'full_ban',
      'qq_freeze',
      'qq_permanent_ban',
      'wechat_restricted_temporary',
      'wechat_restricted_permanent',
      'wechat_pay_frozen',
      'alipay_suspended',
      'phone_one_way_suspension',
      'phone_two_way_suspension',
      'phone_cancelled',
    ]) {
      const preset = getPreset(id);
      expect(preset, id).toBeDefined();
      expect(preset?.source.length, id).toBeGreaterThan(0);
    }
    expect(getPreset('full_ban')?.lose).toBe('all');
    expect(getPreset('__proto__')).toBeUndefined();
    expect(getPreset('nope')).toBeUndefined();
  });

  it('keeps withdraw under a WeChat restriction, and freezes pay and withdraw together', () => {
    const caps = getProvider('wechat')!.capabilities;
    for (const id of ['wechat_restricted_temporary', 'wechat_restricted_permanent']) {
      expect(kept(getPreset(id)!.lose, caps), id).toEqual(['withdraw']);
    }
    expect(getPreset('wechat_pay_frozen')?.lose).toEqual(['pay', 'withdraw']);
  });

  it('keeps only call_in under a one-way suspension, on every carrier', () => {
    for (const id of ['china_mobile', 'china_unicom', 'china_telecom']) {
      const provider = getProvider(id)!;
      const oneWay = provider.presets.find((p) => p.id === 'phone_one_way_suspension');
      expect(oneWay, id).toBeDefined();
      expect(kept(oneWay!.lose, provider.capabilities), id).toEqual(['call_in']);
      expect(provider.presets.map((p) => p.id)).toContain('phone_cancelled');
    }
    expect(getPreset('phone_two_way_suspension')?.lose).toBe('all');
    expect(getPreset('phone_cancelled')?.lose).toBe('all');
  });

  it('loses everything on QQ bans, and the QQ mailbox goes through QQ', () => {
    expect(getPreset('qq_freeze')?.lose).toBe('all');
    expect(getPreset('qq_permanent_ban')?.lose).toBe('all');
    const qqmail = getProvider('qqmail')!;
    expect(qqmail.presets).toEqual([]);
    expect(qqmail.ways.map((w) => w.requires)).toEqual([[{ slot: 'qq', capability: 'access' }]]);
  });

  it('uses only existing slots and capabilities in way templates', () => {
    const kinds = new Set<string>(KINDS);
    for (const p of catalog.providers) {
      for (const way of p.ways) {
        for (const r of way.requires) {
          const where = `${p.id}: ${way.names.en} -> ${r.slot}.${r.capability}`;
          const target = getProvider(r.slot);
          if (target !== undefined) expect(target.capabilities, where).toContain(r.capability);
          else {
            expect(kinds.has(r.slot), where).toBe(true);
            expect(KIND_SLOT_CAPABILITIES[r.slot], where).toContain(r.capability);
          }
        }
      }
    }
  });

  it('models the bindings from the cases', () => {
    const needs = (id: string) => getProvider(id)!.ways.flatMap((w) => w.requires);
    expect(needs('health_code')).toContainEqual({ slot: 'wechat', capability: 'mini_programs' });
    expect(needs('etc')).toContainEqual({ slot: 'wechat', capability: 'pay' });
    expect(needs('youdao')).toContainEqual({ slot: 'qq', capability: 'oauth' });
    expect(needs('qq_music')).toContainEqual({ slot: 'qq', capability: 'oauth' });
    expect(needs('microsoft')).toContainEqual({ slot: 'email', capability: 'mail' });
    expect(needs('wechat')).toContainEqual({ slot: 'phone', capability: 'sms' });
  });

  it('offers a provider its own presets then the generic ones', () => {
    expect(presetsFor('wechat').map((p) => p.id)).toEqual([
      'wechat_restricted_temporary',
      'wechat_restricted_permanent',
      'wechat_pay_frozen',
      'full_ban',
      'account_cancelled',
    ]);
    expect(presetsFor(undefined).map((p) => p.id)).toEqual(['full_ban', 'account_cancelled']);
  });

  it('returns a copy of capabilities, and nothing for unknown ids', () => {
    const caps = providerCapabilities('qq')!;
    caps.push('x');
    expect(providerCapabilities('qq')).toEqual(REQUIRED.qq);
    expect(providerCapabilities('nope')).toBeUndefined();
    expect(getProvider('constructor')).toBeUndefined();
  });

  it('rejects broken data at load', () => {
    const qq = PROVIDERS.find((p) => p.id === 'qq')!;
    const load = (providers: typeof PROVIDERS) => () => loadCatalog(providers, GENERIC_PRESETS);
    expect(load(PROVIDERS)).not.toThrow();
    expect(load([...PROVIDERS, qq])).toThrow(/duplicate provider id/);
    expect(
      load([...PROVIDERS, { ...qq, id: 'qq2', presets: [{ ...qq.presets![0]!, lose: ['chat'] }] }]),
    ).toThrow(/qq_freeze is already defined differently/);
    expect(load([...PROVIDERS, { ...qq, id: 'qq3', capabilities: ['oauth'] }])).toThrow(
      /must include "access"/,
    );
    const badWay = {
      names: { zh: 'x', en: 'x' },
      purpose: 'login' as const,
      requires: [{ slot: 'qq', capability: 'mail' }],
    };
    expect(load([...PROVIDERS, { ...qq, id: 'qq4', ways: [badWay] }])).toThrow(
      /slot qq has no capability mail/,
    );
    const noSlot = { ...badWay, requires: [{ slot: 'pager', capability: 'access' }] };
    expect(load([...PROVIDERS, { ...qq, id: 'qq5', ways: [noSlot] }])).toThrow(
      /neither a kind nor a provider/,
    );
    expect(load([...PROVIDERS, { ...qq, id: 'qq6', kind: 'pager' as never }])).toThrow(
      /invalid provider catalog/,
    );
  });

  it('is frozen', () => {
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(getProvider('wechat')!.capabilities)).toBe(true);
  });
});

describe('searchProviders', () => {
  const first = (q: string) => searchProviders(q)[0]?.id;

  it('finds WeChat by initials, pinyin, Chinese and English, in any case', () => {
    for (const q of ['wx', '微信', 'WeChat', 'wechat', 'weixin', 'WX', ' 微信支付 '])
      expect(first(q), q).toBe('wechat');
  });

  it('finds the QQ mailbox, 12306 and 学信网', () => {
    expect(first('qq邮箱')).toBe('qqmail');
    expect(first('QQ邮箱')).toBe('qqmail');
    expect(first('qqyx')).toBe('qqmail');
    expect(first('12306')).toBe('railway12306');
    expect(first('学信')).toBe('chsi');
    expect(first('xxw')).toBe('chsi');
  });

  it('ranks exact matches before prefixes before substrings', () => {
    expect(
      searchProviders('qq')
        .map((p) => p.id)
        .slice(0, 3),
    ).toEqual(['qq', 'qqmail', 'qq_music']);
    const mail = searchProviders('邮箱').map((p) => p.id);
    expect(mail).toContain('qqmail');
    expect(mail).toContain('mail163');
  });

  it('respects the limit and lists the catalog for a blank query', () => {
    expect(searchProviders('china', 2)).toHaveLength(2);
    expect(searchProviders('', 3).map((p) => p.id)).toEqual(catalog.providers.slice(0, 3).map((p) => p.id));
    expect(searchProviders('zzzz-no-such-provider')).toEqual([]);
    expect(searchProviders('__proto__')).toEqual([]);
  });
});
