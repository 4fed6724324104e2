// The JSON API through app.inject() (no port): every route's answers, errors with JSON paths from the request
// body, caps on work, bare 500s, extra plugins, and an OpenAPI document a generated client could call.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../src/api/app.js';
import { INTERNAL_ERROR_BODY } from '../src/api/errors.js';
import { compile, exportMap, impact, risk } from '../src/engine/index.js';
import { CatalogSchema, ImpactSchema, RiskSchema, ValidationSchema } from '../src/model/index.js';
import { FIXTURES_DIR, fixtureFiles, loadFixture } from './support/fixtures.js';

const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuvwxyz';
const PORT = 4178;
const HEADERS = {
  host: `127.0.0.1:${PORT}`,
  authorization: `Bearer ${TOKEN}`,
  'content-type': 'application/json',
};

const qq = loadFixture('qq-permanent-ban-2022.map.json');
const qqScenario = qq.scenarios![0]!.id;

let app: FastifyInstance;
const internalErrors: unknown[] = [];

/** A plugin standing in for the stored-maps routes: gets `store`, and has routes that fail on purpose. */
const extra: FastifyPluginAsync<{ store?: unknown }> = async (api, opts) => {
  api.get('/__store', async () => ({ store: opts.store }));
  api.get('/__boom', async () => {
    throw new Error('SQLITE_CORRUPT at /home/someone/.local/share/banradius/maps.db: token=abc');
  });
  api.get('/__boom503', async () => {
    throw Object.assign(new Error('upstream secret'), { statusCode: 503 });
  });
  api.get(
    '/__badshape',
    { schema: { response: { 200: z.strictObject({ ok: z.boolean() }) } } },
    async () => ({ ok: 'yes', secret: 'leak' }) as unknown as { ok: boolean },
  );
};

beforeAll(async () => {
  app = await buildApp({
    token: TOKEN,
    port: PORT,
    store: { name: 'fake store' },
    plugins: [extra],
    onInternalError: (e) => internalErrors.push(e),
  });
  await app.ready();
});
afterAll(() => app.close());

const post = (url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, headers: HEADERS, payload: JSON.stringify(payload) });
const get = (url: string) => app.inject({ method: 'GET', url, headers: HEADERS });

describe('GET /api/v1/health and /api/v1/catalog', () => {
  it('answers health', async () => {
    const r = await get('/api/v1/health');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok', api: 'v1' });
  });

  it('serves the provider catalog in its schema', async () => {
    const r = await get('/api/v1/catalog');
    expect(r.statusCode).toBe(200);
    const catalog = CatalogSchema.parse(r.json());
    expect(catalog.providers.some((p) => p.id === 'qq')).toBe(true);
  });
});

describe('POST /api/v1/impact', () => {
  it.each(fixtureFiles())('gives the engine result for every scenario of %s', async (file) => {
    const map = loadFixture(file);
    for (const sc of map.scenarios ?? []) {
      const r = await post('/api/v1/impact', { map, scenario: sc.id });
      expect(r.statusCode).toBe(200);
      expect(r.json()).toEqual(impact(compile(map), sc.bans));
    }
  });

  it('accepts explicit bans (with presets) and gives the same result as the scenario', async () => {
    const a = await post('/api/v1/impact', { map: qq, scenario: qqScenario });
    const b = await post('/api/v1/impact', { map: qq, bans: qq.scenarios![0]!.bans });
    expect(b.json()).toEqual(a.json());
    ImpactSchema.parse(a.json());
    expect(a.json().accounts.microsoft.status).toBe('cut');
  });

  it('simulates nothing banned when given neither bans nor a scenario', async () => {
    const r = await post('/api/v1/impact', { map: qq });
    expect(r.statusCode).toBe(200);
    expect(r.json().counts.banned).toBe(0);
  });

  it('refuses bans and scenario together', async () => {
    const r = await post('/api/v1/impact', { map: qq, bans: [], scenario: qqScenario });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'invalid_request', issues: [{ path: ['scenario'] }] });
  });

  it('answers an unknown scenario with 400 unknown_scenario naming the known ones', async () => {
    const r = await post('/api/v1/impact', { map: qq, scenario: 'nope' });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual({
      statusCode: 400,
      code: 'unknown_scenario',
      error: 'Bad Request',
      message: `the map has no scenario "nope"; its scenarios: "${qqScenario}"`,
      issues: [{ code: 'unknown_scenario', path: ['scenario'], message: 'unknown scenario "nope"' }],
    });
  });

  it('answers bans naming an unknown account or capability with their paths', async () => {
    const r = await post('/api/v1/impact', {
      map: qq,
      bans: [{ account: 'qq' }, { account: 'ghost' }, { account: 'qq', lose: ['mail'] }],
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('invalid_bans');
    expect(r.json().issues.map((i: { path: unknown }) => i.path)).toEqual([
      ['bans', 1, 'account'],
      ['bans', 2, 'lose', 0],
    ]);
  });

  it('answers a broken reference with 400 invalid_map and the JSON path from the request body', async () => {
    const map = structuredClone(qq);
    map.accounts[3]!.ways![0]!.requires[0]!.capability = 'mail';
    const r = await post('/api/v1/impact', { map, scenario: qqScenario });
    expect(r.statusCode).toBe(400);
    const body = r.json();
    expect(body.code).toBe('invalid_map');
    expect(body.issues[0]).toEqual({
      code: 'unknown_capability',
      path: ['map', 'accounts', 3, 'ways', 0, 'requires', 0, 'capability'],
      message: 'requires "qq.mail" but account "qq" provides access, chat, contacts, oauth',
      params: {
        account: 'qq',
        capability: 'mail',
        provides: ['access', 'chat', 'contacts', 'oauth'],
        in: 'requirement',
      },
    });
    expect(body.message).toBe(
      'the map is invalid: 1 problem; the first at map.accounts[3].ways[0].requires[0].capability: requires "qq.mail" but account "qq" provides access, chat, contacts, oauth',
    );
  });

  it('rejects unknown fields with a path naming the field', async () => {
    const map = structuredClone(qq) as unknown as { accounts: Record<string, unknown>[] };
    map.accounts[0]!.colour = 'red';
    const r1 = await post('/api/v1/impact', { map, scenario: qqScenario });
    expect(r1.statusCode).toBe(400);
    expect(r1.json()).toMatchObject({
      code: 'invalid_map',
      issues: [
        { code: 'unknown_field', path: ['map', 'accounts', 0, 'colour'], message: 'unknown field "colour"' },
      ],
    });
    const r2 = await post('/api/v1/impact', { map: qq, scenario: qqScenario, verbose: true });
    expect(r2.statusCode).toBe(400);
    expect(r2.json()).toMatchObject({
      code: 'invalid_request',
      issues: [{ code: 'unknown_field', path: ['verbose'], message: 'unknown field "verbose"' }],
    });
  });

  it('answers a repeated map from the cache with the same result, and a changed map afresh', async () => {
    const a = await post('/api/v1/impact', { map: qq, scenario: qqScenario });
    const b = await post('/api/v1/impact', { map: qq, scenario: qqScenario });
    expect(b.json()).toEqual(a.json());
    const changed = structuredClone(qq);
    changed.accounts.find((x) => x.id === 'microsoft')!.ways = [];
    const c = await post('/api/v1/impact', { map: changed, scenario: qqScenario });
    expect(c.json().accounts.microsoft.status).toBe('ok');
    const broken = structuredClone(qq);
    broken.accounts[1]!.id = 'phone';
    expect((await post('/api/v1/impact', { map: broken })).statusCode).toBe(400);
    expect((await post('/api/v1/impact', { map: broken })).statusCode).toBe(400);
  });

  it('coerces nothing: a string version or value is an error, not a number', async () => {
    const r1 = await post('/api/v1/impact', { map: { ...qq, version: '1' } });
    expect(r1.statusCode).toBe(400);
    expect(r1.json().issues[0].path).toEqual(['map', 'version']);
    const map = structuredClone(qq) as unknown as { accounts: { assets?: { value?: unknown }[] }[] };
    map.accounts
      .find((a) => a.assets?.some((x) => x.value !== undefined))!
      .assets!.find((x) => x.value !== undefined)!.value = '5000';
    const r2 = await post('/api/v1/impact', { map });
    expect(r2.statusCode).toBe(400);
    expect(r2.json().code).toBe('invalid_map');
  });

  it('caps the map at 20,000 accounts with 413 map_too_large naming the cap', async () => {
    const accounts = Array.from({ length: 20_001 }, (_, i) => ({ id: `a${i}`, kind: 'phone', label: 'a' }));
    const r = await post('/api/v1/impact', { map: { version: 1, accounts } });
    expect(r.statusCode).toBe(413);
    expect(r.json()).toMatchObject({
      code: 'map_too_large',
      message:
        'the map has 20,001 accounts; POST /api/v1/impact accepts at most 20,000 (see GET /api/v1/docs)',
    });
  });

  it('caps the map at 100,000 requirements', async () => {
    const requires = Array.from({ length: 64 }, () => ({ account: 'r' }));
    const accounts = [
      { id: 'r', kind: 'phone', label: 'r' },
      ...Array.from({ length: 1_563 }, (_, i) => ({
        id: `a${i}`,
        kind: 'service',
        label: 'a',
        ways: [{ requires }],
      })),
    ];
    const r = await post('/api/v1/impact', { map: { version: 1, accounts } });
    expect(r.statusCode).toBe(413);
    expect(r.json().message).toContain('100,032 requirements; POST /api/v1/impact accepts at most 100,000');
  });

  it('answers a body over 5 MiB with 413 body_too_large', async () => {
    const r = await post('/api/v1/impact', { map: { ...qq, title: 'x'.repeat(5 * 1024 * 1024) } });
    expect(r.statusCode).toBe(413);
    expect(r.json()).toMatchObject({
      code: 'body_too_large',
      message: 'the request body is larger than 5242880 bytes',
    });
  });

  it('answers invalid JSON, an empty body and a "__proto__" key with 400 invalid_json', async () => {
    for (const payload of ['{"map":', '', '{"map":{"version":1,"accounts":[],"__proto__":{"x":1}}}']) {
      const r = await app.inject({ method: 'POST', url: '/api/v1/impact', headers: HEADERS, payload });
      expect(r.statusCode).toBe(400);
      expect(r.json().code).toBe('invalid_json');
    }
  });
});

describe('POST /api/v1/risk', () => {
  it('gives the engine risk report, order 2 by default', async () => {
    const r = await post('/api/v1/risk', { map: qq });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual(risk(compile(qq), { order: 2, takeover: true }));
    RiskSchema.parse(r.json());
  });

  it('lists triples only with order 3', async () => {
    const r1 = await post('/api/v1/risk', { map: qq, order: 1 });
    const r3 = await post('/api/v1/risk', { map: qq, order: 3 });
    expect(r1.json()).toEqual(risk(compile(qq), { order: 1, takeover: true }));
    expect(
      Object.values(r3.json().accounts).some((a) => Array.isArray((a as { triples?: unknown }).triples)),
    ).toBe(true);
  });

  it('refuses orders other than 1, 2, 3', async () => {
    for (const order of [0, 4, '2', 2.5]) {
      const r = await post('/api/v1/risk', { map: qq, order });
      expect(r.statusCode).toBe(400);
      expect(r.json().issues[0].path).toEqual(['order']);
    }
  });

  it('caps risk by order: 5,000 accounts for order 2, 3,000 for order 3', async () => {
    const accounts = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `a${i}`, kind: 'phone', label: 'a' }));
    const r2 = await post('/api/v1/risk', { map: { version: 1, accounts: accounts(5_001) } });
    expect(r2.statusCode).toBe(413);
    expect(r2.json().message).toContain('5,001 accounts; POST /api/v1/risk accepts at most 5,000');
    const r3 = await post('/api/v1/risk', { map: { version: 1, accounts: accounts(3_001) }, order: 3 });
    expect(r3.statusCode).toBe(413);
    expect(r3.json().message).toContain('at most 3,000');
    const ok = await post('/api/v1/risk', { map: { version: 1, accounts: accounts(3_001) }, order: 2 });
    expect(ok.statusCode).toBe(200);
  });
});

describe('POST /api/v1/validate', () => {
  it('answers 200 with the errors of an invalid map, paths from the request body', async () => {
    const map = structuredClone(qq);
    map.accounts[1]!.id = 'phone';
    const r = await post('/api/v1/validate', { map });
    expect(r.statusCode).toBe(200);
    const v = ValidationSchema.parse(r.json());
    expect(v.ok).toBe(false);
    expect(v.errors[0]).toMatchObject({ code: 'duplicate_id', path: ['map', 'accounts', 1, 'id'] });
  });

  it('answers 200 ok for a valid map, with its warnings', async () => {
    const r = await post('/api/v1/validate', { map: qq });
    expect(r.json()).toMatchObject({ ok: true, errors: [] });
  });

  it('answers 200 for a map that is not even an object', async () => {
    const r = await post('/api/v1/validate', { map: 42 });
    expect(r.statusCode).toBe(200);
    expect(r.json().errors[0].path).toEqual(['map']);
  });

  it('still refuses a body with unknown fields', async () => {
    const r = await post('/api/v1/validate', { map: qq, strict: false });
    expect(r.statusCode).toBe(400);
  });
});

describe('POST /api/v1/export', () => {
  it.each([
    ['json', 'application/json; charset=utf-8', 'banradius-map.json'],
    ['dot', 'text/vnd.graphviz; charset=utf-8', 'banradius-map.dot'],
    ['graphml', 'application/graphml+xml; charset=utf-8', 'banradius-map.graphml'],
    ['mermaid', 'text/plain; charset=utf-8', 'banradius-map.mmd'],
  ] as const)('answers %s as a download with its media type', async (format, type, name) => {
    const r = await post('/api/v1/export', { map: qq, format });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe(type);
    expect(r.headers['content-disposition']).toBe(`attachment; filename="${name}"`);
    expect(r.body).toBe(exportMap(qq, format).body);
  });

  it('redacts when asked', async () => {
    const r = await post('/api/v1/export', { map: qq, format: 'json', redact: true });
    expect(r.body).not.toContain('7921xxxxx@qq.com');
    expect(r.body).toContain('79***@qq.com');
  });

  it('refuses an unknown format', async () => {
    const r = await post('/api/v1/export', { map: qq, format: 'png' });
    expect(r.statusCode).toBe(400);
    expect(r.json().issues[0].path).toEqual(['format']);
  });
});

describe('errors', () => {
  it('answers unknown routes with a JSON 404', async () => {
    for (const url of ['/api/v1/nothing', '/no/such/file.js']) {
      const r = await get(url);
      expect(r.statusCode).toBe(404);
      expect(r.json()).toEqual({
        statusCode: 404,
        code: 'not_found',
        error: 'Not Found',
        message: 'not found',
      });
    }
  });

  it('answers any unexpected error with exactly the bare 500 body', async () => {
    for (const url of ['/api/v1/__boom', '/api/v1/__boom503', '/api/v1/__badshape']) {
      const r = await get(url);
      expect(r.statusCode).toBe(500);
      expect(r.body).toBe(JSON.stringify(INTERNAL_ERROR_BODY));
      expect(r.body).not.toMatch(/SQLITE|home|token|secret|leak|stack/);
    }
    expect(internalErrors).toHaveLength(3);
  });

  it('registers extra plugins under /api/v1 with the store as an option', async () => {
    const r = await get('/api/v1/__store');
    expect(r.json()).toEqual({ store: { name: 'fake store' } });
  });
});

describe('OpenAPI document', () => {
  type Op = {
    operationId?: string;
    requestBody?: { content: Record<string, { schema: unknown }> };
    responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
  };
  type Doc = {
    openapi: string;
    paths: Record<string, Record<string, Op>>;
    components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
    security: unknown[];
  };
  let doc: Doc;
  beforeAll(async () => {
    // the document holds no user data: it needs no token
    const r = await app.inject({ url: '/api/v1/openapi.json', headers: { host: HEADERS.host } });
    expect(r.statusCode).toBe(200);
    doc = r.json();
  });

  /** A JSON-Schema validator for the document's schemas, `$ref`s resolved against its components. */
  const validator = () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ components: doc.components }, 'doc');
    return (schema: unknown) =>
      ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')));
  };

  it('lists every route, with bearer auth, request schemas for bodies and response schemas', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearerAuth).toEqual({ type: 'http', scheme: 'bearer' });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ method, path, op })),
    );
    const wanted = [
      'get /api/v1/health',
      'get /api/v1/catalog',
      'post /api/v1/validate',
      'post /api/v1/impact',
    ];
    wanted.push('post /api/v1/risk', 'post /api/v1/export', 'get /api/v1/__store');
    for (const w of wanted) expect(ops.map((o) => `${o.method} ${o.path}`)).toContain(w);
    for (const { method, op } of ops) {
      expect(op.operationId ?? 'test route').toBeTruthy();
      if (method === 'post') expect(op.requestBody?.content['application/json']?.schema).toBeTruthy();
      if (op.operationId) {
        expect(Object.keys(op.responses['200']?.content ?? {}).length).toBeGreaterThan(0);
        expect(op.responses['401']?.content?.['application/json']?.schema).toEqual({
          $ref: '#/components/schemas/Error',
        });
      }
    }
  });

  it('describes each route well enough to call it: documented requests get documented answers', async () => {
    const compile = validator();
    const bodies: Record<string, unknown> = {
      impact: { map: qq, scenario: qqScenario },
      risk: { map: qq, order: 2 },
      validate: { map: qq },
      export: { map: qq, format: 'json' },
      import: { content: 'name,url,username,password\r\ngithub.com,https://github.com,a@qq.com,pw\r\n' },
      takeover: { map: qq, holds: [{ account: 'phone' }] },
      timeline: { map: qq, preset: 'number_cancelled_recycled', account: 'phone' },
    };
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        if (!op.operationId) continue;
        const body = bodies[op.operationId];
        if (body !== undefined) {
          const check = compile(op.requestBody!.content['application/json']!.schema);
          expect(check(body), JSON.stringify(check.errors)).toBe(true);
        }
        const r = await app.inject({
          method: method.toUpperCase() as 'GET' | 'POST',
          url: path,
          headers: HEADERS,
          ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
        });
        expect(r.statusCode, `${method} ${path}`).toBe(200);
        const type = (r.headers['content-type'] as string).split(';')[0]!;
        const schema = op.responses['200']!.content![type]!.schema;
        const check = compile(schema);
        const value = type === 'application/json' ? r.json() : r.body;
        expect(check(value), `${method} ${path}: ${JSON.stringify(check.errors)}`).toBe(true);
      }
    }
  });

  it('documents the error body, and an invalid request is refused as the schema says', async () => {
    const compile = validator();
    const check = compile(
      doc.paths['/api/v1/impact']!.post!.requestBody!.content['application/json']!.schema,
    );
    const bad = { map: { ...qq, version: 2 } };
    expect(check(bad)).toBe(false);
    const r = await post('/api/v1/impact', bad);
    expect(r.statusCode).toBe(400);
    expect(
      compile(doc.paths['/api/v1/impact']!.post!.responses['400']!.content!['application/json']!.schema)(
        r.json(),
      ),
    ).toBe(true);
  });

  it('serves the docs page and its assets locally', async () => {
    const page = await app.inject({ url: '/api/v1/docs', headers: { host: HEADERS.host } });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/https?:\/\//);
    const init = await app.inject({
      url: '/api/v1/docs/static/swagger-initializer.js',
      headers: { host: HEADERS.host },
    });
    expect(init.body).toContain('validatorUrl: null');
  });
});

describe('static web UI', () => {
  it('serves web/dist at / when built', async () => {
    const index = join(FIXTURES_DIR, '..', 'web', 'dist', 'index.html');
    const built = (() => {
      try {
        return readFileSync(index, 'utf8');
      } catch {
        return undefined;
      }
    })();
    const r = await app.inject({ url: '/', headers: { host: HEADERS.host, 'sec-fetch-site': 'none' } });
    if (built === undefined) expect(r.statusCode).toBe(503);
    else {
      expect(r.statusCode).toBe(200);
      expect(r.body).toBe(built);
    }
  });

  it('says how to build the UI when there is none', async () => {
    const bare = await buildApp({ token: TOKEN, port: PORT, webRoot: '/nonexistent' });
    const r = await bare.inject({ url: '/', headers: { host: HEADERS.host } });
    expect(r.statusCode).toBe(503);
    expect(r.body).toContain('npm run build:web');
    await bare.close();
  });
});
