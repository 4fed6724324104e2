/**
 * End-to-end impact benchmark (DESIGN §12: 1,000,000 accounts under 10 s and 2 GiB): the command line run as
 * a child process on a generated map file, human table and --json (output to /dev/null), with wall time and
 * peak RSS. Anchors from the same run: a child that only reads and JSON.parses the same file (what any tool
 * must do), and `node -e 0`.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateMap } from './generate.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'banradius.js');
const RSS = join(import.meta.dirname, 'report-rss.mjs');

/** Runs `node --import report-rss.mjs ...args` with stdout to /dev/null; wall ms, CPU ms and peak RSS in MiB. */
function run(args: string[]): { ms: number; cpu: number; mib: number } {
  const devNull = openSync('/dev/null', 'w');
  const t = performance.now();
  const child = spawnSync(process.execPath, ['--import', RSS, ...args], {
    stdio: ['ignore', devNull, 'pipe'],
    maxBuffer: 1 << 26,
  });
  const ms = performance.now() - t;
  closeSync(devNull);
  const err = child.stderr.toString();
  const kib = /peak-rss-kib (\d+)/.exec(err);
  const cpu = /cpu-us (\d+)/.exec(err);
  if (child.status !== 0 || !kib || !cpu)
    throw new Error(`${args.join(' ')} exited ${child.status}: ${err.slice(0, 2000)}`);
  return { ms, cpu: Number(cpu[1]) / 1000, mib: Math.round(Number(kib[1]) / 1024) };
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const figures = (r: { ms: number; cpu: number; mib: number }) =>
  `${secs(r.ms)} (CPU ${secs(r.cpu)}), peak ${r.mib} MiB`;

export function benchImpactCli(n = 1_000_000): Record<string, string | number> {
  const dir = mkdtempSync(join(tmpdir(), 'banradius-1m-'));
  try {
    const file = join(dir, 'map.json');
    writeFileSync(file, JSON.stringify(generateMap(n, { singleWayShare: 0.3 })));
    const bans = ['--ban', 'a0', '--ban', 'a1:sms', '--ban', 'a7'];
    const start = run(['-e', '0']);
    const parse = run(['-e', `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`]);
    const human = run([BIN, 'impact', file, ...bans]);
    const json = run([BIN, 'impact', file, ...bans, '--json']);
    return {
      [`${n.toLocaleString('en-US')} accounts: map file MiB`]: Math.round(statSync(file).size / 2 ** 20),
      'node -e 0': secs(start.ms),
      'read + JSON.parse only (anchor)': figures(parse),
      'CLI impact, human table': figures(human),
      'CLI impact, --json': figures(json),
      'load average (1 min) after': loadavg()[0]!.toFixed(1),
      'ratio CLI --json / JSON.parse only': +(json.ms / parse.ms).toFixed(2),
      'targets: < 10 s and < 2048 MiB': `${json.ms < 10_000 && human.ms < 10_000 ? 'time met' : 'time missed'}, ${Math.max(human.mib, json.mib) < 2048 ? 'memory met' : 'memory missed'}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
