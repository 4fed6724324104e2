/**
 * "Who else gets in" in a real browser: with the mainland takeover fixture loaded, picking the phone number
 * paints exactly the engine's held and taken accounts on the graph (purple, dashed, the status in words), and
 * the panel names every taken account and the money exposed in Chinese and in English. Screenshots at desktop
 * and phone sizes go to test/artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allTimelinePresets } from '../src/catalog/timelines.js';
import { compile, parseMap } from '../src/engine/index.js';
import { takeover } from '../src/engine/takeover.js';
import { resolveTimeline, runTimeline } from '../src/engine/timeline.js';
import type { BindingMap } from '../src/model/index.js';
import { formatTotals, listOf, text } from '../src/text/index.js';
import { openSession, type PageWatch, ROOT, type Session } from './support/browser.js';

const ARTIFACTS = join(ROOT, 'test/artifacts');
const FIXTURE = join(ROOT, 'fixtures/mainland-takeover.map.json');

function loadFixture(): BindingMap {
  const parsed = parseMap(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  if (!parsed.ok) throw new Error('the takeover fixture does not validate');
  return parsed.map;
}

describe('who else gets in, in Chromium', () => {
  let session: Session;
  let page: Page;
  let watch: PageWatch;
  const map = loadFixture();
  const expected = takeover(compile(map), [{ account: 'phone' }]);
  const ofStatus = (s: string) =>
    Object.entries(expected.accounts)
      .filter(([, r]) => r.status === s)
      .map(([id]) => id)
      .sort();
  const label = (id: string) => map.accounts.find((a) => a.id === id)!.label;

  const shown = (status: string) =>
    page.$$eval(`.node[data-takeover="${status}"]`, (els) =>
      els.map((e) => e.getAttribute('data-id')!).sort(),
    );

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    session = await openSession();
    ({ page, watch } = session);
    await page.setInputFiles('#file-input', {
      name: 'mainland-takeover.map.json',
      mimeType: 'application/json',
      buffer: readFileSync(FIXTURE),
    });
    await page.waitForSelector('.node[data-id="alipay"]');
  });

  afterAll(() => session?.close());

  it('picking the phone number shows exactly the engine’s held and taken accounts on the graph', async () => {
    await page.selectOption('#takeover-holder', 'phone');
    await page.waitForSelector('#takeover-result');
    expect(ofStatus('taken').length).toBeGreaterThan(0);
    expect(await shown('held')).toEqual(ofStatus('held'));
    expect(await shown('taken')).toEqual(ofStatus('taken'));
    // Not the ban colours: no node carries a ban status while a stranger holds the number.
    expect(await page.locator('.node[data-status]').count()).toBe(0);
    const first = ofStatus('taken')[0]!;
    const node = `.node[data-id="${first}"]`;
    expect(await page.getAttribute(node, 'aria-label')).toContain(text('zh').takeover.status.taken);
    expect(await page.textContent(`${node} .status-label`)).toContain(text('zh').takeover.status.taken);
    expect(await page.getAttribute(`${node} path.shape`, 'stroke')).toBe('#7b3fb0');
  });

  async function expectPanel(lang: 'zh' | 'en'): Promise<void> {
    const t = text(lang).takeover;
    expect(await page.textContent('#takeover-headline')).toBe(
      t.panel.summary(label('phone'), ofStatus('taken').length),
    );
    const listed = await page.$$eval('[data-takeover-status="taken"]', (els) =>
      els.map((e) => e.getAttribute('data-takeover-account')!).sort(),
    );
    expect(listed).toEqual(ofStatus('taken'));
    const panel = (await page.textContent('#takeover-result'))!;
    for (const id of ofStatus('taken')) expect(panel).toContain(label(id));
    expect(await page.textContent('#takeover-money')).toBe(
      t.panel.money(formatTotals(expected.totals.exposed, lang)),
    );
  }

  it('names every taken account and the money exposed in Chinese, then in English', async () => {
    expect(Object.keys(expected.totals.exposed).length).toBeGreaterThan(0);
    await expectPanel('zh');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, 'takeover-zh-1440.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(ARTIFACTS, 'takeover-zh-390.png'), fullPage: true });
    await page.click('#lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expectPanel('en');
    const node = `.node[data-id="${ofStatus('taken')[0]}"]`;
    expect(await page.getAttribute(node, 'aria-label')).toContain(text('en').takeover.status.taken);
    await page.screenshot({ path: join(ARTIFACTS, 'takeover-en-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, 'takeover-en-1440.png') });
  });

  it('a timeline step re-colours the graph and lists what to move before its day', async () => {
    const timeline = map.timelines![0]!;
    const run = runTimeline(compile(map), timeline);
    const ids = (r: Record<string, { status: string }>, status: string) =>
      Object.entries(r)
        .filter(([, v]) => v.status === status)
        .map(([id]) => id)
        .sort();
    await page.selectOption('#timeline-pick', timeline.id);
    await page.waitForSelector('#timeline-act');
    const first = run.steps[0]!;
    expect(ids(first.impact.accounts, 'cut').length).toBeGreaterThan(0);
    const cut = await page.$$eval('.node[data-status="cut"]', (els) =>
      els.map((e) => e.getAttribute('data-id')!).sort(),
    );
    expect(cut).toEqual(ids(first.impact.accounts, 'cut'));
    const act = await page.$$eval('[data-act]', (els) => els.map((e) => e.getAttribute('data-act')!).sort());
    expect(act).toEqual([...first.actBefore].sort());
    const last = run.steps.length - 1;
    await page.click(`[data-timeline-step="${last}"]`);
    await page.waitForSelector(`[data-timeline-step="${last}"][aria-pressed="true"]`);
    expect(await shown('taken')).toEqual(ids(run.steps[last]!.takeover.accounts, 'taken'));
    await page.screenshot({ path: join(ARTIFACTS, 'timeline-en-1440.png') });
    await page.selectOption('#timeline-pick', '');
    await page.waitForSelector('#timeline-act', { state: 'detached' });
  });

  it('a catalog preset built for the phone number runs through the same steps as the engine', async () => {
    const preset = allTimelinePresets().find((p) => p.kinds.includes('phone'))!;
    const resolved = resolveTimeline(map, { preset: preset.id, account: 'phone' }, 'en');
    if (!resolved.ok) throw new Error('the preset does not fit the phone');
    const run = runTimeline(compile(map), resolved.timeline);
    await page.selectOption('#timeline-pick', `preset|${preset.id}|phone`);
    await page.waitForSelector('#timeline-act');
    expect(await page.locator('[data-timeline-step]').count()).toBe(run.steps.length);
    let newlyShown = 0;
    for (const [i, step] of run.steps.entries()) {
      await page.click(`[data-timeline-step="${i}"]`);
      await page.waitForSelector(`[data-timeline-step="${i}"][aria-pressed="true"]`);
      const cut = Object.entries(step.impact.accounts)
        .filter(([, r]) => r.status === 'cut')
        .map(([id]) => id)
        .sort();
      const painted = await page.$$eval('.node[data-status="cut"]:not([data-takeover])', (els) =>
        els.map((e) => e.getAttribute('data-id')!).sort(),
      );
      const taken = new Set(await shown('taken'));
      expect(painted).toEqual(cut.filter((id) => !taken.has(id)));
      const act = await page.$$eval('[data-act]', (els) =>
        els.map((e) => e.getAttribute('data-act')!).sort(),
      );
      expect(act).toEqual([...step.actBefore].sort());
      // The step's facts in words: newly cut off and newly taken, by label, and its source.
      const tl = text('en').takeover.timeline;
      const label = (id: string) => map.accounts.find((a) => a.id === id)!.label;
      const expected = (
        [
          ['cut', tl.header.cut, step.newlyCut],
          ['taken', tl.header.taken, step.newlyTaken],
        ] as const
      )
        .filter(([, , list]) => list.length > 0)
        .map(([key, what, list]) => [key, tl.newly(what, listOf(list.map(label), 'en'))]);
      const facts = await page.$$eval('[data-newly]', (els) =>
        els.map((e) => [e.getAttribute('data-newly'), e.textContent]),
      );
      expect(facts).toEqual(expected);
      expect(await page.locator('[data-source]').count()).toBe(step.source ? 1 : 0);
      newlyShown += expected.length;
    }
    expect(newlyShown).toBeGreaterThan(0);
    await page.selectOption('#timeline-pick', '');
    await page.waitForSelector('#timeline-act', { state: 'detached' });
  });

  it('choosing no holder clears the graph, and the page logs no error', async () => {
    await page.selectOption('#takeover-holder', '');
    await page.waitForSelector('#takeover-result', { state: 'detached' });
    expect(await page.locator('.node[data-takeover]').count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
