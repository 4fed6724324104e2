/**
 * A page opened without the launch key (a bookmark, a restart) or with an old one, in Chromium, in Chinese
 * and English: it says plainly that the saved maps are safe and how to get back in, never looks as if they
 * were gone, and reconnects from the pasted launch link. Screenshots at 1440×900 and 390×844.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Lang, text } from '../src/text/index.js';
import { type Browser, launchBrowser, ROOT, startTestServer, type TestServer } from './support/browser.js';

const ARTIFACTS = join(ROOT, 'test/artifacts');

async function shots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}-1440.png`) });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-390.png`) });
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe.each(['zh', 'en'] as const)('a page without a working key (%s)', (lang: Lang) => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const t = text(lang).access;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    browser = await launchBrowser({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
    page = browser.page;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opened without the key, shows the banner with what to do and no empty-looking maps list', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector('#access-banner:not([hidden])');
    expect(await page.textContent('#access-title')).toBe(t.title['no-token']);
    const banner = await page.textContent('#access-banner');
    expect(banner).toContain('banradius serve');
    expect(banner).toContain(t.safe);
    // No maps list that looks empty: the picker and "my maps" are not shown at all.
    expect(await page.isVisible('#stored-maps')).toBe(false);
    expect(await page.isVisible('#open-maps')).toBe(false);
    expect(await page.locator('.empty-state').count()).toBe(0);
    await shots(page, `access-none-${lang}`);
  });

  it('with an old key, says the key has expired, and reconnects from the pasted launch link', async () => {
    await page.goto(`${server.url}/#token=${'0'.repeat(64)}`);
    // Only the fragment changed: load the page again, as a bookmark would.
    await page.reload();
    await page.waitForSelector('#access-banner:not([hidden])');
    expect(await page.textContent('#access-title')).toBe(t.title['bad-token']);
    await page.fill('#access-paste', 'not a link');
    await page.click('#access-banner button[type=submit]');
    expect(await page.textContent('#access-banner .form-error')).toBe(t.pasteInvalid);
    await page.fill('#access-paste', server.launchUrl);
    await page.click('#access-banner button[type=submit]');
    await page.waitForSelector('#stored-maps:not([hidden])');
    expect(await page.isVisible('#access-banner')).toBe(false);
    expect(new URL(page.url()).hash).toBe('');
  });
});
