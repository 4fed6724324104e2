// The risk API's target mode and importance, through app.inject(): a target gives exactly the engine's
// TargetRisk (posted or stored map), an unknown target is a 400 naming `target`, and the full report carries
// the importance section.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.js';
import { mapsRoutes } from '../src/api/routes/maps.js';
import { compile, risk, targetRisk } from '../src/engine/index.js';
import { TargetRiskSchema } from '../src/model/index.js';
import { openStore, type Store } from '../src/store/index.js';
import { loadFixture } from './support/fixtures.js';

const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuvwxyz';
const HEADERS = {
  host: '127.0.0.1:4178',
  authorization: `Bearer ${TOKEN}`,
  'content-type': 'application/json',
};
const wechat = loadFixture('wechat-shenzhen-2020.map.json');
let app: FastifyInstance;
let store: Store;

beforeAll(async () => {
  store = openStore(mkdtempSync(join(tmpdir(), 'banradius-risk-api-')));
  app = await buildApp({ token: TOKEN, port: 4178, webRoot: false, store, plugins: [mapsRoutes] });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  store.close();
});

const post = (body: unknown) =>
  app.inject({ method: 'POST', url: '/api/v1/risk', headers: HEADERS, payload: JSON.stringify(body) });

describe('risk API: one target and importance', () => {
  it('answers "how can I lose WeChat?" with exactly the engine TargetRisk', async () => {
    const r = await post({ map: wechat, order: 3, target: 'wechat' });
    expect(r.statusCode).toBe(200);
    expect(TargetRiskSchema.parse(r.json())).toEqual(targetRisk(compile(wechat), 'wechat', 3));
    expect(r.json().cutSets.triples).toHaveLength(2);
  });

  it('refuses a target the map does not have with a 400 naming the target', async () => {
    const r = await post({ map: wechat, target: 'nobody' });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'unknown_target', issues: [{ path: ['target'] }] });
  });

  it('includes the importance of every account in the full report', async () => {
    const r = await post({ map: wechat, order: 3 });
    expect(r.json().importance).toEqual(risk(compile(wechat), { order: 3 }).importance);
    expect(r.json().importance.accounts.wechat.members[0]).toEqual({ account: 'friend_help', sets: 2 });
  });

  it('answers the stored-map variant with the same target risk', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/maps',
      headers: HEADERS,
      payload: JSON.stringify(wechat),
    });
    const { id } = created.json() as { id: string };
    const r = await app.inject({
      method: 'GET',
      url: `/api/v1/maps/${id}/risk?order=3&target=wechat`,
      headers: HEADERS,
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual(targetRisk(compile(wechat), 'wechat', 3));
    const missing = await app.inject({
      method: 'GET',
      url: `/api/v1/maps/${id}/risk?target=nobody`,
      headers: HEADERS,
    });
    expect(missing.statusCode).toBe(400);
  });
});
