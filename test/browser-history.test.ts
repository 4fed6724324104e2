/**
 * Going back and finding things, in Chromium, in Chinese and English: after a reload, undo steps back through
 * the stored versions (each step saved, redo comes forward again); "/" and a letter or two open any account.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BindingMap } from '../src/model/index.js';
import { type Lang, text } from '../src/text/index.js';
import { STRINGS } from '../web/shell/i18n.js';
import { type Browser, launchBrowser, ROOT, startTestServer, type TestServer } from './support/browser.js';

describe.each(['zh', 'en'] as const)('undo after a reload and search to select (%s)', (lang: Lang) => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let keys = 0;

  async function stored(): Promise<{ id: string; version: number; map: BindingMap }> {
    const auth = { authorization: `Bearer ${server.token}` };
    const list = (await (await fetch(`${server.url}/api/v1/maps`, { headers: auth })).json()) as {
      maps: { id: string }[];
    };
    const res = await fetch(`${server.url}/api/v1/maps/${list.maps[0]!.id}`, { headers: auth });
    return (await res.json()) as { id: string; version: number; map: BindingMap };
  }
  const savedAs = (v: number) =>
    page.waitForFunction(
      (want) => document.getElementById('save-status')?.textContent === want,
      STRINGS[lang].saved(v),
    );
  const label = (id: string) => page.textContent(`.node[data-id="${id}"] text.label`);
  const press = async (key: string) => {
    keys++;
    await page.keyboard.press(key);
  };

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
    page = browser.page;
    await page.goto(server.launchUrl);
    await page.waitForSelector('.node');
    await page.setInputFiles('#file-input', {
      name: 'wechat.map.json',
      mimeType: 'application/json',
      buffer: readFileSync(join(ROOT, 'fixtures/wechat-shenzhen-2020.map.json')),
    });
    await page.waitForSelector('.node[data-id="wechat"]');
    await savedAs(1);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens WeChat from the keyboard in a few keys: "/", a letter or two, Enter', async () => {
    await page.click('#mode-simulate');
    await page.locator('body').focus();
    keys = 0;
    await press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('account-search');
    // Pinyin initials find WeChat (微信) by its provider; in English its name does.
    for (const ch of lang === 'zh' ? 'wx' : 'we') await press(ch);
    expect(await page.getAttribute('#account-search-list li[aria-selected="true"]', 'data-id')).toBe(
      'wechat',
    );
    await press('Enter');
    await page.waitForSelector('#account-card-title');
    expect(await page.textContent('#account-card-title')).toBe('微信');
    expect(keys).toBeLessThanOrEqual(4);
    // Focus is on the ban form: one more Enter would ban it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ban-preset');
    await page.keyboard.press('Escape');
  });

  it('says so when no account matches', async () => {
    await page.fill('#account-search', 'zzzz-none');
    expect(await page.textContent('#account-search-list')).toBe(text(lang).history.searchNone);
    await page.fill('#account-search', '');
  });

  it('undoes after a reload, back through the stored versions, and redoes', async () => {
    await page.click('#mode-edit');
    await page.focus('#account-search');
    await page.keyboard.type(lang === 'zh' ? '微信' : 'wechat');
    await page.keyboard.press('Enter');
    await page.fill('#edit-label', 'WeChat (renamed)');
    await page.press('#edit-label', 'Tab');
    await savedAs(2);
    expect((await stored()).map.accounts.find((a) => a.id === 'wechat')?.label).toBe('WeChat (renamed)');

    await page.reload();
    await page.waitForSelector('.node[data-id="wechat"]');
    expect(await label('wechat')).toBe('WeChat (renamed)');
    expect(await page.isEnabled('#undo')).toBe(true);
    expect(await page.getAttribute('#undo', 'title')).toBe(text(lang).history.undoToVersion(1));
    await page.click('#undo');
    await page.waitForFunction(
      () => document.querySelector('.node[data-id="wechat"] text.label')?.textContent === '微信',
    );
    await savedAs(3);
    const back = await stored();
    expect(back.version).toBe(3);
    expect(back.map.accounts.find((a) => a.id === 'wechat')?.label).toBe('微信');
    // Version 1 was the first: nothing older to go back to.
    expect(await page.isEnabled('#undo')).toBe(false);
    await page.click('#redo');
    await page.waitForFunction(
      () => document.querySelector('.node[data-id="wechat"] text.label')?.textContent === 'WeChat (renamed)',
    );
    await savedAs(4);
  });
});
