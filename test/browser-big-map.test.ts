/**
 * A big map in real Chromium: a generated 1,000-account map is drawn as at most 150 nodes (groups under what
 * they hang off), its labels at a readable size; a click on a group opens it without losing the view, and an
 * account picked in the table opens its group so it is drawn. Screenshots go to test/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, impact } from '../src/engine/index.js';
import { graphData } from '../web/graph/graph-data.js';
import { groupGraph } from '../web/graph/groups.js';
import { generateMap } from './bench/generate.js';
import { type Browser, launchBrowser, ROOT, startTestServer, type TestServer } from './support/browser.js';

const ARTIFACTS = join(ROOT, 'test/artifacts');

describe('a 1,000-account map in the browser', () => {
  const map = generateMap(1000, { rootShare: 0.01 });
  const grouping = groupGraph(graphData(map, impact(compile(map), [])), new Set(), () => '');
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    browser = await launchBrowser({ locale: 'en-US' });
    await browser.page.goto(server.launchUrl);
    await browser.page.waitForSelector('#graph svg');
    await browser.page.setInputFiles('#file-input', {
      name: 'generated-1000.map.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(map)),
    });
    await browser.page.waitForSelector('.node[data-id^="group#"]');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws the grouped graph, every node clickable and its labels readable', async () => {
    const { page } = browser;
    expect(await page.locator('.node').count()).toBe(grouping.data.nodes.length);
    expect(grouping.data.nodes.length).toBeLessThanOrEqual(150);
    const label = await page.$eval('.node[data-id="a0"] .label', (el) => el.getBoundingClientRect().height);
    expect(label).toBeGreaterThanOrEqual(9);
    // A group says what it holds, in words.
    const group = grouping.data.nodes.find((n) => n.id.startsWith('group#'))!;
    const size = grouping.members.get(group.id)!.length;
    expect(await page.textContent(`.node[data-id="${group.id}"] .label`)).toContain(`→ ${size} accounts`);
    await page.screenshot({ path: join(ARTIFACTS, 'big-map-1000-en.png') });
  });

  it('opens a group on click, keeping the zoom and pan', async () => {
    const { page } = browser;
    // A group drawn inside the visible part of the graph, so a person could click it.
    const gid = await page.evaluate(() => {
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const inView = [...document.querySelectorAll<SVGGElement>('.node[data-id^="group#"]')].find((g) => {
        const r = g.getBoundingClientRect();
        return r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
      });
      return inView!.dataset.id!;
    });
    const members = grouping.members.get(gid)!;
    const before = await page.getAttribute('.graph-svg .viewport', 'transform');
    await page.click(`.node[data-id="${gid}"]`);
    await page.waitForSelector(`.node[data-id="${members[0]}"]`);
    expect(await page.locator(`.node[data-id="${gid}"]`).count()).toBe(0);
    for (const id of members) expect(await page.locator(`.node[data-id="${id}"]`).count()).toBe(1);
    expect(await page.getAttribute('.graph-svg .viewport', 'transform')).toBe(before);
  });

  it('opens the group of an account picked in the table, so the graph draws it', async () => {
    const { page } = browser;
    // An account of a group still closed (the first group was opened above).
    const opened = [...grouping.members.keys()].find((g) =>
      grouping.groupOf.has(grouping.members.get(g)![0]!),
    );
    const hidden = [...grouping.groupOf].find(([, g]) => g !== opened)![0];
    expect(await page.locator(`.node[data-id="${hidden}"]`).count()).toBe(0);
    await page.click('#tab-table');
    await page.click(`tr[data-account="${hidden}"] button`);
    await page.click('#tab-graph');
    await page.waitForSelector(`.node[data-id="${hidden}"]`);
  });
});
