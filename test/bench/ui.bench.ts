/**
 * UI benchmark (DESIGN §12) in Debian Chromium against the real server: time to first render of the example
 * (navigation start → the page's "br-graph-drawn" mark), the time from a ban to the re-coloured graph on a
 * generated 1,000-account map (the page's own "br-recolour" measure around the engine call and the DOM
 * update, target < 50 ms; plus click → next frame), and the JS bundle size gzipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { compile } from '../../src/engine/compile.js';
import { impact } from '../../src/engine/impact.js';
import type { BindingMap } from '../../src/model/index.js';
import { ensureWebBuilt, launchBrowser, startTestServer, WEB_DIST } from '../support/browser.js';
import { generateMap } from './generate.js';
import { fmt } from './stats.js';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** Gzipped and raw size of every JS file of the built UI, and of the entry chunk loaded at first. */
function bundleSize(): { raw: number; gzip: number; entryGzip: number } {
  const dir = join(WEB_DIST, 'assets');
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  let raw = 0;
  let gzip = 0;
  let entryGzip = 0;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const buf = readFileSync(join(dir, f));
    const z = gzipSync(buf, { level: 9 }).length;
    raw += buf.length;
    gzip += z;
    if (html.includes(`assets/${f}`)) entryGzip += z;
  }
  return { raw, gzip, entryGzip };
}

/** The root whose full ban affects the most accounts: the heaviest re-colouring a single click can cause. */
function widestRoot(map: BindingMap): string {
  const c = compile(map);
  let best = map.accounts[0]!.id;
  let most = -1;
  for (const a of map.accounts) {
    if ((a.ways ?? []).length > 0) continue;
    const r = impact(c, [{ account: a.id }]);
    const n = r.counts.cut + r.counts.partial + r.counts.degraded;
    if (n > most) {
      most = n;
      best = a.id;
    }
  }
  return best;
}

async function firstRender(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('br-graph-drawn').length > 0);
  return page.evaluate(() => performance.getEntriesByName('br-graph-drawn')[0]!.startTime);
}

/** Bans `id` through the UI (click the node, click "Simulate ban"); returns the page's measures. */
async function banOnce(page: Page, id: string): Promise<{ recolour: number; panel: number; frame: number }> {
  await page.click(`.node[data-id="${id}"]`);
  await page.waitForSelector('#ban-apply');
  return page.evaluate(async () => {
    performance.clearMeasures('br-recolour');
    performance.clearMeasures('br-panel');
    const start = performance.now();
    document.getElementById('ban-apply')!.click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const frame = performance.now() - start;
    const recolour = performance.getEntriesByName('br-recolour')[0]!.duration;
    const panel = performance.getEntriesByName('br-panel')[0]!.duration;
    return { recolour, panel, frame };
  });
}

/** Opens a generated map of `n` accounts through the file input, then bans its widest root `runs` times. */
async function openAndBan(page: Page, n: number, runs: number) {
  const map = generateMap(n, { rootShare: 0.01 });
  const requirements = map.accounts.reduce(
    (s, a) => s + (a.ways ?? []).reduce((t, w) => t + w.requires.length, 0),
    0,
  );
  await page.evaluate(() => performance.clearMeasures('br-open-map'));
  await page.setInputFiles('#file-input', {
    name: `generated-${n}.map.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(map)),
  });
  await page.waitForFunction(() => performance.getEntriesByName('br-open-map').length > 0, null, {
    timeout: 120_000,
  });
  const openMs = await page.evaluate(() => performance.getEntriesByName('br-open-map').at(-1)!.duration);
  const drawn = await page.locator('.node').count();
  // Ban the root with the widest reach, again and again, clearing in between.
  const target = widestRoot(map);
  const recolour: number[] = [];
  const frame: number[] = [];
  const panel: number[] = [];
  let affected = 0;
  for (let i = 0; i < runs + 2; i++) {
    const r = await banOnce(page, target);
    if (i >= 2) {
      recolour.push(r.recolour);
      panel.push(r.panel);
      frame.push(r.frame);
    }
    affected = await page.evaluate(() => document.querySelectorAll('.affected').length);
    await page.keyboard.press('Escape');
  }
  const described = `${n} accounts, ${requirements} requirements, drawn as ${drawn} nodes (groups)`;
  return { described, openMs, target, recolour, frame, panel, affected };
}

/** Renames an account in the editor `runs` times: the commit, re-compile and graph update, and the next frame. */
async function editOnce(
  page: Page,
  runs: number,
): Promise<{ sync: number[]; frame: number[]; kept: boolean }> {
  await page.click('#mode-edit');
  await page.click('.node[data-id="a0"]');
  await page.waitForSelector('#edit-label');
  const sync: number[] = [];
  const frame: number[] = [];
  let kept = true;
  for (let i = 0; i < runs + 2; i++) {
    const r = await page.evaluate(async (k) => {
      const view = document.querySelector('.graph-svg .viewport')!;
      const before = view.getAttribute('transform');
      const input = document.getElementById('edit-label') as HTMLInputElement;
      const start = performance.now();
      input.value = `root ${k}`;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      const sync = performance.now() - start;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { sync, frame: performance.now() - start, kept: view.getAttribute('transform') === before };
    }, i);
    if (i >= 2) {
      sync.push(r.sync);
      frame.push(r.frame);
    }
    kept &&= r.kept;
  }
  await page.click('#mode-simulate');
  return { sync, frame, kept };
}

export async function benchUi(runs = 9): Promise<Record<string, string | number>> {
  ensureWebBuilt();
  const server = await startTestServer();
  const browser = await launchBrowser({ locale: 'zh-CN' });
  const { page } = browser;
  try {
    const firsts: number[] = [];
    for (let i = 0; i < 5; i++) firsts.push(await firstRender(page, server.launchUrl));

    const big = await openAndBan(page, 1000, runs);
    const edit = await editOnce(page, runs);
    const huge = await openAndBan(page, 5000, runs);
    const size = bundleSize();
    return {
      'first render of the example (median of 5)': fmt(median(firsts)),
      'generated map': big.described,
      'open it (compile, layout, group, draw)': fmt(big.openMs),
      [`accounts listed as affected by the ban of ${big.target}`]: big.affected,
      'ban → re-coloured graph (engine + DOM), median': fmt(median(big.recolour)),
      'ban → re-coloured graph, worst': fmt(big.recolour.reduce((a, b) => Math.max(a, b), 0)),
      'side panel re-render after it, median': fmt(median(big.panel)),
      'ban click → next frame (incl. panel, style, layout, paint), median': fmt(median(big.frame)),
      'target < 50 ms': median(big.recolour) < 50 ? 'met' : 'MISSED',
      'edit (rename an account) → graph updated, view kept, median': fmt(median(edit.sync)),
      'edit → next frame, median': fmt(median(edit.frame)),
      'view kept across every edit': edit.kept ? 'yes' : 'NO',
      'generated map, 5,000': huge.described,
      'open it (5,000)': fmt(huge.openMs),
      'ban → re-coloured graph at 5,000, median': fmt(median(huge.recolour)),
      'target < 50 ms at 5,000': median(huge.recolour) < 50 ? 'met' : 'MISSED',
      'JS bundle raw KiB (all chunks)': +(size.raw / 1024).toFixed(1),
      'JS bundle gzip KiB (all chunks)': +(size.gzip / 1024).toFixed(1),
      'JS gzip KiB loaded at first (entry chunk)': +(size.entryGzip / 1024).toFixed(1),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
