/**
 * The web UI in a real browser (Debian Chromium through playwright-core) against the real server: the example
 * opens, a QQ ban shows exactly what the engine computes, the language switch leaves no string of the other
 * language, the risk report and the table view render, the keyboard reaches everything, a bad file lists its
 * errors with JSON paths, and the page never leaves its origin or logs an error. Screenshots go to
 * test/artifacts/ for people to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTotals } from '../src/engine/describe.js';
import { compile, impact, parseMap, risk } from '../src/engine/index.js';
import type { BindingMap } from '../src/model/index.js';
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
const FIXTURE = join(ROOT, 'fixtures/qq-permanent-ban-2022.map.json');

function loadFixture(path: string): BindingMap {
  const parsed = parseMap(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(`fixture ${path} does not validate`);
  return parsed.map;
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage });
}

describe('the web UI in Chromium', () => {
  let server: TestServer;
  let session: Session;
  let page: Page;
  let watch: PageWatch;
  const map = loadFixture(FIXTURE);
  const data = dataStrings(map);
  const compiled = compile(map);
  const scenario = map.scenarios![0]!;
  const expected = impact(compiled, scenario.bans);
  const expectedCut = Object.entries(expected.accounts)
    .filter(([, r]) => r.status === 'cut')
    .map(([id]) => id)
    .sort();

  /** Switches to English, checks the current view's interface holds no Chinese, and switches back. */
  async function expectEnglishViewClean(): Promise<void> {
    await page.click('#lang-switch');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const en = await chromeText(page, data);
    expect(en.split('\n').filter((line) => CJK.test(line))).toEqual([]);
    await page.click('#lang-switch');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    session = await openSession();
    ({ server, page, watch } = session);
  });

  afterAll(() => session?.close());

  it('opens the example map in Chinese, marked as an example, with one node per account', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('#map-banner')).toContain(STRINGS.zh.exampleBanner);
    expect(await page.locator('.node').count()).toBe(map.accounts.length);
    // The token left the address bar and stays for this session only.
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => sessionStorage.getItem('banradius.token'))).toBe(server.token);
    await page.waitForTimeout(100);
    await shot(page, 'example-zh.png');
  });

  it('simulates the QQ ban: the cut accounts and the money lost are what the engine computes for the case', async () => {
    await page.click('.node[data-id="qq"]');
    await page.waitForSelector('#ban-apply');
    expect(await page.textContent('#account-card-title')).toContain('QQ');
    await page.click('#ban-apply');
    await page.waitForSelector('#money-lost');

    const shownCut = await page.$$eval('.node[data-status="cut"]', (els) =>
      els.map((e) => e.getAttribute('data-id')!).sort(),
    );
    expect(expectedCut.length).toBeGreaterThan(0);
    expect(shownCut).toEqual(expectedCut);
    expect(await page.getAttribute('.node[data-id="qq"]', 'data-status')).toBe('banned');
    expect(await page.textContent('#money-lost')).toBe(formatTotals(expected.totals.lost, 'zh'));
    expect(await page.textContent('#headline-cut')).toBe(STRINGS.zh.headlineCut(expected.counts.cut));
    const listed = await page.$$eval('.affected.status-cut', (els) =>
      els.map((e) => e.getAttribute('data-account')!).sort(),
    );
    expect(listed).toEqual(expectedCut);
    // Each cut account carries the engine's explanation.
    expect(await page.locator('.affected.status-cut [data-explain]').count()).toBeGreaterThanOrEqual(
      expectedCut.length,
    );
    await shot(page, 'qq-ban-zh.png');
  });

  it('switches to English with no Chinese left in the interface, and back with no English left', async () => {
    await page.click('#lang-switch');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const en = await chromeText(page, data);
    expect(en.split('\n').filter((line) => CJK.test(line))).toEqual([]);
    expect(await page.textContent('#money-lost')).toBe(formatTotals(expected.totals.lost, 'en'));
    expect(await page.textContent('#headline-cut')).toBe(STRINGS.en.headlineCut(expected.counts.cut));
    await shot(page, 'qq-ban-en.png');

    await page.click('#lang-switch');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const zh = await chromeText(page, data);
    // Capability names (access, mail, contacts…) are identifiers shown as they are in both languages.
    const capabilities = new Set(compiled.caps.flat());
    const leftovers = englishStrings(STRINGS.en).filter((s) => !capabilities.has(s) && zh.includes(s));
    expect(leftovers).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('banradius.lang'))).toBe('zh');
  });

  it('opens the risk report: blast-radius chart, single points of failure, pairs and recommendations', async () => {
    const report = risk(compiled, { order: 2 });
    await page.click('#tab-risk');
    await page.waitForSelector('.blast-chart svg .bar');
    const top = report.blastRadius[0]!;
    expect(await page.locator('.blast-chart .bar').first().locator('title').textContent()).toContain(
      map.accounts.find((a) => a.id === top.account)!.label,
    );
    const withSpof = Object.values(report.accounts).filter((x) => x.spof.length > 0).length;
    expect(await page.locator('#spof-table tbody tr').count()).toBe(withSpof);
    expect(await page.locator('#pairs-title').count()).toBe(1);
    expect(await page.locator('#recommendations > li').count()).toBe(report.recommendations.length);
    expect(await page.locator('#recommendations > li .rec-text').first().textContent()).toBe(
      report.recommendations[0]!.textZh ?? report.recommendations[0]!.text,
    );
    await shot(page, 'risk-report.png', true);
    await expectEnglishViewClean();
  });

  it('shows the same accounts and statuses in the table view as in the graph', async () => {
    await page.click('#tab-table');
    await page.waitForSelector('#accounts-table');
    const rows = await page.$$eval('#accounts-table tbody tr', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-account'), tr.className.replace('status-', '')]),
    );
    expect(rows).toHaveLength(map.accounts.length);
    for (const [id, status] of rows) expect(status).toBe(expected.accounts[id!]!.status);
    await shot(page, 'table-view.png', true);
    await expectEnglishViewClean();
  });

  it('works by keyboard: Tab reaches an account, Enter opens its ban panel, Escape clears the simulation', async () => {
    await page.click('#tab-graph');
    await page.keyboard.press('Escape');
    expect(await page.locator('.node[data-status="cut"]').count()).toBe(0);
    await page.focus('#tab-graph');
    let onNode = false;
    for (let i = 0; i < 30 && !onNode; i++) {
      await page.keyboard.press('Tab');
      onNode = await page.evaluate(() => document.activeElement?.classList.contains('node') ?? false);
    }
    expect(onNode).toBe(true);
    const id = await page.evaluate(() => document.activeElement!.getAttribute('data-id'));
    const label = map.accounts.find((a) => a.id === id)!.label;
    expect(await page.evaluate(() => document.activeElement!.getAttribute('aria-label'))).toContain(label);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#account-card-title');
    expect(await page.textContent('#account-card-title')).toBe(label);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ban-preset');
    // Submit the form from the keyboard, then clear with Escape.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#impact-title');
    expect(await page.getAttribute(`.node[data-id="${id}"]`, 'data-status')).toBe('banned');
    await page.keyboard.press('Escape');
    expect(await page.locator('.node[data-status]').count()).toBe(0);
    expect(await page.locator('#impact-title').count()).toBe(0);
  });

  it('loads a JSON map file, listing validation errors with their JSON paths, and saves a valid one', async () => {
    const bad = {
      version: 1,
      accounts: [{ id: 'a', kind: 'service', label: 'A', ways: [{ requires: [{ account: 'nope' }] }] }],
    };
    await page.setInputFiles('#file-input', {
      name: 'bad.map.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await page.waitForSelector('.alert.error');
    expect(await page.textContent('.alert.error')).toContain('accounts[0].ways[0].requires[0].account');

    const good = readFileSync(join(ROOT, 'fixtures/semantics/and-or-ways.map.json'));
    await page.setInputFiles('#file-input', {
      name: 'and-or-ways.map.json',
      mimeType: 'application/json',
      buffer: good,
    });
    await page.waitForSelector('.node[data-id="svc"]');
    expect(await page.locator('.alert.error').count()).toBe(0);
    expect(await page.locator('.node').count()).toBe(
      loadFixture(join(ROOT, 'fixtures/semantics/and-or-ways.map.json')).accounts.length,
    );
    // The AND-group of svc's second way meets at one junction dot.
    expect(await page.locator('.graph-svg .junction').count()).toBe(1);
    // An imported map is saved as a new map at once.
    await page.waitForSelector('#save-status[data-state="saved"]');
  });

  it('lists the stored maps and opens one', async () => {
    const stored = loadFixture(join(ROOT, 'fixtures/wechat-shenzhen-2020.map.json'));
    const res = await fetch(`${server.url}/api/v1/maps`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(stored),
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    // A reload keeps the session's token (it is no longer in the address bar).
    await page.goto(`${server.url}/`);
    await page.waitForSelector(`#stored-select option[value="${id}"]`, { state: 'attached' });
    expect(await page.textContent('#api-status')).toBe(STRINGS.zh.apiOnline);
    await page.selectOption('#stored-select', id);
    await page.waitForSelector('.node[data-id="health_code"]');
    expect(await page.locator('.node').count()).toBe(stored.accounts.length);
    expect(await page.textContent('#map-title')).toBe(stored.title);
  });

  it('made no request outside its origin and logged no console error or page error', () => {
    expect(watch.outside).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
