/**
 * The installable package, as a person gets it: `npm pack`, the tarball installed into an empty directory, and
 * there `banradius --version`, `impact`, `risk` and `serve` (whose page loads in Chromium without an error), all
 * from the compiled dist/ and the built UI, without tsx and without a build step. Slow (it installs and may
 * compile better-sqlite3), so it runs in .ci/run after `npm test`, not inside it (see vitest.config.ts).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, impact, parseMap, risk } from '../src/engine/index.js';
import type { BindingMap } from '../src/model/index.js';
import { launchBrowser, ROOT, watchPage } from './support/browser.js';

const QQ = join(ROOT, 'fixtures/qq-permanent-ban-2022.map.json');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const work = mkdtempSync(join(tmpdir(), 'banradius-package-'));
const project = join(work, 'project');
let bin = '';
// A clean environment: no tsx loader, no locale surprises.
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? work, LANG: 'en_US.UTF-8' };

const run = (args: string[], extra: Record<string, string> = {}) =>
  execFileSync(process.execPath, [bin, ...args], {
    cwd: project,
    env: { ...env, ...extra },
    encoding: 'utf8',
  });

beforeAll(() => {
  execFileSync('npm', ['pack', '--pack-destination', work], { cwd: ROOT, stdio: 'pipe' });
  const tarball = join(work, `${pkg.name}-${pkg.version}.tgz`);
  execFileSync('mkdir', [project]);
  // npm 11 runs install scripts only for packages the project allows; better-sqlite3 builds its addon.
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'fresh', private: true, allowScripts: { 'better-sqlite3': true } }),
  );
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], {
    cwd: project,
    stdio: 'pipe',
  });
  bin = realpathSync(join(project, 'node_modules/.bin/banradius'));
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed and installed package', () => {
  it('runs compiled JavaScript from dist/ and ships the built UI, with no tsx and no TypeScript sources', () => {
    const installed = join(project, 'node_modules/banradius');
    expect(bin).toBe(join(realpathSync(installed), 'dist/launch.js'));
    expect(existsSync(join(installed, 'web/dist/index.html'))).toBe(true);
    expect(existsSync(join(installed, 'src'))).toBe(false);
    expect(existsSync(join(project, 'node_modules/tsx'))).toBe(false);
    const files = readdirSync(join(installed, 'dist'), { recursive: true }).map(String);
    expect(files.some((f) => f.endsWith('.ts'))).toBe(false);
  });

  it('prints its version', () => {
    expect(run(['--version']).trim()).toBe(pkg.version);
  });

  it('gives the engine’s impact and risk on the QQ case', () => {
    const parsed = parseMap(JSON.parse(readFileSync(QQ, 'utf8')));
    if (!parsed.ok) throw new Error('the QQ fixture is invalid');
    const map: BindingMap = parsed.map;
    const scenario = map.scenarios![0]!;
    const got = JSON.parse(run(['impact', QQ, '--scenario', scenario.id, '--json']));
    expect(got).toEqual(JSON.parse(JSON.stringify(impact(compile(map), scenario.bans))));
    const report = JSON.parse(run(['risk', QQ, '--json']));
    // The CLI's report includes the takeover ranking (DESIGN §4b), as the API's does.
    expect(report).toEqual(JSON.parse(JSON.stringify(risk(compile(map), { order: 2, takeover: true }))));
    expect(run(['validate', QQ], { LANG: 'zh_CN.UTF-8' })).toContain('有效');
  });

  it('serves the UI, whose page loads in Chromium with no error and no request off its origin', async () => {
    const data = join(work, 'data');
    const child: ChildProcess = spawn(process.execPath, [bin, 'serve', '--port', '0', '--data', data], {
      cwd: project,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const launch = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
      });
      const browser = await launchBrowser({ locale: 'en-US' });
      try {
        const origin = new URL(launch).origin;
        const watch = watchPage(browser.page, origin);
        await browser.page.goto(launch);
        await browser.page.waitForSelector('.node');
        expect(await browser.page.title()).toContain('banradius');
        expect(watch).toEqual({ outside: [], consoleErrors: [], pageErrors: [] });
      } finally {
        await browser.close();
      }
    } finally {
      child.kill('SIGTERM');
    }
  });
});
