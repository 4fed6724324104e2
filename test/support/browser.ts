/**
 * Helpers for the browser tests and the UI benchmark: build the web UI if it is missing, start the real
 * banradius server on a free port with a temporary data directory, launch Debian's Chromium through
 * playwright-core with a fresh profile (STACK.md gotcha 4), and watch a page for requests that leave the
 * origin, console errors and page errors.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { mapsRoutes } from '../../src/api/routes/maps.js';
import { startServer } from '../../src/api/server.js';
import { openStore } from '../../src/store/index.js';

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
