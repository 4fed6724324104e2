// map_too_complex through the API (issue 13): a map inside the risk caps whose report holds too many cut sets
// is a 413 with the code, the sentence saying what to reduce and the too_complex issue with its parameters,
// whether the report runs in the worker pool (any map above 40 accounts), forced into a worker, inline, or on
// a stored map; never a 500.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { JOBS } from '../src/api/analysis-jobs.js';
import type { AnalysisOptions } from '../src/api/analysis-pool.js';
import { buildApp } from '../src/api/app.js';
import { RISK_CAPS } from '../src/api/caps.js';
import { ApiError } from '../src/api/errors.js';
import { mapsRoutes } from '../src/api/routes/maps.js';
import { compile } from '../src/engine/index.js';
import type { Issue } from '../src/model/index.js';
import { openStore } from '../src/store/index.js';
import { issueText } from '../src/text/index.js';
import { wideChainMap } from './support/complex-maps.js';

const TOKEN = 'c'.repeat(64);
const headers = { host: '127.0.0.1:4178', authorization: `Bearer ${TOKEN}` };
/** 1,000 accounts and 999 requirements, inside the order-2 cap; 2,500 minimal pairs on each of 900 accounts. */
const WIDE = wideChainMap(50, 900);

const apps: FastifyInstance[] = [];
const internal: unknown[] = [];
async function app(analysis: AnalysisOptions = {}, withStore = false): Promise<FastifyInstance> {
  const a = await buildApp({
    token: TOKEN,
    port: 4178,
    webRoot: false,
    analysis,
    onInternalError: (e) => internal.push(e),
    ...(withStore
      ? { store: openStore(mkdtempSync(join(tmpdir(), 'banradius-too-complex-'))), plugins: [mapsRoutes] }
      : {}),
  });
  apps.push(a);
  return a;
}
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
});

const post = (a: FastifyInstance, url: string, payload: object) =>
  a.inject({ method: 'POST', url, headers: { ...headers, 'content-type': 'application/json' }, payload });

/** What every answer must be: 413 map_too_complex at that order, the sets limit, what to ask for instead. */
function expectTooComplex(r: { statusCode: number; json(): unknown }, order: number): void {
  expect(r.statusCode).toBe(413);
  const body = r.json() as { code: string; message: string; issues?: Issue[] };
  expect(body.code).toBe('map_too_complex');
  expect(body.issues).toEqual([
    expect.objectContaining({
      code: 'too_complex',
      path: [],
      params: expect.objectContaining({ order, reason: 'sets' }),
    }),
  ]);
  // The sentence is the text layer's English for that issue, and names the lower order to ask for.
  expect(body.message).toBe(issueText(body.issues![0]!, 'en'));
  if (order > 1) expect(body.message).toContain(`order ${order - 1}`);
}

describe('map_too_complex through the API', { timeout: 60_000 }, () => {
  it('fits the order-2 cap, so the answer is the engine’s limit, not map_too_large', () => {
    const requirements = WIDE.accounts.reduce(
      (n, a) => n + (a.ways ?? []).reduce((k, w) => k + w.requires.length, 0),
      0,
    );
    expect(WIDE.accounts.length).toBeLessThanOrEqual(RISK_CAPS[2].accounts);
    expect(requirements).toBeLessThanOrEqual(RISK_CAPS[2].requirements);
    expect(WIDE.accounts.length).toBeGreaterThan(40); // above the inline size: the report runs in a worker
  });

  it('is a 413 with code, sentence and issue from the worker pool, at orders 2 and 3, and the worker stays usable', async () => {
    const a = await app();
    expectTooComplex(await post(a, '/api/v1/risk', { map: WIDE, order: 2 }), 2);
    expectTooComplex(await post(a, '/api/v1/risk', { map: WIDE, order: 3 }), 3);
    const small = wideChainMap(2, 30);
    const ok = await post(a, '/api/v1/risk', { map: small, order: 2 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().accounts.x29.pairs).toHaveLength(4);
    expect(internal).toEqual([]);
  });

  it('crosses the worker boundary whole when every job is forced into a worker', async () => {
    const a = await app({ alwaysInWorker: true });
    expectTooComplex(await post(a, '/api/v1/risk', { map: WIDE, order: 2 }), 2);
    expect(internal).toEqual([]);
  });

  it('is the same ApiError when the job runs inline, on the event loop', () => {
    let thrown: unknown;
    try {
      JOBS.risk.run(compile(WIDE), { order: 2, target: undefined });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    const e = thrown as ApiError;
    expect({ statusCode: e.statusCode, code: e.code }).toEqual({ statusCode: 413, code: 'map_too_complex' });
    expect(e.message).toBe(issueText(e.issues![0]!, 'en'));
    expect(e.issues?.[0]).toMatchObject({ code: 'too_complex', params: { order: 2, reason: 'sets' } });
  });

  it('is a 413 for a stored map’s risk too', async () => {
    const a = await app({}, true);
    const created = await post(a, '/api/v1/maps', WIDE);
    expect(created.statusCode).toBe(201);
    const r = await a.inject({
      method: 'GET',
      url: `/api/v1/maps/${created.json().id}/risk?order=2`,
      headers,
    });
    expectTooComplex(r, 2);
    expect(internal).toEqual([]);
  });
});
