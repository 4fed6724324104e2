/**
 * The editor's pure parts, without a browser: map edits (ids, ways, requirements, deleting an account and
 * what goes with it), new accounts from catalog templates and the slot candidates, the undo history,
 * autosave's protocol against a fake API (debounce, create then If-Match, a conflict and its overwrite), and
 * validation messages in Chinese.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getProvider } from '../src/catalog/index.js';
import {
  addRequirement,
  deleteAccount,
  deleteEffects,
  issueText,
  newAccountId,
  parseMap,
  removeRequirement,
  setWays,
} from '../src/engine/index.js';
import { type BindingMap, IdSchema } from '../src/model/index.js';
import { HISTORY_LIMIT, record, redo, startHistory, undo } from '../web/editor/history.js';
import { addFromCatalog, slotCandidates } from '../web/editor/new-account.js';
import { createAutosave, type SaveState } from '../web/maps/autosave.js';
import { type ApiClient, ApiError, type StoredMap } from '../web/shell/api-client.js';
import { ROOT } from './support/browser.js';

function qqCase(): BindingMap {
  const parsed = parseMap(
    JSON.parse(readFileSync(join(ROOT, 'fixtures/qq-permanent-ban-2022.map.json'), 'utf8')),
  );
  if (!parsed.ok) throw new Error('fixture');
  return parsed.map;
}
const empty = (): BindingMap => ({ version: 1, accounts: [] });

describe('map edits', () => {
  it('generates valid ids from providers and labels, counting up and never using a reserved name', () => {
    let map = empty();
    const add = (base: string, fallback?: string) => {
      const id = newAccountId(map, base, fallback);
      map = { ...map, accounts: [...map.accounts, { id, kind: 'service', label: base || 'x' }] };
      return id;
    };
    expect(add('qq')).toBe('qq');
    expect(add('qq')).toBe('qq_2');
    expect(add('我的手机号', 'phone')).toBe('phone');
    expect(add('Café Ünïcode!')).toBe('cafe_unicode');
    expect(add('constructor')).toBe('constructor_2');
    expect(add('', '')).toBe('account');
    for (const a of map.accounts) expect(IdSchema.safeParse(a.id).success).toBe(true);
  });

  it('adds a requirement as a new way (OR) or to an existing way (AND), and removes an arrow with its way', () => {
    const map = qqCase();
    const or = addRequirement(
      map,
      { account: 'microsoft' },
      'new',
      { account: 'phone', capability: 'sms' },
      'login',
    );
    expect(or.accounts.find((a) => a.id === 'microsoft')!.ways).toHaveLength(2);
    const and = addRequirement(map, { account: 'microsoft' }, 0, { account: 'phone', capability: 'sms' });
    expect(and.accounts.find((a) => a.id === 'microsoft')!.ways![0]!.requires).toHaveLength(2);
    expect(addRequirement(and, { account: 'microsoft' }, 0, { account: 'phone', capability: 'sms' })).toBe(
      and,
    );
    const back = removeRequirement(
      or,
      { account: 'microsoft', index: 1 },
      { account: 'phone', capability: 'sms' },
      true,
    );
    expect(back.accounts.find((a) => a.id === 'microsoft')!.ways).toHaveLength(1);
    // The input is never modified.
    expect(map.accounts.find((a) => a.id === 'microsoft')!.ways).toHaveLength(1);
    expect(parseMap(or).ok && parseMap(and).ok && parseMap(back).ok).toBe(true);
  });

  it('drops empty lists of ways rather than leaving them', () => {
    const map = setWays(qqCase(), { account: 'youdao' }, []);
    expect('ways' in map.accounts.find((a) => a.id === 'youdao')!).toBe(false);
    const cw = setWays(map, { account: 'youdao', capability: 'access' }, [{ requires: [{ account: 'qq' }] }]);
    expect(
      setWays(cw, { account: 'youdao', capability: 'access' }, []).accounts.find((a) => a.id === 'youdao'),
    ).toEqual(map.accounts.find((a) => a.id === 'youdao'));
  });

  it('deletes an account with the ways that need it, naming the accounts left without a way in', () => {
    const map = qqCase();
    const effects = deleteEffects(map, 'qqmail');
    expect(effects.ways.length).toBeGreaterThan(10);
    expect(effects.newRoots).toContain('microsoft');
    expect(effects.bans).toBe(0);
    const after = deleteAccount(map, 'qqmail');
    expect(after.accounts.some((a) => a.id === 'qqmail')).toBe(false);
    expect(after.accounts.find((a) => a.id === 'microsoft')!.ways).toBeUndefined();
    expect(parseMap(after).ok).toBe(true);
    const noQq = deleteAccount(map, 'qq');
    expect(noQq.scenarios![0]!.bans).toEqual([]);
    expect(parseMap(noQq).ok).toBe(true);
  });
});

describe('new accounts from the catalog', () => {
  it('offers the accounts of a slot’s provider first, and only accounts that provide its capability', () => {
    const map = qqCase();
    expect(slotCandidates(map, { slot: 'qq', capability: 'oauth' }).map((a) => a.id)).toEqual(['qq']);
    const mail = slotCandidates(map, { slot: 'email', capability: 'mail' }).map((a) => a.id);
    expect(mail[0]).toBe('qqmail');
    expect(mail).not.toContain('microsoft');
    expect(slotCandidates(map, { slot: 'identity', capability: 'access' })).toEqual([]);
  });

  it('fills template slots with the chosen accounts, or creates one for a slot', () => {
    const microsoft = getProvider('microsoft')!;
    const { map, id } = addFromCatalog(qqCase(), {
      provider: microsoft,
      kind: microsoft.kind,
      label: 'Microsoft',
      lang: 'en',
      templates: [
        { template: microsoft.ways[0]!, slots: [{ account: 'qqmail' }] },
        { template: microsoft.ways[1]!, slots: [{ create: true }] },
      ],
      slotLabel: () => 'New phone',
    });
    expect(id).toBe('microsoft_2');
    const created = map.accounts.at(-2)!;
    expect(created).toMatchObject({ kind: 'phone', label: 'New phone' });
    expect(created.capabilities).toContain('sms');
    expect(map.accounts.at(-1)!.ways!.map((w) => w.requires)).toEqual([
      [{ account: 'qqmail', capability: 'mail' }],
      [{ account: created.id, capability: 'sms' }],
    ]);
    expect(parseMap(map).ok).toBe(true);
  });
});

describe('the undo history', () => {
  it('undoes and redoes snapshots, drops the redo list on a new edit, and keeps a bounded past', () => {
    const a = empty();
    const b = { ...a, title: 'b' };
    const c = { ...a, title: 'c' };
    let h = record(record(startHistory(a), b), c);
    h = undo(h)!;
    expect(h.present).toBe(b);
    expect(redo(h)!.present).toBe(c);
    h = record(h, { ...a, title: 'd' });
    expect(redo(h)).toBeNull();
    expect(record(h, h.present)).toBe(h);
    let long = startHistory(a);
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) long = record(long, { ...a, title: String(i) });
    expect(long.past).toHaveLength(HISTORY_LIMIT);
  });
});

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A fake store: one map, a version counter, and a way to save behind the page's back. */
  function fakeApi() {
    let version = 0;
    let doc: BindingMap | null = null;
    const calls: string[] = [];
    const record = (): StoredMap => ({
      id: 'm1',
      version,
      title: doc?.title ?? '',
      updatedAt: '2026-01-01T00:00:00.000Z',
      map: doc!,
      etag: `"${version}"`,
    });
    const api = {
      async createMap(map: BindingMap) {
        calls.push('POST');
        doc = map;
        version = 1;
        return record();
      },
      async saveMap(_id: string, map: BindingMap, etag: string) {
        calls.push(`PUT ${etag}`);
        if (etag !== `"${version}"`) throw new ApiError('stale', 409, 'stale_version', [], `"${version}"`);
        doc = map;
        version++;
        return record();
      },
    } as unknown as ApiClient;
    return {
      api,
      calls,
      behind: () => {
        version++;
      },
      doc: () => doc,
    };
  }

  it('saves 600 ms after the last edit: creates the map first, then saves with If-Match', async () => {
    const fake = fakeApi();
    const states: SaveState['kind'][] = [];
    const saver = createAutosave({ api: fake.api, onState: (s) => states.push(s.kind), onSaved: () => {} });
    saver.attach(null);
    const one = { ...empty(), title: '1' };
    const two = { ...empty(), title: '2' };
    saver.schedule(one);
    await vi.advanceTimersByTimeAsync(300);
    saver.schedule(two);
    await vi.advanceTimersByTimeAsync(599);
    expect(fake.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.calls).toEqual(['POST']);
    expect(fake.doc()).toBe(two);
    saver.schedule(one);
    await vi.advanceTimersByTimeAsync(600);
    expect(fake.calls).toEqual(['POST', 'PUT "1"']);
    expect(saver.state()).toEqual({ kind: 'saved', version: 2 });
    expect(states).toContain('saving');
  });

  it('stops at a conflict, keeps the page’s edits, and overwrites with the version the server named', async () => {
    const fake = fakeApi();
    const saver = createAutosave({ api: fake.api, onState: () => {}, onSaved: () => {} });
    saver.attach(null);
    saver.schedule({ ...empty(), title: 'a' });
    await vi.advanceTimersByTimeAsync(600);
    fake.behind();
    const mine = { ...empty(), title: 'mine' };
    saver.schedule(mine);
    await vi.advanceTimersByTimeAsync(600);
    expect(saver.state()).toEqual({ kind: 'conflict', theirs: '"2"' });
    expect(saver.dirty()).toBe(true);
    // Edits during the conflict wait for the person's choice.
    const later = { ...empty(), title: 'later' };
    saver.schedule(later);
    await vi.advanceTimersByTimeAsync(2000);
    expect(fake.calls).toEqual(['POST', 'PUT "1"']);
    expect(await saver.overwrite()).toBe(true);
    expect(fake.calls.at(-1)).toBe('PUT "2"');
    expect(fake.doc()).toBe(later);
    expect(saver.dirty()).toBe(false);
  });
});

describe('validation messages in Chinese', () => {
  it('name the account and capability a requirement gets wrong, by the labels in the document', () => {
    const map = qqCase();
    const bad = structuredClone(map);
    bad.accounts.find((a) => a.id === 'microsoft')!.ways![0]!.requires[0]!.capability = 'sms';
    const parsed = parseMap(bad);
    expect(parsed.ok).toBe(false);
    const issue = parsed.validation.errors[0]!;
    expect(issueText(issue, 'zh', bad)).toBe(
      '需要“QQ邮箱（7921xxxxx@qq.com）”的“收短信”（sms），但它只提供“登录使用”（access）和“收邮件”（mail）',
    );
    expect(issueText(issue, 'en', bad)).toBe(
      'needs “receive SMS” (sms) of “QQ邮箱（7921xxxxx@qq.com）”, which provides only “get in and use it” (access) and “receive mail” (mail)',
    );
    expect(
      issueText({ code: 'schema', path: ['accounts', 0, 'assets', 1, 'value'], message: 'x' }, 'zh'),
    ).toBe('金额必须是不小于 0 的数字');
  });
});
