/**
 * Helpers for the browser tests and the UI benchmark: build the web UI if it is missing, start the real
 * banradius server on a free port with a temporary data directory, launch Debian's Chromium through
 * playwright-core with a fresh profile (STACK.md gotcha 4), and watch a page for requests that leave the
 * origin, console errors and page errors; and the language checks of a screen (its own words, map data left out).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { mapsRoutes } from '../../src/api/routes/maps.js';
import { startServer } from '../../src/api/server.js';
import type { BindingMap } from '../../src/model/index.js';
import { openStore } from '../../src/store/index.js';
import type { Strings } from '../../web/shell/i18n.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const WEB_DIST = join(ROOT, 'web/dist');
export const CHROMIUM = process.env.BANRADIUS_CHROMIUM ?? '/usr/bin/chromium';

/** Builds web/dist with Vite when it has not been built yet. */
export function ensureWebBuilt(): void {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  execFileSync('npx', ['vite', 'build', '--config', 'vite.config.ts'], { cwd: ROOT, stdio: 'pipe' });
}

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** The UI with the token in its fragment, as `banradius serve` prints it. */
  launchUrl: string;
  token: string;
  close(): Promise<void>;
}

/**
 * Starts the real server as `banradius serve` does (API, stored maps in a store, built UI) on a free port
 * with a throw-away data directory.
 */
export async function startTestServer(): Promise<TestServer> {
  ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'banradius-data-'));
  const store = openStore(dataDir);
  const server = await startServer({ port: 0, dataDir, webRoot: WEB_DIST, store, plugins: [mapsRoutes] });
  return {
    url: server.url,
    launchUrl: server.launchUrl,
    token: server.token,
    async close() {
      await server.close();
      store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Launches headless Chromium with a fresh temporary profile. `locale` sets navigator.languages. */
export async function launchBrowser(
  opts: { locale?: string; width?: number; height?: number } = {},
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'banradius-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: opts.locale ?? 'zh-CN',
    viewport: { width: opts.width ?? 1440, height: opts.height ?? 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface PageWatch {
  /** Requests to any other origin (http, https, ws); data: and blob: URLs stay in the page. */
  outside: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/** Records what a page does that it must not: leave its origin, log console errors, throw. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { outside: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) watch.outside.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  return watch;
}

/** A real server, Chromium, and one page opened at the launch URL with the example drawn, watched. */
export interface Session {
  server: TestServer;
  browser: Browser;
  page: Page;
  watch: PageWatch;
  close(): Promise<void>;
}

/** Starts the server and the browser, opens the launch URL in Chinese, waits for the graph. */
export async function openSession(): Promise<Session> {
  const server = await startTestServer();
  const browser = await launchBrowser({ locale: 'zh-CN' });
  const watch = watchPage(browser.page, server.url);
  await browser.page.goto(server.launchUrl);
  await browser.page.waitForSelector('.node');
  return {
    server,
    browser,
    page: browser.page,
    watch,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Every piece of map data (labels, notes, titles): any language, so it is removed before language checks. */
export function dataStrings(map: BindingMap): string[] {
  const out = new Set<string>();
  if (map.title) out.add(map.title);
  for (const a of map.accounts) {
    out.add(a.label);
    if (a.notes) out.add(a.notes);
    for (const asset of a.assets ?? []) out.add(asset.label);
    for (const w of a.ways ?? []) if (w.label) out.add(w.label);
    for (const list of Object.values(a.capabilityWays ?? {}))
      for (const w of list) if (w.label) out.add(w.label);
  }
  for (const sc of map.scenarios ?? []) out.add(sc.label);
  // Longest first, so a label containing another is removed whole.
  return [...out].sort((x, y) => y.length - x.length);
}

/**
 * The interface's own words on screen: visible text outside map data ([data-user]) and code, plus the
 * aria-labels and titles of visible elements, with every map data string cut out.
 */
export async function chromeText(page: Page, data: string[]): Promise<string> {
  const raw = await page.evaluate(() => {
    const parts: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) {
        parts.push(node.textContent ?? '');
        return;
      }
      if (!(node instanceof Element)) return;
      if (node.hasAttribute('data-user')) return;
      const tag = node.tagName.toLowerCase();
      if (['script', 'style', 'title', 'code', 'kbd', 'defs'].includes(tag)) return;
      if (node instanceof HTMLElement && !node.checkVisibility()) return;
      // An element marked with another language (the language switch names its target) is not this screen's.
      if (node.hasAttribute('lang') && node !== document.documentElement) return;
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const v = node.getAttribute(attr);
        if (v) parts.push(v);
      }
      for (const child of node.childNodes) walk(child);
    };
    walk(document.body);
    parts.push(document.title);
    return parts.join('\n');
  });
  let text = raw;
  for (const d of data) text = text.split(d).join(' ');
  return text;
}

export const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The fixed English strings of the interface (functions and very short words left out). */
export function englishStrings(t: Strings): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.length >= 5 && /[A-Za-z]{3}/.test(v)) out.push(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) add(x);
  };
  add(t);
  return out;
}
