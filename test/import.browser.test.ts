/**
 * The password-manager import in real Chromium: the page parses the export itself (no request carries it,
 * and after the parse no secret marker is left in the page's heap), a review table shows one row per account,
 * a row can be unticked and corrected, and "add" builds those accounts into a new map (over the example) that
 * is stored. Screenshots at 1440×900 and 390×844 in Chinese and English go to test/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImport, parseExport, planImport } from '../src/engine/import/index.js';
import { launchBrowser, ROOT, startTestServer, type TestServer, watchPage } from './support/browser.js';
import { SECRET_MARKER, sample } from './support/import.js';

const ARTIFACTS = join(ROOT, 'test/artifacts');
const FILE = {
  name: 'bitwarden_export.json',
  mimeType: 'application/json',
  buffer: Buffer.from(sample('bitwarden.json')),
};

/** The entries the engine plans for the sample, to compare with the table. */
function planned() {
  const parsed = parseExport(sample('bitwarden.json'));
  if (!parsed.ok) throw new Error('refused');
  return planImport(parsed.logins).entries;
}

describe('importing from a password manager in the page', () => {
  let server: TestServer;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('parses in the page, reviews, unticks and corrects rows, and adds the accounts as a stored map', async () => {
    const browser = await launchBrowser({ locale: 'zh-CN' });
    try {
      const { page } = browser;
      const watch = watchPage(page, server.url);
      const bodies: string[] = [];
      page.on('request', (r) => bodies.push(`${r.url()} ${r.postData() ?? ''}`));
      await page.goto(server.launchUrl);
      await page.waitForSelector('.node');
      await page.click('#open-io');
      await page.click('#pw-import-open');
      await page.waitForSelector('#pw-import-dialog');
      bodies.length = 0;
      await page.setInputFiles('#pw-import-file', FILE);
      await page.waitForSelector('#pw-table');
      const entries = planned();
      expect(await page.locator('#pw-table tbody tr').count()).toBe(entries.length);
      expect(await page.textContent('#pw-import-status')).toContain('读取到 11 个登录项');
      // Nothing left the page while reading: no request at all, let alone one with the file.
      expect(bodies).toEqual([]);
      expect(await page.inputValue('#pw-import-file')).toBe('');

      // After the parse, no secret is left in the page's memory (a heap snapshot collects garbage first).
      const cdp = await browser.context.newCDPSession(page);
      const chunks: string[] = [];
      cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      const heap = chunks.join('');
      expect(heap.length).toBeGreaterThan(100_000);
      expect(heap).not.toMatch(/SECRET-BWJ|SECRETBWJ/);
      await cdp.detach();

      // Untick the router, call the forum Douban, hang it off the 163 mailbox.
      const row = (site: string) => page.locator(`#pw-table tbody tr:has(td.pw-site:text-is("${site}"))`);
      await row('192.168.1.1').locator('input[type=checkbox]').uncheck();
      await row('example-forum.cn').locator('.pw-provider').fill('豆瓣');
      await row('example-forum.cn').locator('.pw-provider').dispatchEvent('change');
      expect(await row('example-forum.cn').locator('.pw-ways').textContent()).toContain('lihua@163.com');
      expect(await page.textContent('#pw-import-add')).toBe(`添加 ${entries.length - 1} 个帐号到地图`);
      await page.screenshot({ path: join(ARTIFACTS, 'import-review-edited-zh.png') });
      await page.click('#pw-import-add');
      await page.waitForSelector('#pw-import-dialog', { state: 'detached' });

      const expected = buildImport(
        entries
          .filter((e) => e.site !== '192.168.1.1')
          .map((e) => (e.site === 'example-forum.cn' ? { ...e, provider: 'douban' } : e)),
        { lang: 'zh' },
      ).map;
      await page.waitForSelector('.node[data-id="douban"]');
      const ids = await page.$$eval('.node', (nodes) => nodes.map((n) => n.getAttribute('data-id')));
      expect(ids.sort()).toEqual(expected.accounts.map((a) => a.id).sort());
      expect(ids).not.toContain('192_168_1_1');

      // The new map is stored, and neither it nor any request the page made holds a secret.
      await page.waitForFunction(() => document.body.textContent?.includes('已保存'), undefined, {
        timeout: 10_000,
      });
      const list = await fetch(`${server.url}/api/v1/maps`, {
        headers: { authorization: `Bearer ${server.token}` },
      });
      const { maps } = (await list.json()) as { maps: { id: string }[] };
      expect(maps).toHaveLength(1);
      const stored = await fetch(`${server.url}/api/v1/maps/${maps[0]!.id}`, {
        headers: { authorization: `Bearer ${server.token}` },
      });
      const doc = (await stored.json()) as { map: { accounts: unknown[] } };
      expect(doc.map.accounts).toEqual(expected.accounts);
      expect(JSON.stringify(doc)).not.toMatch(SECRET_MARKER);
      expect(bodies.join('\n')).not.toMatch(SECRET_MARKER);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toMatch(SECRET_MARKER);
      expect(watch.outside).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('refuses an encrypted export in the page with the reason', async () => {
    const browser = await launchBrowser({ locale: 'en-US' });
    try {
      const { page } = browser;
      await page.goto(server.launchUrl);
      await page.waitForSelector('.node');
      await page.click('#open-io');
      await page.click('#pw-import-open');
      await page.setInputFiles('#pw-import-file', {
        name: 'bw.json',
        mimeType: 'application/json',
        buffer: Buffer.from(sample('bitwarden-encrypted.json')),
      });
      await page.waitForFunction(() =>
        document.querySelector('#pw-import-status')?.textContent?.includes('encrypted'),
      );
      expect(await page.locator('#pw-table').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toMatch(SECRET_MARKER);
    } finally {
      await browser.close();
    }
  });

  for (const size of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ])
    for (const { locale, lang } of [
      { locale: 'zh-CN', lang: 'zh' },
      { locale: 'en-US', lang: 'en' },
    ])
      it(`shows the review table at ${size.width}×${size.height} in ${lang} without sideways scrolling`, async () => {
        const browser = await launchBrowser({ locale, ...size });
        try {
          const { page } = browser;
          await page.goto(server.launchUrl);
          await page.waitForSelector('.node');
          await page.click('#open-io');
          await page.click('#pw-import-open');
          await page.setInputFiles('#pw-import-file', FILE);
          await page.waitForSelector('#pw-table');
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
            true,
          );
          const dialog = await page.locator('#pw-import-dialog').boundingBox();
          expect(dialog!.width).toBeLessThanOrEqual(size.width);
          await page.screenshot({ path: join(ARTIFACTS, `import-review-${size.width}-${lang}.png`) });
        } finally {
          await browser.close();
        }
      });
});
