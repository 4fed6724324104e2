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

export async function benchUi(runs = 9): Promise<Record<string, string | number>> {
  ensureWebBuilt();
  const server = await startTestServer();
  const browser = await launchBrowser({ locale: 'zh-CN' });
  const { page } = browser;
  try {
    const firsts: number[] = [];
    for (let i = 0; i < 5; i++) firsts.push(await firstRender(page, server.launchUrl));

    const map = generateMap(1000, { rootShare: 0.01 });
    const requirements = map.accounts.reduce(
      (s, a) => s + (a.ways ?? []).reduce((t, w) => t + w.requires.length, 0),
      0,
    );
    await page.setInputFiles('#file-input', {
      name: 'generated-1000.map.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(map)),
    });
    await page.waitForFunction((n) => document.querySelectorAll('.node').length === n, map.accounts.length);
    const openMs = await page.evaluate(() => performance.getEntriesByName('br-open-map').at(-1)!.duration);

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
      affected = await page
        .locator('.node[data-status="cut"], .node[data-status="partial"], .node[data-status="degraded"]')
        .count();
      await page.keyboard.press('Escape');
    }
    const size = bundleSize();
    return {
      'first render of the example (median of 5)': fmt(median(firsts)),
      'generated map': `${map.accounts.length} accounts, ${requirements} requirements`,
      'open it (compile, layout, draw)': fmt(openMs),
      [`accounts affected by the ban of ${target}`]: affected,
      'ban → re-coloured graph (engine + DOM), median': fmt(median(recolour)),
      'ban → re-coloured graph, worst': fmt(Math.max(...recolour)),
      'side panel re-render after it, median': fmt(median(panel)),
      'ban click → next frame (incl. panel, style, layout, paint), median': fmt(median(frame)),
      'target < 50 ms': median(recolour) < 50 ? 'met' : 'MISSED',
      'JS bundle raw KiB (all chunks)': +(size.raw / 1024).toFixed(1),
      'JS bundle gzip KiB (all chunks)': +(size.gzip / 1024).toFixed(1),
      'JS gzip KiB loaded at first (entry chunk)': +(size.entryGzip / 1024).toFixed(1),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
