// The stored-maps API through app.inject(): ETag/If-Match (428, 409, nothing written), invalid and poisoned
// imports changing nothing, real deletion, revisions and restore, and the analyses of a stored map.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.js';
import { INTERNAL_ERROR_BODY } from '../src/api/errors.js';
import { mapsRoutes } from '../src/api/routes/maps.js';
import { compile, exportMap, impact, risk } from '../src/engine/index.js';
import { DB_FILE, openStore, type Store } from '../src/store/index.js';
import { phoneMap, qqMap } from './fixtures-db/samples.js';

const TOKEN = 'maps-test-token-0123456789abcdefghijklmnop';
const HEADERS = { host: '127.0.0.1:4178', authorization: `Bearer ${TOKEN}` };
const JSON_HEADERS = { ...HEADERS, 'content-type': 'application/json' };

let app: FastifyInstance;
let store: Store;
let dir: string;
const internalErrors: unknown[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banradius-maps-api-'));
  store = openStore(dir);
  app = await buildApp({
    token: TOKEN,
    port: 4178,
    webRoot: false,
    store,
    plugins: [mapsRoutes],
    onInternalError: (e) => internalErrors.push(e),
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  store.close();
});
beforeEach(() => {
  for (const m of store.list()) store.delete(m.id);
});

const get = (url: string) => app.inject({ method: 'GET', url, headers: HEADERS });
const send = (method: 'POST' | 'PUT', url: string, body: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method,
    url,
    headers: { ...JSON_HEADERS, ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
const create = async (map: unknown = qqMap('我的账号')) => {
  const r = await send('POST', '/api/v1/maps', map);
  expect(r.statusCode).toBe(201);
  return r.json() as { id: string; version: number };
};

/** Everything the API shows, to prove a refused request changed nothing. */
async function everything() {
  const list = (await get('/api/v1/maps')).json() as { maps: { id: string }[] };
  const maps = [];
  for (const m of list.maps)
    maps.push({
      map: (await get(`/api/v1/maps/${m.id}`)).json(),
      revisions: (await get(`/api/v1/maps/${m.id}/revisions`)).json(),
    });
  return { list, maps };
}

describe('POST and GET /api/v1/maps', () => {
  it('stores a map: 201 with id, version 1, title, updatedAt, the map and an ETag', async () => {
    const r = await send('POST', '/api/v1/maps', qqMap('我的账号'));
    expect(r.statusCode).toBe(201);
    const body = r.json();
    expect(Object.keys(body).sort()).toEqual(['id', 'map', 'title', 'updatedAt', 'version']);
    expect(body).toMatchObject({ version: 1, title: '我的账号', map: qqMap('我的账号') });
    expect(r.headers.etag).toBe('"1"');
    expect(r.headers.location).toBe(`/api/v1/maps/${body.id}`);
    expect(r.headers['cache-control']).toBe('no-store');

    const again = await get(`/api/v1/maps/${body.id}`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(body);
    expect(again.headers.etag).toBe('"1"');
  });

  it('lists maps without their documents', async () => {
    const a = await create(qqMap('a'));
    const b = await create(phoneMap('139'));
    const r = await get('/api/v1/maps');
    expect(r.statusCode).toBe(200);
    const { maps } = r.json() as { maps: Record<string, unknown>[] };
    expect(maps.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
    expect(Object.keys(maps[0]!).sort()).toEqual(['createdAt', 'id', 'title', 'updatedAt', 'version']);
  });

  it('answers 404 for an unknown map and 400 for an id that cannot be one', async () => {
    const r = await get('/api/v1/maps/00000000-0000-0000-0000-000000000000');
    expect(r.statusCode).toBe(404);
    expect(r.json()).toMatchObject({ statusCode: 404, code: 'not_found', error: 'Not Found' });
    expect((await get('/api/v1/maps/a.b')).statusCode).toBe(400);
  });

  it('refuses an invalid map with JSON paths from the body and stores nothing', async () => {
    await create(qqMap('existing'));
    const before = await everything();
    const broken = qqMap('broken');
    broken.accounts[2]!.ways = [{ requires: [{ account: 'qqmail', capability: 'sms' }] }];
    const r = await send('POST', '/api/v1/maps', broken);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({
      code: 'invalid_map',
      issues: [{ code: 'unknown_capability', path: ['accounts', 2, 'ways', 0, 'requires', 0, 'capability'] }],
    });
    const unknownField = await send('POST', '/api/v1/maps', { ...qqMap('x'), colour: 'red' });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().issues[0]).toMatchObject({ code: 'unknown_field', path: ['colour'] });
    expect((await send('POST', '/api/v1/maps', 'not json')).statusCode).toBe(400);
    expect((await send('POST', '/api/v1/maps', '[]')).statusCode).toBe(400);
    expect(await everything()).toEqual(before);
  });

  it('rejects "__proto__" and "constructor.prototype" in the JSON body (secure-json-parse) and stores nothing', async () => {
    const before = await everything();
    const text = JSON.stringify(qqMap('poisoned')).replace('{', '{"__proto__":{"polluted":true},');
    const r = await send('POST', '/api/v1/maps', text);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ statusCode: 400, code: 'invalid_json' });
    const nested = JSON.stringify(qqMap('nested')).replace(
      '"accounts":[{',
      '"accounts":[{"constructor":{"prototype":{"polluted":true}},',
    );
    expect((await send('POST', '/api/v1/maps', nested)).statusCode).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await everything()).toEqual(before);
  });

  it('accepts JSON only and needs the token', async () => {
    const text = await app.inject({
      method: 'POST',
      url: '/api/v1/maps',
      headers: { ...HEADERS, 'content-type': 'text/plain' },
      payload: JSON.stringify(qqMap('x')),
    });
    expect(text.statusCode).toBe(415);
    const anonymous = await app.inject({
      method: 'GET',
      url: '/api/v1/maps',
      headers: { host: HEADERS.host },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(store.list()).toEqual([]);
  });
});

describe('PUT /api/v1/maps/:id', () => {
  it('saves a new version when If-Match names the current one', async () => {
    const { id } = await create();
    const r = await send('PUT', `/api/v1/maps/${id}`, qqMap('v2'), { 'if-match': '"1"' });
    expect(r.statusCode).toBe(200);
    expect(r.headers.etag).toBe('"2"');
    expect(r.json()).toMatchObject({ id, version: 2, title: 'v2', map: qqMap('v2') });
    expect((await get(`/api/v1/maps/${id}`)).json()).toEqual(r.json());
  });

  it('needs If-Match: 428 without it, 400 when malformed, and writes nothing', async () => {
    const { id } = await create();
    const before = await everything();
    const none = await send('PUT', `/api/v1/maps/${id}`, qqMap('v2'));
    expect(none.statusCode).toBe(428);
    expect(none.json()).toMatchObject({ code: 'precondition_required' });
    // Checked before the body: an invalid map without If-Match is still a 428.
    expect((await send('PUT', `/api/v1/maps/${id}`, { version: 9 })).statusCode).toBe(428);
    for (const bad of ['*', 'W/"1"', '"one"', '"1", "2"'])
      expect((await send('PUT', `/api/v1/maps/${id}`, qqMap('v2'), { 'if-match': bad })).statusCode).toBe(
        400,
      );
    expect(await everything()).toEqual(before);
  });

  it('answers a stale If-Match with 409 and the current version, and never overwrites', async () => {
    const { id } = await create();
    await send('PUT', `/api/v1/maps/${id}`, qqMap('v2'), { 'if-match': '"1"' });
    const before = await everything();
    const r = await send('PUT', `/api/v1/maps/${id}`, qqMap('lost edit'), { 'if-match': '"1"' });
    expect(r.statusCode).toBe(409);
    expect(r.headers.etag).toBe('"2"');
    expect(r.json()).toMatchObject({
      statusCode: 409,
      code: 'stale_version',
      message: 'the map changed since the version you edited ("1"); reload it and apply your edit again',
      issues: [
        {
          code: 'stale_version',
          path: ['headers', 'if-match'],
          message: 'the map is at version 2 (ETag "2")',
        },
      ],
    });
    expect((await send('PUT', `/api/v1/maps/${id}`, qqMap('ahead'), { 'if-match': '"7"' })).statusCode).toBe(
      409,
    );
    expect(await everything()).toEqual(before);
  });

  it('refuses an invalid map with 400 and JSON paths, writing nothing', async () => {
    const { id } = await create();
    const before = await everything();
    const r = await send('PUT', `/api/v1/maps/${id}`, { ...qqMap('x'), version: 2 }, { 'if-match': '"1"' });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'invalid_map', issues: [{ path: ['version'] }] });
    expect(await everything()).toEqual(before);
  });

  it('answers 404 for a map that does not exist', async () => {
    const r = await send('PUT', '/api/v1/maps/missing', qqMap('x'), { 'if-match': '"1"' });
    expect(r.statusCode).toBe(404);
  });
});

describe('DELETE /api/v1/maps/:id', () => {
  it('deletes the map and its revisions for good: 204, then 404', async () => {
    const label = 'DEL-unique-label-90210';
    const { id } = await create(phoneMap(label));
    await send('PUT', `/api/v1/maps/${id}`, { ...phoneMap(label), title: label }, { 'if-match': '"1"' });
    const r = await app.inject({ method: 'DELETE', url: `/api/v1/maps/${id}`, headers: HEADERS });
    expect(r.statusCode).toBe(204);
    expect(r.body).toBe('');
    expect((await get(`/api/v1/maps/${id}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/maps/${id}/revisions`)).statusCode).toBe(404);
    expect((await get(`/api/v1/maps/${id}/revisions/1`)).statusCode).toBe(404);
    const raw = new Database(join(dir, DB_FILE), { readonly: true });
    expect(raw.prepare('SELECT count(*) AS n FROM revisions WHERE map_id = ?').get(id)).toEqual({ n: 0 });
    raw.close();
    expect(
      (await app.inject({ method: 'DELETE', url: `/api/v1/maps/${id}`, headers: HEADERS })).statusCode,
    ).toBe(404);
  });
});

describe('revisions', () => {
  it('lists, reads and restores revisions; restore needs If-Match like a save', async () => {
    const { id } = await create(qqMap('first'));
    await send('PUT', `/api/v1/maps/${id}`, qqMap('second'), { 'if-match': '"1"' });
    const list = await get(`/api/v1/maps/${id}/revisions`);
    expect(list.statusCode).toBe(200);
    expect((list.json() as { revisions: { version: number }[] }).revisions.map((r) => r.version)).toEqual([
      2, 1,
    ]);
    const one = await get(`/api/v1/maps/${id}/revisions/1`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id, version: 1, map: qqMap('first') });
    expect((await get(`/api/v1/maps/${id}/revisions/9`)).statusCode).toBe(404);
    expect((await get(`/api/v1/maps/${id}/revisions/0`)).statusCode).toBe(400);

    const url = `/api/v1/maps/${id}/revisions/1/restore`;
    const before = await everything();
    expect((await app.inject({ method: 'POST', url, headers: HEADERS })).statusCode).toBe(428);
    const stale = await app.inject({ method: 'POST', url, headers: { ...HEADERS, 'if-match': '"1"' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers.etag).toBe('"2"');
    expect(await everything()).toEqual(before);
    const restored = await app.inject({ method: 'POST', url, headers: { ...HEADERS, 'if-match': '"2"' } });
    expect(restored.statusCode).toBe(200);
    expect(restored.headers.etag).toBe('"3"');
    expect(restored.json()).toMatchObject({ id, version: 3, title: 'first', map: qqMap('first') });
  });
});

describe('analyses of a stored map', () => {
  it('computes the impact of a scenario or of ban parameters, like the engine', async () => {
    const { id } = await create();
    const expected = impact(compile(qqMap('我的账号')), [{ account: 'qq' }]);
    const bySc = await get(`/api/v1/maps/${id}/impact?scenario=qqban`);
    expect(bySc.statusCode).toBe(200);
    expect(bySc.json()).toEqual(expected);
    expect((await get(`/api/v1/maps/${id}/impact?ban=qq`)).json()).toEqual(expected);
    const two = await get(`/api/v1/maps/${id}/impact?ban=qqmail:mail&ban=ms`);
    expect(two.json()).toEqual(
      impact(compile(qqMap('我的账号')), [{ account: 'qqmail', lose: ['mail'] }, { account: 'ms' }]),
    );
    const none = await get(`/api/v1/maps/${id}/impact`);
    expect(none.json()).toEqual(impact(compile(qqMap('我的账号')), []));
  });

  it('names what is wrong with a scenario or a ban', async () => {
    const { id } = await create();
    const unknown = await get(`/api/v1/maps/${id}/impact?scenario=nope`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'unknown_scenario' });
    const cap = await get(`/api/v1/maps/${id}/impact?ban=qq:mail`);
    expect(cap.statusCode).toBe(400);
    expect(cap.json()).toMatchObject({
      code: 'invalid_bans',
      issues: [{ code: 'unknown_capability', path: ['query', 'ban', 0, 'lose', 0] }],
    });
    expect((await get(`/api/v1/maps/${id}/impact?ban=qq&scenario=qqban`)).statusCode).toBe(400);
    expect((await get(`/api/v1/maps/${id}/impact?bogus=1`)).statusCode).toBe(400);
    expect((await get('/api/v1/maps/missing/impact?ban=qq')).statusCode).toBe(404);
  });

  it('computes the risk report at the order asked for', async () => {
    const { id } = await create();
    const r = await get(`/api/v1/maps/${id}/risk?order=2`);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual(risk(compile(qqMap('我的账号')), { order: 2, takeover: true }));
    expect((await get(`/api/v1/maps/${id}/risk`)).json()).toEqual(r.json());
    expect((await get(`/api/v1/maps/${id}/risk?order=4`)).statusCode).toBe(400);
  });

  it('exports the stored map, redacted on request', async () => {
    const { id } = await create(phoneMap('13812341234'));
    const dot = await get(`/api/v1/maps/${id}/export?format=dot&redact=1`);
    expect(dot.statusCode).toBe(200);
    const expected = exportMap(phoneMap('13812341234'), 'dot', { redact: true });
    expect(dot.headers['content-type']).toContain(expected.contentType);
    expect(dot.headers['content-disposition']).toBe(`attachment; filename="${expected.filename}"`);
    expect(dot.body).toBe(expected.body);
    expect(dot.body).not.toContain('13812341234');
    const json = await get(`/api/v1/maps/${id}/export?format=json`);
    expect(json.json()).toEqual(JSON.parse(exportMap(phoneMap('13812341234'), 'json').body));
    expect((await get(`/api/v1/maps/${id}/export?format=pdf`)).statusCode).toBe(400);
  });
});

describe('a damaged stored row', () => {
  it('is never served: a bare 500 that reveals nothing', async () => {
    const { id } = await create();
    const raw = new Database(join(dir, DB_FILE));
    raw.prepare('UPDATE maps SET doc = ? WHERE id = ?').run('{"version":1,"accounts":[{"id":"x"}]}', id);
    raw.close();
    const r = await get(`/api/v1/maps/${id}`);
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual(INTERNAL_ERROR_BODY);
    expect((internalErrors.at(-1) as { code?: string }).code).toBe('corrupt_row');
  });
});

describe('the OpenAPI document', () => {
  it('describes the stored-map routes', async () => {
    const doc = (await get('/api/v1/openapi.json')).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/maps',
        '/api/v1/maps/{id}',
        '/api/v1/maps/{id}/revisions',
        '/api/v1/maps/{id}/revisions/{version}',
        '/api/v1/maps/{id}/revisions/{version}/restore',
        '/api/v1/maps/{id}/impact',
        '/api/v1/maps/{id}/risk',
        '/api/v1/maps/{id}/export',
      ]),
    );
  });
});
