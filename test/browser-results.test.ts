/**
 * The results a banned person reads, in Chromium, in Chinese and in English: the simulation's sentences name
 * capabilities and ways in words (no `x.y` id, no capability code, no "way 1") and are the text layer's own
 * sentences, the ones the CLI prints; money that survives a WeChat restriction is named with the capability
 * that keeps it and the summary is not coloured as a loss; an edit keeps the zoom and pan of the graph.
 * Screenshots at 1440×900 and 390×844 go to test/artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTotals } from '../src/engine/describe.js';
import { compile, impact, parseMap } from '../src/engine/index.js';
import type { BindingMap } from '../src/model/index.js';
import { capabilityName, explainAccount, type Lang } from '../src/text/index.js';
import {
  type Browser,
  dataStrings,
  launchBrowser,
  ROOT,
  startTestServer,
  type TestServer,
  watchPage,
} from './support/browser.js';

const ARTIFACTS = join(ROOT, 'test/artifacts');

function fixture(name: string): BindingMap {
  const parsed = parseMap(JSON.parse(readFileSync(join(ROOT, `fixtures/${name}.map.json`), 'utf8')));
  if (!parsed.ok) throw new Error(`${name} does not validate`);
  return parsed.map;
}

/** Screenshots of the page as it is, wide and on a phone, then back to wide. */
async function shots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}-1440.png`) });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-390.png`) });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.waitForTimeout(250);
}

/** A sentence with every piece of map data cut out: what is left is the interface's own words. */
function ownWords(sentence: string, data: string[]): string {
  let out = sentence;
  for (const d of data) out = out.split(d).join(' ');
  return out;
}

describe.each(['zh', 'en'] as const)('results in plain words (%s)', (lang: Lang) => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    browser = await launchBrowser({ locale });
    page = browser.page;
    watchPage(page, server.url);
    await page.goto(server.launchUrl);
    await page.waitForSelector('.node');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('explains the QQ ban with capabilities and ways in words, the sentences the CLI prints', async () => {
    const map = fixture('qq-permanent-ban-2022');
    const expected = impact(compile(map), map.scenarios![0]!.bans);
    await page.click('#replay');
    await page.waitForSelector('.affected[data-account="microsoft"] [data-explain]');
    const shown = await page.$$eval('.affected[data-account="microsoft"] [data-explain]', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(shown).toEqual(explainAccount(map, 'microsoft', expected.accounts.microsoft!, lang));
    expect(shown[0]).toContain(capabilityName('mail', lang));
    const data = dataStrings(map);
    const sentences = await page.$$eval('[data-explain], .lost-caps', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(sentences.length).toBeGreaterThan(10);
    for (const s of sentences) {
      const own = ownWords(s, data);
      expect(own, s).not.toMatch(/\b[a-z_]+\.[a-z_]+\b/);
      expect(own, s).not.toMatch(/\bway \d|第 ?\d+ ?条/);
      if (lang === 'zh') expect(own, s).not.toMatch(/[A-Za-z_]{3,}/);
      else expect(own, s).not.toMatch(/\b(find_my|icloud|call_in|call_out|mini_programs|oauth|sms)\b/);
    }
    expect(await page.getAttribute('.headline', 'data-outcome')).toBe('severe');
    await shots(page, `results-qq-${lang}`);
    await page.keyboard.press('Escape');
  });

  it('names the money a WeChat restriction leaves, with the capability that keeps it, and does not colour it as a loss', async () => {
    await page.setInputFiles('#file-input', {
      name: 'wechat.map.json',
      mimeType: 'application/json',
      buffer: readFileSync(join(ROOT, 'fixtures/wechat-shenzhen-2020.map.json')),
    });
    await page.waitForSelector('.node[data-id="wechat"]');
    await page.click('#mode-simulate');
    await page.click('.node[data-id="wechat"]');
    await page.selectOption('#ban-preset', 'wechat_restricted_permanent');
    await page.click('#ban-apply');
    await page.waitForSelector('#kept-assets');
    // Two accounts are cut off (health code, ETC) but no money is lost: amber, with the money kept in green.
    expect(await page.getAttribute('.headline', 'data-outcome')).toBe('cut');
    expect(await page.textContent('#headline-kept')).toContain(formatTotals({ CNY: 12_000 }, lang));
    const kept = await page.textContent('#kept-assets');
    expect(kept).toContain('微信零钱（金额为示例）');
    expect(kept).toContain(capabilityName('withdraw', lang));
    expect(await page.textContent('#money-kept')).toBe(formatTotals({ CNY: 12_000 }, lang));
    expect(await page.textContent('#money-lost')).toBe(formatTotals({}, lang));
    // Not the red of a loss.
    const border = await page.$eval('.headline', (el) => getComputedStyle(el).borderLeftColor);
    expect(border).toBe('rgb(224, 138, 0)');
    const keptColour = await page.$eval('#money-kept', (el) => getComputedStyle(el).color);
    expect(keptColour).toBe('rgb(27, 94, 32)');
    await shots(page, `results-kept-${lang}`);
    await page.keyboard.press('Escape');
  });

  it('keeps the zoom and pan, and the drawn nodes, when an account is edited', async () => {
    await page.waitForSelector('#save-status[data-state="saved"]');
    await page.click('#mode-edit');
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    const before = await page.getAttribute('.graph-svg .viewport', 'transform');
    await page.evaluate(() => {
      (document.querySelector('.node[data-id="phone"]') as unknown as { marked: boolean }).marked = true;
    });
    // The node may be out of view after zooming in: open it by keyboard.
    await page.focus('.node[data-id="wechat"]');
    await page.keyboard.press('Enter');
    await page.fill('#edit-label', '微信（改名）');
    await page.press('#edit-label', 'Tab');
    await page.waitForFunction(() =>
      document.querySelector('.node[data-id="wechat"]')?.getAttribute('aria-label')?.includes('微信（改名）'),
    );
    expect(await page.getAttribute('.graph-svg .viewport', 'transform')).toBe(before);
    // The graph was updated in place, not drawn again.
    expect(
      await page.evaluate(
        () => (document.querySelector('.node[data-id="phone"]') as unknown as { marked?: boolean }).marked,
      ),
    ).toBe(true);
    await page.click('#undo');
    await page.waitForFunction(
      () => !document.querySelector('.node[data-id="wechat"]')?.getAttribute('aria-label')?.includes('改名'),
    );
    expect(await page.getAttribute('.graph-svg .viewport', 'transform')).toBe(before);
  });
});
