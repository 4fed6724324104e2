/**
 * The guided survey in a real browser (issue 11 done-when): a 40-account map is built through the survey tab
 * alone, counting every click and field as an action (at most 120, printed), and the map the page saves equals
 * the committed fixtures/survey-40.map.json. Screenshots at 1440×900 and 390×844 in zh and en go to
 * test/artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BindingMap } from '../src/model/index.js';
import { text } from '../src/text/index.js';
import { openSession, ROOT, type Session } from './support/browser.js';
import { APPS, ASSETS, MAILBOXES, PHONES, ROOTS } from './support/survey-40.js';

const ARTIFACTS = join(ROOT, 'test/artifacts');

describe('the guided survey in Chromium', () => {
  let session: Session;
  let page: Page;
  let actions = 0;
  /** One thing the person does: a click, or a typed value. */
  const click = async (selector: string) => {
    actions++;
    await page.click(selector);
  };
  const type = async (selector: string, value: string) => {
    actions++;
    await page.fill(selector, value);
    await page.dispatchEvent(selector, 'change');
  };

  async function stored(): Promise<BindingMap> {
    const { server } = session;
    const headers = { authorization: `Bearer ${server.token}` };
    const list = (await (await fetch(`${server.url}/api/v1/maps`, { headers })).json()) as {
      maps: { id: string }[];
    };
    expect(list.maps).toHaveLength(1);
    const res = await fetch(`${server.url}/api/v1/maps/${list.maps[0]!.id}`, { headers });
    return ((await res.json()) as { map: BindingMap }).map;
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    session = await openSession();
    page = session.page;
  });

  afterAll(() => session?.close());

  it('builds a 40-account map in at most 120 actions, equal to the committed expected map', async () => {
    await click('#new-empty');
    await click('#tab-survey');
    await page.waitForSelector('.survey[data-step="0"]');
    for (const carrier of PHONES) await click(`[data-add-phone="${carrier}"]`);
    for (const root of ROOTS) await click(`[data-root="${root}"]`);
    for (const mailbox of MAILBOXES) await click(`[data-mailbox="${mailbox}"]`);
    expect(await page.locator('.survey-phone').count()).toBe(PHONES.length);
    await click('#survey-next');
    await page.waitForSelector('.survey[data-step="1"]');
    for (const app of APPS) {
      await click(`[data-app="${app.provider}"]`);
      for (const chip of app.toggle) await click(`[data-chip-app="${app.provider}"][data-chip="${chip}"]`);
    }
    expect(await page.locator('.survey-tile[data-selected="true"]').count()).toBe(APPS.length);
    await page.screenshot({ path: join(ARTIFACTS, 'survey-apps-zh-1440.png'), fullPage: false });
    await click('#survey-next');
    await page.waitForSelector('.survey[data-step="2"]');
    for (const asset of ASSETS) await type(`#survey-${asset.kind}-${asset.account}`, String(asset.value));
    await page.screenshot({ path: join(ARTIFACTS, 'survey-money-zh-1440.png') });
    await click('#survey-next');
    expect(await page.getAttribute('#survey-summary', 'data-count')).toBe('40');
    await click('#survey-finish');
    await page.waitForSelector('#save-status[data-state="saved"]');
    console.log(`survey: 40 accounts in ${actions} actions`);
    expect(actions).toBeLessThanOrEqual(120);

    const map = await stored();
    const expected = JSON.parse(
      readFileSync(join(ROOT, 'fixtures/survey-40.map.json'), 'utf8'),
    ) as BindingMap;
    const { title: _title, ...rest } = map;
    expect(rest).toEqual(expected);
    expect(await page.locator('.node').count()).toBe(40);
    await page.screenshot({ path: join(ARTIFACTS, 'survey-result-zh-1440.png') });
  });

  it('reads in English and on a phone, with no sideways scroll', async () => {
    await page.click('#tab-survey');
    await page.click('[data-add-phone="china_mobile"]');
    await page.click('[data-root="wechat"]');
    await page.click('[data-mailbox="qqmail"]');
    await page.click('#survey-next');
    await page.click('[data-app="douyin"]');
    await page.click('[data-app="pinduoduo"]');
    await page.click('#lang-switch');
    await page.waitForFunction(() => document.getElementById('tab-survey')?.textContent === 'Guided survey');
    expect(await page.textContent('.survey-category h3')).toBe('Phones and cloud');
    await page.screenshot({ path: join(ARTIFACTS, 'survey-apps-en-1440.png') });
    for (const lang of ['en', 'zh']) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('[data-app="pinduoduo"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(ARTIFACTS, `survey-apps-${lang}-390.png`) });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(wide, lang).toBeLessThanOrEqual(0);
      if (lang === 'en') await page.click('#lang-switch');
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('binds an app to the second number when the person picks it', async () => {
    await page.click('#new-empty');
    await page.click('#tab-survey');
    await page.click('#survey-step-0');
    await page.waitForSelector('.survey[data-step="0"]');
    const before = await page.locator('.survey-phone').count();
    await page.click('[data-add-phone="china_unicom"]');
    expect(await page.locator('.survey-phone').count()).toBe(before + 1);
    await page.click('#survey-next');
    await page.waitForSelector('.survey[data-step="1"]');
    if ((await page.getAttribute('[data-app="didi"]', 'aria-pressed')) !== 'true')
      await page.click('[data-app="didi"]');
    const which = '[data-which="phone"][data-which-app="didi"]';
    const options = await page.$$eval(`${which} option`, (els) => els.map((e) => e.textContent));
    expect(options.length).toBe(before + 1);
    expect(options.at(-1)).toBe(text('zh').survey.numberLabel('中国联通', 1));
    await page.selectOption(which, String(before));
    expect(await page.inputValue(which)).toBe(String(before));
    await page.click('#survey-step-3');
    await page.click('#survey-finish');
    await page.waitForSelector('#save-status[data-state="saved"]');
    const { server } = session;
    const headers = { authorization: `Bearer ${server.token}` };
    const list = (await (await fetch(`${server.url}/api/v1/maps`, { headers })).json()) as {
      maps: { id: string }[];
    };
    const res = await fetch(`${server.url}/api/v1/maps/${list.maps[0]!.id}`, { headers });
    const map = ((await res.json()) as { map: BindingMap }).map;
    const didi = map.accounts.find((a) => a.provider === 'didi')!;
    const sms = didi.ways!.flatMap((w) => w.requires).find((r) => r.capability === 'sms')!;
    expect(map.accounts.find((a) => a.id === sms.account)!.provider).toBe('china_unicom');
  });
});
