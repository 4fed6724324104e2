// The takeover and timeline API through app.inject(): POST /takeover and /timeline, their stored-map variants,
// 400s with JSON paths for bad holds, days and presets, and the OpenAPI document naming them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.js';
import { mapsRoutes } from '../src/api/routes/maps.js';
import { compile, resolveTimeline, runTimeline, takeover } from '../src/engine/index.js';
import type { BindingMap } from '../src/model/index.js';
import { openStore, type Store } from '../src/store/index.js';

const TOKEN = 'takeover-test-token-0123456789abcdefghijkl';
const HEADERS = { host: '127.0.0.1:4178', authorization: `Bearer ${TOKEN}` };
const JSON_HEADERS = { ...HEADERS, 'content-type': 'application/json' };
const sms = { account: 'phone', capability: 'sms' };
const MAP: BindingMap = {
  version: 1,
  title: 'takeover api',
  accounts: [
    { id: 'phone', kind: 'phone', label: '139****1234', capabilities: ['access', 'sms', 'call_in'] },
    { id: 'alipay', kind: 'payment', label: '支付宝', ways: [{ requires: [sms] }] },
    { id: 'mail', kind: 'email', label: '邮箱', capabilities: ['access', 'mail'], ways: [{ requires: [] }] },
  ],
  timelines: [
    {
      id: 'recycled',
      label: '回收',
      steps: [
        { day: 0, label: '销号', bans: [{ account: 'phone', preset: 'phone_cancelled' }] },
        {
          day: 90,
          label: '放号',
          bans: [{ account: 'phone', preset: 'phone_cancelled' }],
          holds: [{ account: 'phone' }],
        },
      ],
    },
  ],
};

let app: FastifyInstance;
let store: Store;
beforeAll(async () => {
  store = openStore(mkdtempSync(join(tmpdir(), 'banradius-takeover-api-')));
  app = await buildApp({ token: TOKEN, port: 4178, webRoot: false, store, plugins: [mapsRoutes] });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  store.close();
});

const post = (url: string, body: unknown) =>
  app.inject({ method: 'POST', url, headers: JSON_HEADERS, payload: JSON.stringify(body) });
const get = (url: string) => app.inject({ method: 'GET', url, headers: HEADERS });
const paths = (r: { json(): { issues?: { path: unknown[] }[] } }) => r.json().issues?.map((i) => i.path);

describe('POST /api/v1/takeover', () => {
  it('answers exactly the engine’s takeover', async () => {
    const r = await post('/api/v1/takeover', { map: MAP, holds: [{ account: 'phone' }], knows: ['mail'] });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual(takeover(compile(MAP), [{ account: 'phone' }], ['mail']));
    expect(r.json().accounts.alipay.status).toBe('taken');
  });

  it('names an unknown account, a capability the account lacks and an unknown password holder', async () => {
    const r = await post('/api/v1/takeover', {
      map: MAP,
      holds: [{ account: 'ghost' }, { account: 'phone', capabilities: ['mail'] }],
      knows: ['nobody'],
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('invalid_holds');
    expect(paths(r)).toEqual([
      ['holds', 0, 'account'],
      ['holds', 1, 'capabilities', 0],
      ['knows', 0],
    ]);
  });

  it('rejects a missing holds list and unknown fields by the schema', async () => {
    expect((await post('/api/v1/takeover', { map: MAP })).statusCode).toBe(400);
    expect((await post('/api/v1/takeover', { map: MAP, holds: [], extra: 1 })).statusCode).toBe(400);
  });
});

describe('POST /api/v1/timeline', () => {
  it('runs a timeline of the map and a catalog preset built for an account', async () => {
    const own = await post('/api/v1/timeline', { map: MAP, timeline: 'recycled' });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toEqual(runTimeline(compile(MAP), MAP.timelines![0]!));
    const preset = await post('/api/v1/timeline', {
      map: MAP,
      preset: 'number_cancelled_recycled',
      account: 'phone',
      lang: 'en',
    });
    const built = resolveTimeline(MAP, { preset: 'number_cancelled_recycled', account: 'phone' }, 'en');
    expect(built.ok && preset.json()).toEqual(built.ok && runTimeline(compile(MAP), built.timeline));
    expect(preset.json().steps[1].newlyTaken).toEqual(['alipay', 'phone']);
  });

  it('gives 400 with a path for an unknown preset, a wrong account and days that do not increase', async () => {
    const unknown = await post('/api/v1/timeline', { map: MAP, preset: 'nope', account: 'phone' });
    expect([unknown.statusCode, unknown.json().code, paths(unknown)]).toEqual([
      400,
      'invalid_timeline',
      [['preset']],
    ]);
    const kind = await post('/api/v1/timeline', { map: MAP, preset: 'phone_realname_2016', account: 'mail' });
    expect(paths(kind)).toEqual([['account']]);
    const both = await post('/api/v1/timeline', {
      map: MAP,
      timeline: 'recycled',
      preset: 'phone_realname_2016',
    });
    expect(both.statusCode).toBe(400);
    const bad = structuredClone(MAP);
    bad.timelines![0]!.steps[1]!.day = 0;
    const days = await post('/api/v1/timeline', { map: bad, timeline: 'recycled' });
    expect([days.statusCode, days.json().code, paths(days)]).toEqual([
      400,
      'invalid_map',
      [['map', 'timelines', 0, 'steps', 1, 'day']],
    ]);
  });
});

describe('stored maps', () => {
  it('answers takeover and timeline of a stored map like the POST routes, with query paths for bad input', async () => {
    const created = await post('/api/v1/maps', MAP);
    const id = created.json().id as string;
    const t = await get(`/api/v1/maps/${id}/takeover?holds=phone:sms&knows=mail`);
    expect(t.statusCode).toBe(200);
    expect(t.json()).toEqual(takeover(compile(MAP), [{ account: 'phone', capabilities: ['sms'] }], ['mail']));
    const bad = await get(`/api/v1/maps/${id}/takeover?holds=ghost&holds=phone:mail`);
    expect(paths(bad)).toEqual([
      ['query', 'holds', 0, 'account'],
      ['query', 'holds', 1, 'capabilities', 0],
    ]);
    const tl = await get(`/api/v1/maps/${id}/timeline?timeline=recycled`);
    expect(tl.json()).toEqual(runTimeline(compile(MAP), MAP.timelines![0]!));
    const np = await get(`/api/v1/maps/${id}/timeline?preset=nope&account=phone`);
    expect([np.statusCode, paths(np)]).toEqual([400, [['query', 'preset']]]);
    expect((await get('/api/v1/maps/nothere/takeover?holds=phone')).statusCode).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('documents the takeover and timeline routes with their request and result schemas', async () => {
    const doc = (await get('/api/v1/openapi.json')).json();
    for (const p of [
      '/api/v1/takeover',
      '/api/v1/timeline',
      '/api/v1/maps/{id}/takeover',
      '/api/v1/maps/{id}/timeline',
    ])
      expect(Object.keys(doc.paths)).toContain(p);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Takeover', 'TimelineResult', 'Hold']),
    );
  });
});
