/**
 * CLI start-up: `banradius --version` and `banradius validate` on the QQ case, each as a fresh process, from the
 * TypeScript sources through tsx (how the CLI ran before the package had dist/) and from the compiled dist/
 * (the installed package), as ratios to `node -e 0` measured in the same rounds (interleaved, medians).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fmt } from './stats.js';

const ROOT = join(import.meta.dirname, '..', '..');
const QQ = join(ROOT, 'fixtures', 'qq-permanent-ban-2022.map.json');
const SOURCES = join(ROOT, 'bin', 'banradius.js');
const DIST = join(ROOT, 'dist', 'launch.js');

/** Wall-clock milliseconds of one process run to its exit. */
function once(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, {
    stdio: 'ignore',
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return performance.now() - t;
}

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Builds dist/ when missing, then times every variant in interleaved rounds. */
export function benchCliStartup(rounds = 9): Record<string, string | number> {
  if (!existsSync(DIST))
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
  const variants: Record<string, string[]> = {
    'node -e 0': ['-e', '0'],
    'tsx: --version': [SOURCES, '--version'],
    'dist: --version': [DIST, '--version'],
    'tsx: validate QQ': [SOURCES, 'validate', QQ],
    'dist: validate QQ': [DIST, 'validate', QQ],
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (const args of Object.values(variants)) once(args); // warm the file cache
  for (let i = 0; i < rounds; i++)
    for (const [k, args] of Object.entries(variants)) times[k]!.push(once(args));
  const base = med(times['node -e 0']!);
  const out: Record<string, string | number> = {};
  for (const k of Object.keys(variants)) {
    const m = med(times[k]!);
    out[k] = k === 'node -e 0' ? fmt(m) : `${fmt(m)} (${(m / base).toFixed(1)}x node -e 0)`;
  }
  return out;
}
