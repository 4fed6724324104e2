/**
 * The web UI on phones, in real Chromium: at 390×844 and 360×740, in Chinese and in English, nothing scrolls
 * sideways, the graph's labels are drawn at a readable size, and after a QQ ban the result is on screen in
 * the bottom sheet without scrolling past the graph. Screenshots go to test/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, impact } from '../src/engine/index.js';
import { exampleMap } from '../web/maps/map-source.js';
import { STRINGS } from '../web/shell/i18n.js';
import { launchBrowser, ROOT, startTestServer, type TestServer } from './support/browser.js';

const ARTIFACTS = join(ROOT, 'test/artifacts');
const SIZES = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
] as const;
const LOCALES = [
  { locale: 'zh-CN', lang: 'zh' },
  { locale: 'en-US', lang: 'en' },
] as const;

describe('the web UI on a phone', () => {
  const qqBan = impact(compile(exampleMap()), [{ account: 'qq', lose: 'all' }]);
  let server: TestServer;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  for (const size of SIZES) {
    for (const { locale, lang } of LOCALES) {
      it(`at ${size.width}×${size.height} in ${lang}: no sideways scroll, readable labels, and the QQ ban's result on screen`, async () => {
        const browser = await launchBrowser({ locale, ...size });
        try {
          const { page } = browser;
          await page.goto(server.launchUrl);
          await page.waitForSelector('.node[data-id="qq"]');
          const noSideways = () =>
            page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
          expect(await noSideways()).toBe(true);
          // A 13 px label drawn at the fitted scale stays at least 9 px tall on screen.
          const labelPx = await page.$eval(
            '.node[data-id="qq"] .label',
            (el) => el.getBoundingClientRect().height,
          );
          expect(labelPx).toBeGreaterThanOrEqual(9);
          await page.screenshot({ path: join(ARTIFACTS, `phone-${size.width}-${lang}.png`) });

          // The sheet is closed until there is something to read, then opens by itself.
          expect(await page.getAttribute('body', 'data-sheet')).toBe('closed');
          await page.click('.node[data-id="qq"]');
          expect(await page.getAttribute('body', 'data-sheet')).toBe('open');
          expect(await page.getAttribute('#sheet-handle', 'aria-expanded')).toBe('true');
          await page.click('#ban-apply');
          await page.waitForSelector('#money-lost');
          await page.waitForTimeout(250); // the sheet's opening transition
          const seen = await page.evaluate(() => {
            const headline = document.getElementById('headline-cut')!.getBoundingClientRect();
            const graph = document.getElementById('graph')!.getBoundingClientRect();
            return {
              headlineOnScreen: headline.top >= 0 && headline.bottom <= window.innerHeight,
              // Not scrolled past the graph: part of it is still above the bottom of the screen.
              graphStillInView: graph.bottom > 0 && graph.top < window.innerHeight,
            };
          });
          expect(seen).toEqual({ headlineOnScreen: true, graphStillInView: true });
          expect(await page.textContent('#headline-cut')).toContain(String(qqBan.counts.cut));
          expect(await noSideways()).toBe(true);
          await page.screenshot({ path: join(ARTIFACTS, `phone-${size.width}-${lang}-qq-ban.png`) });

          // The handle closes the sheet again, and says so in the page's language.
          await page.click('#sheet-handle');
          expect(await page.getAttribute('body', 'data-sheet')).toBe('closed');
          expect(await page.textContent('#sheet-handle')).toBe(STRINGS[lang].sheetShow);
        } finally {
          await browser.close();
        }
      });
    }
  }
});
