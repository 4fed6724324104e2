// Analyses off the event loop (DESIGN §12, issue 13 item 6): a dense risk report runs in a worker while
// /health keeps answering; past the deadline the answer is 503 analysis_timeout and the pool recovers; the
// worker gives the engine's own results; the compiled .js worker loads without tsx.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { type AnalysisOptions, workerEntry } from '../src/api/analysis-pool.js';
import { buildApp } from '../src/api/app.js';
import { compile, impact, risk } from '../src/engine/index.js';
import type { BindingMap } from '../src/model/index.js';
import { generateMap } from './bench/generate.js';

const TOKEN = 'a'.repeat(64);
const FIXTURE: BindingMap = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'qq-permanent-ban-2022.map.json'), 'utf8'),
);
/** 5,000 accounts, ~25,000 requirements (the order-1 cap), 30% with a single way: seconds of work at order 1. */
const DENSE = generateMap(5000, { reqPerAccount: 5, rootShare: 0.01, seed: 7, singleWayShare: 0.3 });

const apps: FastifyInstance[] = [];
async function app(analysis: AnalysisOptions): Promise<FastifyInstance> {
  const a = await buildApp({ token: TOKEN, port: 4178, webRoot: false, analysis });
  apps.push(a);
  return a;
}
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
});

const headers = { host: '127.0.0.1:4178', authorization: `Bearer ${TOKEN}` };
const post = (a: FastifyInstance, url: string, payload: object) =>
  a.inject({ method: 'POST', url, headers: { ...headers, 'content-type': 'application/json' }, payload });

describe('analyses in a worker thread', { timeout: 180_000 }, () => {
  it('keeps /health answering while a dense risk report is in flight', async () => {
    const a = await app({ deadlineMs: 170_000 });
    await a.analyses.warm();
    let riskDone = false;
    const report = post(a, '/api/v1/risk', { map: DENSE, order: 1 }).then((r) => {
      riskDone = true;
      return r;
    });
    const healthWhileRunning: boolean[] = [];
    for (let i = 0; i < 5; i++) {
      const h = await a.inject({ method: 'GET', url: '/api/v1/health', headers });
      expect(h.statusCode).toBe(200);
      healthWhileRunning.push(!riskDone);
    }
    expect(healthWhileRunning).toEqual([true, true, true, true, true]);
    const r = await report;
    expect(r.statusCode).toBe(200);
    expect(r.json().blastRadius).toHaveLength(DENSE.accounts.length);
  });

  it('answers 503 analysis_timeout past the deadline, saying what to reduce, then serves the next job', async () => {
    const a = await app({ deadlineMs: 100, alwaysInWorker: true });
    await a.analyses.warm();
    const r = await post(a, '/api/v1/risk', { map: DENSE, order: 1 });
    expect(r.statusCode).toBe(503);
    expect(r.json()).toMatchObject({
      statusCode: 503,
      code: 'analysis_timeout',
      error: 'Service Unavailable',
      message:
        'the analysis took longer than 0.1 s and was stopped; ask for a lower order, for one target account, or send a smaller map',
    });
    const h = await a.inject({ method: 'GET', url: '/api/v1/health', headers });
    expect(h.statusCode).toBe(200);
    // The stopped worker is replaced; a small job then finishes well inside the deadline.
    await a.analyses.warm();
    const ok = await post(a, '/api/v1/impact', { map: FIXTURE, scenario: FIXTURE.scenarios![0]!.id });
    expect(ok.statusCode).toBe(200);
  });

  it('gives the same answers from the worker as the engine in this thread, errors included', async () => {
    const a = await app({ alwaysInWorker: true });
    const c = compile(FIXTURE);
    const r = await post(a, '/api/v1/risk', { map: FIXTURE, order: 2 });
    expect(r.json()).toEqual(JSON.parse(JSON.stringify(risk(c, { order: 2, takeover: true }))));
    const bans = [{ account: FIXTURE.accounts[0]!.id }];
    const i = await post(a, '/api/v1/impact', { map: FIXTURE, bans });
    expect(i.json()).toEqual(JSON.parse(JSON.stringify(impact(c, bans))));
    const unknown = await post(a, '/api/v1/risk', { map: FIXTURE, target: 'nobody' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('unknown_target');
  });
});

describe('the worker entry', { timeout: 120_000 }, () => {
  it('is the .ts file behind the tsx hooks from sources, and the .js file beside a compiled pool', () => {
    const here = pathToFileURL(join(import.meta.dirname, '..', 'src', 'api', 'analysis-pool.ts')).href;
    const source = workerEntry(here);
    expect(source.eval).toBe(true);
    expect(source.worker).toContain(JSON.stringify(here.replace(/analysis-pool\.ts$/, 'analysis-worker.ts')));
    expect(source.worker).toMatch(/tsx\/dist\/esm\/api\/index\.mjs/);
    const compiled = workerEntry('file:///x/dist/api/analysis-pool.js');
    expect(compiled).toEqual({ worker: new URL('file:///x/dist/api/analysis-worker.js'), eval: false });
  });

  it('runs jobs from compiled JavaScript without tsx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'banradius-worker-'));
    try {
      const api = join(import.meta.dirname, '..', 'src', 'api');
      await build({
        entryPoints: [join(api, 'analysis-pool.ts'), join(api, 'analysis-worker.ts')],
        outdir: dir,
        bundle: true,
        platform: 'node',
        format: 'esm',
        logLevel: 'silent',
        // NOTE: bundled CommonJS dependencies call require(); give the ES module one.
        banner: {
          js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        },
      });
      const { AnalysisPool } = (await import(
        pathToFileURL(join(dir, 'analysis-pool.js')).href
      )) as typeof import('../src/api/analysis-pool.js');
      const pool = new AnalysisPool({ alwaysInWorker: true, deadlineMs: 60_000 });
      try {
        const c = compile(FIXTURE);
        const bans = [{ account: FIXTURE.accounts[0]!.id }];
        expect(await pool.run('impact', FIXTURE, c, { bans })).toEqual(impact(c, bans));
      } finally {
        await pool.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
