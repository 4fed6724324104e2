/**
 * The crash test (DESIGN §10: nothing acknowledged is lost when the process is killed). Writer processes
 * (test/support/crash-writer.ts) save one map in a loop and print every committed save; the test kills
 * them with SIGKILL at random moments, hundreds of times, then checks that every acknowledged save is
 * present with its exact document and that `PRAGMA integrity_check` is ok.
 *
 * Each kill needs a fresh process, and `node --import tsx` spends about 0.5 s of CPU starting one here
 * (its loader thread and ~150 modules through it): 200 kills would take most of a minute on 2 cores. So
 * the writer's TypeScript is bundled once, by the esbuild that tsx itself runs on, into one ES module
 * under test/artifacts/ (0.15 s per start). `BANRADIUS_CRASH_RUNNER=tsx` runs it through tsx instead.
 * `BANRADIUS_CRASH_KILLS` and `BANRADIUS_CRASH_SEED` change the number of kills and repeat a run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { crashDoc, qqMap } from './fixtures-db/samples.js';

const KILLS = Number(process.env.BANRADIUS_CRASH_KILLS ?? 200);
/** Writers running at once, all on the same map (so they also race each other's versions). */
const LANES = 3;
const SOURCE = join(import.meta.dirname, 'support', 'crash-writer.ts');
const BUNDLE = join(import.meta.dirname, 'artifacts', `crash-writer-${process.pid}.mjs`);
const viaTsx = process.env.BANRADIUS_CRASH_RUNNER === 'tsx';
const writerArgs = viaTsx ? ['--import', 'tsx', SOURCE] : [BUNDLE];

/** The part of esbuild's API used here (esbuild is tsx's own dependency, loaded from beside tsx). */
interface Esbuild {
  buildSync(options: Record<string, unknown>): unknown;
}

beforeAll(() => {
  if (viaTsx) return;
  const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx'))('esbuild') as Esbuild;
  mkdirSync(join(import.meta.dirname, 'artifacts'), { recursive: true });
  esbuild.buildSync({
    entryPoints: [SOURCE],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: 'warning',
  });
});
afterAll(() => rmSync(BUNDLE, { force: true }));

interface Ack {
  tag: string;
  n: number;
  version: number;
}

const dir = mkdtempSync(join(tmpdir(), 'banradius-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Deterministic pseudo-random numbers, so a failing run can be repeated with the same seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs one writer until it is killed; resolves with its acknowledged saves once it has exited. */
function runAndKill(id: string, tag: string, rand: () => number): Promise<{ acks: Ack[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [...writerArgs, dir, id, tag], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    // Mostly kill while saves are running; sometimes at any moment, including while it opens the store.
    const early = rand() < 0.15;
    if (early) timer = setTimeout(kill, rand() * (viaTsx ? 600 : 250));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      let nl = buffer.indexOf('\n');
      while (nl >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'ready' && !early) timer = setTimeout(kill, rand() * 60);
        const m = /^ack (\S+) (\d+) (\d+)$/.exec(line);
        if (m) acks.push({ tag: m[1]!, n: Number(m[2]), version: Number(m[3]) });
        nl = buffer.indexOf('\n');
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited with ${code ?? signal}: ${stderr}`));
      else resolve({ acks, killed: true });
    });
  });
}

describe('crash safety', () => {
  it('keeps every acknowledged save across hundreds of SIGKILLs', async () => {
    const started = Date.now();
    const seed = Number(process.env.BANRADIUS_CRASH_SEED ?? Date.now() % 1_000_000);
    const setup = openStore(dir);
    const { id } = setup.create(qqMap('crash test'));
    setup.close();

    const acks: Ack[] = [];
    let kills = 0;
    let launched = 0;
    const lane = async (k: number) => {
      const rand = random(seed * 31 + k);
      while (launched < KILLS) {
        const run = launched++;
        const result = await runAndKill(id, `w${run}`, rand);
        acks.push(...result.acks);
        if (result.killed) kills++;
      }
    };
    await Promise.all(Array.from({ length: LANES }, (_, k) => lane(k)));

    const store = openStore(dir);
    try {
      const integrity = store.integrityCheck();
      let losses = 0;
      for (const a of acks) {
        const saved = store.revision(id, a.version);
        if (!saved || JSON.stringify(saved.map) !== JSON.stringify(crashDoc(a.tag, a.n))) losses++;
      }
      const current = store.get(id)!;
      const versions = new Set(acks.map((a) => a.version));
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `crash test: ${kills} SIGKILLs, ${acks.length} acknowledged saves, ${losses} lost, ` +
          `${current.version - 1 - acks.length} committed but killed before the acknowledgement, ` +
          `final version ${current.version}, integrity ${integrity.join(' ')}, ${seconds.toFixed(1)} s (seed ${seed})`,
      );
      expect(kills).toBeGreaterThanOrEqual(KILLS);
      expect(losses).toBe(0);
      expect(integrity).toEqual(['ok']);
      // Every acknowledged version is distinct (no two saves both won one version) and none is beyond the map.
      expect(versions.size).toBe(acks.length);
      expect(Math.max(...versions)).toBeLessThanOrEqual(current.version);
      expect(store.revisions(id)!.map((r) => r.version)).toEqual(
        Array.from({ length: current.version }, (_, i) => current.version - i),
      );
    } finally {
      store.close();
    }
  }, 120_000);
});
