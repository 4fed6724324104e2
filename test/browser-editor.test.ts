/**
 * The editor in a real browser (Debian Chromium through playwright-core) against the real server and store:
 * starting from an empty map, the QQ case of CASES.md is built through the UI only (catalog search in
 * Chinese, English and pinyin initials, way templates with slot pickers, ways, assets), found again after a
 * reload, and its QQ ban matches the engine and the fixture; then graph editing with undo/redo down to the
 * store, an invalid import that changes nothing, a stale save and its two ways out, several maps, every
 * export, and no mixed-language screen. Screenshots go to test/artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTotals } from '../src/engine/describe.js';
import { compile, impact, issueText, parseMap } from '../src/engine/index.js';
import type { BindingMap } from '../src/model/index.js';
import { text } from '../src/text/index.js';
import { STRINGS } from '../web/shell/i18n.js';
import {
  CJK,
  chromeText,
  dataStrings,
  englishStrings,
  openSession,
  type PageWatch,
  ROOT,
  type Session,
  type TestServer,
} from './support/browser.js';

const ARTIFACTS = join(ROOT, 'test/artifacts');
const zh = STRINGS.zh;
/** The accounts of the reduced QQ case, as ids in the fixture. */
const CASE_IDS = ['phone', 'qq', 'qqmail', 'microsoft', 'apple_id', 'amazon', 'youdao'];

function fixture(): BindingMap {
  const parsed = parseMap(
    JSON.parse(readFileSync(join(ROOT, 'fixtures/qq-permanent-ban-2022.map.json'), 'utf8')),
  );
  if (!parsed.ok) throw new Error('fixture does not validate');
  return parsed.map;
}

describe('the editor in Chromium', () => {
  let server: TestServer;
  let session: Session;
  let page: Page;
  let watch: PageWatch;

  /** A call to the API from the test, behind the page's back. */
  async function api(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${server.token}`);
    if (init.body !== undefined) headers.set('content-type', 'application/json');
    return fetch(`${server.url}/api/v1${path}`, { ...init, headers });
  }
  async function storedList(): Promise<{ id: string; title: string; version: number }[]> {
    return ((await (await api('/maps')).json()) as { maps: { id: string; title: string; version: number }[] })
      .maps;
  }
  async function stored(id: string): Promise<{ map: BindingMap; version: number; etag: string }> {
    const res = await api(`/maps/${id}`);
    const body = (await res.json()) as { map: BindingMap; version: number };
    return { ...body, etag: res.headers.get('etag')! };
  }
  /** The one map the page saved (the test creates others only later). */
  let mapId = '';
  async function waitSaved(): Promise<void> {
    await page.waitForSelector('#save-status[data-state="saved"]');
  }
  async function shot(name: string): Promise<void> {
    await page.screenshot({ path: join(ARTIFACTS, name) });
  }

  /** Adds an account from the catalog: search, pick, name it, tick exactly these templates and check their slots. */
  async function addFromCatalog(opts: {
    query: string;
    provider: string;
    label?: string;
    templates?: { index: number; slots: string[] }[];
    before?: () => Promise<void>;
  }): Promise<void> {
    await page.click('#add-account');
    await page.fill('#catalog-search', opts.query);
    const first = page.locator('.catalog-item').first();
    expect(await first.getAttribute('data-provider')).toBe(opts.provider);
    await first.click();
    await page.waitForSelector('#new-add');
    if (opts.label) await page.fill('#new-label', opts.label);
    // The typical ways come pre-ticked; this case ticks exactly the listed ones.
    const boxes = page.locator('.template input[type="checkbox"]');
    for (let i = 0, n = await boxes.count(); i < n; i++)
      await boxes.nth(i).setChecked(opts.templates?.some((t) => t.index === i) ?? false);
    for (const tpl of opts.templates ?? []) {
      await page.check(`#tpl-${tpl.index}`);
      // The picker proposes the right account by itself: the person only confirms it.
      for (const [i, account] of tpl.slots.entries())
        expect(await page.inputValue(`#tpl-${tpl.index}-slot-${i}`)).toBe(account);
    }
    await opts.before?.();
    await page.click('#new-add');
    // With no way ticked the picker asks whether the person holds the account directly.
    if (!opts.templates?.length) {
      await page.waitForSelector('#confirm-dialog');
      await page.click('#confirm-ok');
    }
    await page.waitForSelector('#account-edit-title');
  }

  async function addAsset(label: string, kind: string, value?: number): Promise<void> {
    const n = await page.locator('.asset-row[data-asset]').count();
    await page.fill('#asset-new-label', label);
    await page.selectOption('#asset-new-kind', kind);
    if (value !== undefined) await page.fill('#asset-new-value', String(value));
    await page.click('#asset-add');
    await page.waitForSelector(`.asset-row[data-asset="${n}"]`);
  }

  async function download(click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
    const [d] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, unknown];
    const chunks: Buffer[] = [];
    for await (const c of (await d.createReadStream()) as AsyncIterable<Buffer>) chunks.push(c);
    return { name: d.suggestedFilename(), body: Buffer.concat(chunks) };
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    session = await openSession();
    ({ server, page, watch } = session);
  });

  afterAll(() => session?.close());

  it('starts an empty map with the catalog search ready, and saves nothing until something is added', async () => {
    await page.click('#new-empty');
    await page.waitForSelector('#catalog-search');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('catalog-search');
    expect(await page.locator('.node').count()).toBe(0);
    expect(await page.textContent('#save-status')).toBe(zh.saveIdleNew);
    expect(await page.getAttribute('#mode-edit', 'aria-pressed')).toBe('true');
    await shot('editor-empty.png');
    expect(await storedList()).toEqual([]);
  });

  it('finds providers by Chinese and English names and pinyin initials', async () => {
    for (const q of ['wx', '微信', 'WeChat']) {
      await page.fill('#catalog-search', q);
      expect(await page.locator('.catalog-item').first().getAttribute('data-provider')).toBe('wechat');
    }
    await page.fill('#catalog-search', '');
  });

  it('builds the QQ case through the UI: a custom phone, QQ, QQ Mail, Microsoft, Apple ID, Amazon and Youdao', async () => {
    // A custom account needs only a name and a kind.
    await page.click('#custom-account');
    await page.fill('#new-label', '手机号（号码已隐去）');
    await page.selectOption('#new-kind', 'phone');
    await page.click('#new-add');
    await page.waitForSelector('#account-edit-title');

    await addFromCatalog({ query: 'QQ', provider: 'qq', label: 'QQ（15年）' });
    await addFromCatalog({
      query: 'qqyx',
      provider: 'qqmail',
      label: 'QQ邮箱（7921xxxxx@qq.com）',
      templates: [{ index: 0, slots: ['qq'] }],
      before: () => shot('editor-catalog.png'),
    });
    await addFromCatalog({
      query: '微软',
      provider: 'microsoft',
      templates: [{ index: 0, slots: ['qqmail'] }],
    });
    await addAsset('Surface Pro 7（含配件）', 'device', 8500);
    await addAsset('OneDrive / Microsoft 365 订阅（约三年）', 'subscription', 1200);
    await addFromCatalog({
      query: 'Apple',
      provider: 'apple_id',
      templates: [{ index: 2, slots: ['qqmail'] }],
    });
    await addAsset('iPhone', 'device', 7000);
    await addAsset('iPad', 'device', 5000);
    await addFromCatalog({
      query: 'ymx',
      provider: 'amazon',
      label: '亚马逊账户',
      templates: [{ index: 0, slots: ['qqmail'] }],
    });
    await addAsset('Kindle', 'device', 1000);
    await addAsset('已购电子书', 'data', 500);

    // Youdao: no template; its way is added by hand, picking QQ and then QQ's OAuth login.
    await addFromCatalog({ query: '有道', provider: 'youdao' });
    await page.click('#way-add');
    await page.waitForSelector('#way-0-req-0-account');
    await page.selectOption('#way-0-req-0-account', 'qq');
    await page.waitForFunction(
      () => (document.getElementById('way-0-req-0-cap') as HTMLSelectElement)?.value === 'oauth',
    );
    // Only what QQ provides is offered.
    expect(
      await page.$$eval('#way-0-req-0-cap option', (os) => os.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual(['access', 'chat', 'contacts', 'oauth']);
    await addAsset('单词本（四年里收藏的约 4000 个单词）', 'data');
    // The page at its top, the panel scrolled to the ways.
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      const panel = document.getElementById('panel')!;
      panel.scrollTop = document.getElementById('ways-title')!.offsetTop - panel.offsetTop - 120;
    });
    await shot('editor-ways.png');

    expect(await page.locator('.node').count()).toBe(CASE_IDS.length);
    await waitSaved();
    const list = await storedList();
    expect(list).toHaveLength(1);
    mapId = list[0]!.id;
    const { map } = await stored(mapId);
    expect(map.accounts.map((a) => a.id)).toEqual(CASE_IDS);
    const byId = new Map(map.accounts.map((a) => [a.id, a] as const));
    expect(byId.get('qqmail')!.ways![0]!.requires).toEqual([{ account: 'qq', capability: 'access' }]);
    expect(byId.get('microsoft')!.ways![0]!.requires).toEqual([{ account: 'qqmail', capability: 'mail' }]);
    expect(byId.get('youdao')!.ways![0]!.requires).toEqual([{ account: 'qq', capability: 'oauth' }]);
    expect(byId.get('qq')!.ways).toBeUndefined();
    expect(byId.get('phone')!.capabilities).toEqual(fixture().accounts[0]!.capabilities);
  });

  it('shows a problem next to its field in Chinese and records nothing invalid', async () => {
    await page.click('.node[data-id="microsoft"]');
    await page.waitForSelector('#edit-label');
    const before = (await stored(mapId)).version;
    await page.fill('#edit-label', '');
    const error = page.locator('.field-error').first();
    await error.waitFor();
    expect(await error.textContent()).toBe(
      issueText({ code: 'schema', path: ['accounts', 3, 'label'], message: '' }, 'zh'),
    );
    await page.fill('#asset-0-value', '-5');
    await page.press('#asset-0-value', 'Tab');
    await page.waitForSelector('.field-error >> text=金额');
    await page.fill('#edit-label', '微软账户');
    await page.press('#edit-label', 'Tab');
    // A typical way of the provider, its slot filled with the person's phone; undone from the keyboard.
    await page.selectOption('#way-template', '1');
    await page.waitForSelector('#way-1-req-0-account');
    expect(await page.inputValue('#way-1-req-0-account')).toBe('phone');
    expect(await page.inputValue('#way-1-req-0-cap')).toBe('sms');
    await page.keyboard.press('Control+z');
    await page.waitForSelector('#way-1-req-0-account', { state: 'detached' });
    await page.fill('#asset-0-value', '8500');
    await page.press('#asset-0-value', 'Tab');
    await waitSaved();
    expect(await page.locator('.field-error').count()).toBe(0);
    const after = await stored(mapId);
    expect(after.map.accounts[3]!.label).toBe('微软账户');
    expect(after.map.accounts[3]!.assets![0]!.value).toBe(8500);
    // Nothing invalid was ever sent: the versions saved are only the valid edits (or none).
    expect(after.version).toBeGreaterThanOrEqual(before);
  });

  it('reloads the page and finds the map as saved in the store', async () => {
    await page.reload();
    await page.waitForSelector('.node');
    expect(await page.locator('.node').count()).toBe(CASE_IDS.length);
    expect(await page.textContent('#save-status')).toContain(zh.saved((await stored(mapId)).version));
  });

  it('simulates the QQ ban: what the engine computes for the saved map, and the fixture’s statuses and total', async () => {
    await page.click('#mode-simulate');
    await page.click('.node[data-id="qq"]');
    await page.click('#ban-apply');
    await page.waitForSelector('#money-lost');

    const saved = (await stored(mapId)).map;
    const expected = impact(compile(saved), [{ account: 'qq' }]);
    for (const id of CASE_IDS)
      expect([id, await page.getAttribute(`.node[data-id="${id}"]`, 'data-status')]).toEqual([
        id,
        expected.accounts[id]!.status,
      ]);
    expect(await page.textContent('#money-lost')).toBe(formatTotals(expected.totals.lost, 'zh'));

    // The fixture restricted to the same accounts, with its own scenario, agrees.
    const full = fixture();
    const reduced: BindingMap = {
      version: 1,
      accounts: full.accounts.filter((a) => CASE_IDS.includes(a.id)),
      scenarios: full.scenarios,
    };
    const want = impact(compile(reduced), full.scenarios![0]!.bans);
    for (const id of CASE_IDS)
      expect([id, expected.accounts[id]!.status]).toEqual([id, want.accounts[id]!.status]);
    expect(expected.totals.lost).toEqual(want.totals.lost);
    expect(expected.totals.lost).toEqual({ CNY: 23_200 });
    await page.keyboard.press('Escape');
  });

  it('draws a requirement by dragging, deletes it with the Delete key, and undo/redo reach the graph and the store', async () => {
    await page.click('#mode-edit');
    await page.click('#link-mode');
    const from = (await page.locator('.node[data-id="phone"] .shape').boundingBox())!;
    const to = (await page.locator('.node[data-id="microsoft"] .shape').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 40, from.y + 20, { steps: 4 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.waitForSelector('#link-chooser');
    expect(await page.textContent('#link-title')).toContain('微软账户');
    await page.selectOption('#link-cap', 'sms');
    expect(await page.inputValue('#link-way')).toBe('new');
    await shot('editor-link.png');
    await page.click('#link-add');
    const link = '.edge-hit[data-link="microsoft||1|phone.sms"]';
    await page.waitForSelector(link, { state: 'attached' });
    await waitSaved();
    const ways = async () =>
      (await stored(mapId)).map.accounts.find((a) => a.id === 'microsoft')!.ways!.length;
    expect(await ways()).toBe(2);

    await page.locator(link).dispatchEvent('click');
    await page.keyboard.press('Delete');
    await page.waitForSelector(link, { state: 'detached' });
    await waitSaved();
    expect(await ways()).toBe(1);

    await page.keyboard.press('Control+z');
    await page.waitForSelector(link, { state: 'attached' });
    await waitSaved();
    expect(await ways()).toBe(2);
    await page.keyboard.press('Control+Shift+z');
    await page.waitForSelector(link, { state: 'detached' });
    await waitSaved();
    expect(await ways()).toBe(1);
    await page.click('#undo');
    await page.waitForSelector(link, { state: 'attached' });
    await page.keyboard.press('Control+y');
    await page.waitForSelector(link, { state: 'detached' });
    await waitSaved();
    expect(await ways()).toBe(1);
    await page.click('#link-mode');
  });

  it('asks before deleting an account, naming the ways that go with it and the accounts left without a way in', async () => {
    await page.focus('.node[data-id="qqmail"]');
    await page.keyboard.press('Delete');
    await page.waitForSelector('#confirm-dialog');
    const text = await page.textContent('#confirm-dialog');
    expect(text).toContain(zh.deleteWays(3));
    for (const label of ['微软账户', 'Apple ID', '亚马逊账户']) expect(text).toContain(label);
    expect(text).toContain(zh.deleteRoots);
    await shot('editor-delete.png');
    // Cancel is focused first, so Enter keeps everything.
    await page.keyboard.press('Enter');
    await page.waitForSelector('#confirm-dialog', { state: 'detached' });
    expect(await page.locator('.node').count()).toBe(CASE_IDS.length);
  });

  it('refuses an invalid import: nothing replaced, nothing stored, the errors listed with their JSON paths', async () => {
    const before = await stored(mapId);
    const listBefore = await storedList();
    await page.click('#open-io');
    await page.setInputFiles('#io-file-input', {
      name: 'proto.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version":1,"accounts":[],"__proto__":{"polluted":true}}'),
    });
    await page.waitForSelector('.alert.error');
    expect(await page.textContent('.alert.error')).toContain(zh.importForbidden);

    const bad = {
      version: 1,
      accounts: [
        {
          id: 'a',
          kind: 'service',
          label: 'A',
          ways: [{ requires: [{ account: 'nope' }] }],
          assets: [{ label: 'x', kind: 'money', value: -1 }],
        },
      ],
    };
    await page.setInputFiles('#file-input', {
      name: 'bad.map.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await page.waitForSelector('.alert.error >> text=accounts[0].assets[0].value');
    const alert = await page.textContent('.alert.error');
    expect(alert).toContain('accounts[0].assets[0].value');
    expect(alert).toContain(
      issueText({ code: 'schema', path: ['accounts', 0, 'assets', 0, 'value'], message: '' }, 'zh'),
    );
    expect(await page.locator('.node').count()).toBe(CASE_IDS.length);
    expect(await storedList()).toEqual(listBefore);
    expect((await stored(mapId)).version).toBe(before.version);
    await page.click('.alert.error button');
  });

  it('shows a stale save as a conflict; “overwrite with mine” and “reload theirs” both resolve it', async () => {
    const behind = async (title: string) => {
      const cur = await stored(mapId);
      const res = await api(`/maps/${mapId}`, {
        method: 'PUT',
        headers: { 'if-match': cur.etag },
        body: JSON.stringify({ ...cur.map, title }),
      });
      expect(res.status).toBe(200);
    };
    const editNotes = async (text: string) => {
      await page.click('.node[data-id="amazon"]');
      await page.fill('#edit-notes', text);
      await page.press('#edit-notes', 'Tab');
    };

    await behind('另一个标签页的版本');
    await editNotes('我的改动');
    await page.waitForSelector('#conflict');
    expect(await page.textContent('#conflict')).toContain(zh.conflictTitle);
    await shot('editor-conflict.png');
    await page.click('#conflict-overwrite');
    await waitSaved();
    let now = (await stored(mapId)).map;
    expect(now.title).toBeUndefined();
    expect(now.accounts.find((a) => a.id === 'amazon')!.notes).toBe('我的改动');

    await behind('他们的版本');
    await editNotes('我的第二个改动');
    await page.waitForSelector('#conflict');
    await page.click('#conflict-reload');
    await page.waitForSelector('#conflict', { state: 'detached' });
    expect(await page.textContent('#map-title')).toBe('他们的版本');
    await waitSaved();
    now = (await stored(mapId)).map;
    expect(now.title).toBe('他们的版本');
    expect(now.accounts.find((a) => a.id === 'amazon')!.notes).toBe('我的改动');
  });

  it('manages several maps: duplicate, rename, versions with preview and restore, delete after confirming', async () => {
    await page.click('#open-maps');
    await page.waitForSelector('.map-row');
    expect(await page.locator('.map-row').count()).toBe(1);
    await page.click(`.map-row[data-map="${mapId}"] .map-duplicate`);
    await page.waitForFunction(() => document.querySelectorAll('.map-row').length === 2);
    const copy = (await storedList()).find((m) => m.id !== mapId)!;
    expect(copy.title).toBe(zh.copyOf('他们的版本'));

    await shot('editor-maps.png');
    await page.click(`.map-row[data-map="${copy.id}"] .map-rename`);
    await page.fill(`.map-row[data-map="${copy.id}"] .rename-input`, '测试副本');
    await page.click(`.map-row[data-map="${copy.id}"] .rename-save`);
    await page.waitForSelector(`.map-row[data-map="${copy.id}"] >> text=测试副本`);
    expect((await stored(copy.id)).map.title).toBe('测试副本');

    // An earlier version, the one where Microsoft had the drawn SMS way: preview it, restore it, undo that.
    const versions = (
      (await (await api(`/maps/${mapId}/revisions`)).json()) as { revisions: { version: number }[] }
    ).revisions;
    let old: { version: number; map: BindingMap } | undefined;
    for (const { version } of versions) {
      const rev = (await (await api(`/maps/${mapId}/revisions/${version}`)).json()) as { map: BindingMap };
      if (rev.map.accounts.find((a) => a.id === 'microsoft')!.ways!.length === 2) {
        old = { version, map: rev.map };
        break;
      }
    }
    expect(old).toBeDefined();
    await page.click(`.map-row[data-map="${mapId}"] .map-revisions`);
    await page.click(`.revision-list li[data-version="${old!.version}"] .revision-preview-button`);
    await page.waitForSelector('#revision-restore');
    expect(await page.textContent('.revision-preview')).toContain(
      zh.revisionSummary(old!.version, CASE_IDS.length),
    );
    expect(await page.textContent('.diff-changed')).toContain('微软账户');
    await shot('editor-revisions.png');
    await page.click('#revision-restore');
    await page.waitForSelector(`.maps-status >> text=${zh.revisionRestored(old!.version)}`);
    await page.waitForSelector('.edge-hit[data-link="microsoft||1|phone.sms"]', { state: 'attached' });
    expect((await stored(mapId)).map).toEqual(old!.map);
    await page.click('#revisions-back');

    await page.click(`.map-row[data-map="${copy.id}"] .map-delete`);
    await page.waitForSelector('#confirm-dialog');
    await page.click('#confirm-ok');
    await page.waitForFunction(() => document.querySelectorAll('.map-row').length === 1);
    expect((await storedList()).map((m) => m.id)).toEqual([mapId]);
    await page.click('#maps-dialog .dialog-close');

    await page.keyboard.press('Control+z');
    await page.waitForSelector('.edge-hit[data-link="microsoft||1|phone.sms"]', { state: 'detached' });
    await waitSaved();
    expect((await stored(mapId)).map.accounts.find((a) => a.id === 'microsoft')!.ways).toHaveLength(1);
  });

  it('exports the map as JSON (redacted too), DOT, GraphML and Mermaid, the graph as SVG and PNG, the report as Markdown', async () => {
    await page.click('#open-io');
    await page.waitForSelector('#export-json');
    await shot('editor-io.png');
    const json = await download(() => page.click('#export-json'));
    expect(JSON.parse(json.body.toString('utf8'))).toEqual((await stored(mapId)).map);
    await page.check('#export-redact');
    const redacted = (await download(() => page.click('#export-json'))).body.toString('utf8');
    expect(redacted).not.toContain('7921xxxxx@qq.com');
    expect(redacted).toContain('@qq.com');
    await page.uncheck('#export-redact');
    expect((await download(() => page.click('#export-dot'))).body.toString('utf8')).toMatch(/^digraph/);
    expect((await download(() => page.click('#export-graphml'))).body.toString('utf8')).toContain('<graphml');
    expect((await download(() => page.click('#export-mermaid'))).body.toString('utf8')).toMatch(/^flowchart/);
    const svg = (await download(() => page.click('#export-svg'))).body.toString('utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('微软账户');
    expect(svg).not.toContain('edge-hit');
    const png = (await download(() => page.click('#export-png'))).body;
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.length).toBeGreaterThan(5000);
    const md = (await download(() => page.click('#export-risk'))).body.toString('utf8');
    expect(md).toContain(`# ${text('zh').report.title}`);
    expect(md).toContain('QQ（15年）');
    await page.click('#io-dialog .dialog-close');
  });

  it('leaves no string of the other language on the editor’s screens', async () => {
    const saved = (await stored(mapId)).map;
    const data = dataStrings(saved);
    const capabilities = new Set(compile(saved).caps.flat());
    /** Checks a screen in English then in Chinese; `open` shows it again after each language switch. */
    const check = async (
      what: string,
      open?: () => Promise<void>,
      close?: () => Promise<void>,
      picture?: string,
    ) => {
      await page.click('#lang-switch');
      await open?.();
      if (picture) await shot(picture);
      const en = await chromeText(page, data);
      expect([what, en.split('\n').filter((line) => CJK.test(line))]).toEqual([what, []]);
      await close?.();
      await page.click('#lang-switch');
      await open?.();
      const zhText = await chromeText(page, data);
      const leftovers = englishStrings(STRINGS.en).filter((s) => !capabilities.has(s) && zhText.includes(s));
      expect([what, leftovers]).toEqual([what, []]);
      await close?.();
    };
    await page.click('.node[data-id="microsoft"]');
    await page.waitForSelector('#edit-label');
    await check('account editor', undefined, undefined, 'editor-account-en.png');
    await page.click('#add-account');
    await page.fill('#catalog-search', 'Apple');
    await check('catalog search');
    await page.click('.catalog-item[data-provider="apple_id"]');
    await page.waitForSelector('#new-add');
    await check('new account from the catalog', undefined, undefined, 'editor-catalog-en.png');
    await page.click('#new-cancel');
    const pressEscape = () => page.keyboard.press('Escape');
    await check(
      'my maps',
      async () => {
        await page.click('#open-maps');
        await page.waitForSelector('.map-row');
      },
      pressEscape,
    );
    await check(
      'import and export',
      async () => {
        await page.click('#open-io');
        await page.waitForSelector('#export-json');
      },
      pressEscape,
    );
  });

  it('saves the example only once it is edited, and then as the person’s own copy', async () => {
    const before = await storedList();
    await page.click('#open-example');
    await page.waitForSelector('.map-banner.example');
    expect(await page.textContent('#save-status')).toBe(zh.saveIdleExample);
    await page.waitForTimeout(700);
    expect(await storedList()).toEqual(before);
    await page.click('#mode-edit');
    await page.click('.node[data-id="github"]');
    await page.click('#delete-account');
    await page.click('#confirm-ok');
    await page.waitForSelector('#copy-note');
    await waitSaved();
    const after = await storedList();
    expect(after).toHaveLength(before.length + 1);
    const copy = after.find((m) => !before.some((b) => b.id === m.id))!;
    expect(copy.title).toBe(zh.copyOf(fixture().title ?? ''));
    const saved = (await stored(copy.id)).map;
    expect(saved.accounts.map((a) => a.id)).toEqual(
      fixture()
        .accounts.map((a) => a.id)
        .filter((id) => id !== 'github'),
    );
    expect(await page.textContent('#copy-note')).toContain(copy.title);
  });

  it('made no request outside its origin and logged no error but the refused stale saves', () => {
    expect(watch.outside).toEqual([]);
    expect(watch.consoleErrors.filter((e) => !/status of 409/.test(e))).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
