// The guard of DESIGN §11 through app.inject(): every rejection (DNS rebinding, cross-site, other localhost
// port, Origin null, Sec-Fetch-Site, token, text/plain CSRF) on API, static and 404 routes alike; the security
// headers of every answer; and that a request shaped like the served UI's gets through.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.js';
import { CSP, newToken } from '../src/api/guard.js';
import { loadFixture } from './support/fixtures.js';

const TOKEN = newToken();
const PORT = 4178;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const qq = loadFixture('qq-permanent-ban-2022.map.json');
const body = JSON.stringify({ map: qq, scenario: qq.scenarios![0]!.id });

/** The headers Chromium sends with the UI's `fetch('/api/v1/impact', {method: 'POST', ...})`. */
const UI_POST = {
  host: `127.0.0.1:${PORT}`,
  origin: ORIGIN,
  'sec-fetch-site': 'same-origin',
  'sec-fetch-mode': 'cors',
  'sec-fetch-dest': 'empty',
  referer: `${ORIGIN}/`,
  authorization: `Bearer ${TOKEN}`,
  'content-type': 'application/json',
  accept: 'application/json',
};

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ token: TOKEN, port: PORT });
  await app.ready();
});
afterAll(() => app.close());

const impactWith = (headers: Record<string, string | undefined>, payload = body) => {
  const h = Object.fromEntries(Object.entries({ ...UI_POST, ...headers }).filter(([, v]) => v !== undefined));
  return app.inject({ method: 'POST', url: '/api/v1/impact', headers: h as Record<string, string>, payload });
};

/** Every kind of route the guard must cover: API, static file, docs, and a 404. */
const ROUTES: InjectOptions[] = [
  { method: 'GET', url: '/api/v1/health' },
  { method: 'POST', url: '/api/v1/impact', payload: body },
  { method: 'GET', url: '/' },
  { method: 'GET', url: '/index.html' },
  { method: 'GET', url: '/api/v1/docs' },
  { method: 'GET', url: '/api/v1/openapi.json' },
  { method: 'GET', url: '/no-such-file' },
  { method: 'GET', url: '/api/v1/no-such-route' },
];
const send = (route: InjectOptions, headers: Record<string, string>) =>
  app.inject({ ...route, headers: { ...UI_POST, ...headers } });

describe('a request like the served UI sends', () => {
  it('gets through: same origin, token, JSON', async () => {
    const r = await impactWith({});
    expect(r.statusCode).toBe(200);
    expect(r.json().accounts.microsoft.status).toBe('cut');
  });

  it('loads the page itself by navigation (Sec-Fetch-Site: none, no token)', async () => {
    const r = await app.inject({
      url: '/',
      headers: { host: `localhost:${PORT}`, 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate' },
    });
    expect([200, 503]).toContain(r.statusCode); // 503 only when web/dist is not built
  });

  it.each([`127.0.0.1:${PORT}`, `localhost:${PORT}`, `[::1]:${PORT}`, `LOCALHOST:${PORT}`])(
    'accepts Host %s with its own Origin',
    async (host) => {
      const r = await impactWith({ host, origin: `http://${host.toLowerCase()}` });
      expect(r.statusCode).toBe(200);
    },
  );

  it('accepts the token as X-Banradius-Token, and a lower-case bearer scheme', async () => {
    expect((await impactWith({ authorization: undefined, 'x-banradius-token': TOKEN })).statusCode).toBe(200);
    expect((await impactWith({ authorization: `bearer ${TOKEN}` })).statusCode).toBe(200);
  });

  it('accepts application/json with a UTF-8 charset, and a tool without Origin or Sec-Fetch headers', async () => {
    expect((await impactWith({ 'content-type': 'application/json; charset=UTF-8' })).statusCode).toBe(200);
    const r = await impactWith({ origin: undefined, 'sec-fetch-site': undefined, referer: undefined });
    expect(r.statusCode).toBe(200);
  });
});

describe('Host (DNS rebinding)', () => {
  it.each([
    'attacker.example:4178',
    'attacker.example',
    '127.0.0.1',
    `127.0.0.1:${PORT + 1}`,
    `localhost:${PORT}.attacker.example`,
    `0.0.0.0:${PORT}`,
    `127.0.0.2:${PORT}`,
    `[::ffff:127.0.0.1]:${PORT}`,
  ])('refuses Host %s on every route, static files and 404s included', async (host) => {
    for (const route of ROUTES) {
      const r = await send(route, { host, origin: `http://${host}` });
      expect(r.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(r.json()).toMatchObject({ code: 'forbidden_host' });
      expect(r.json().message).toBe(`Host must be 127.0.0.1:${PORT}, localhost:${PORT} or [::1]:${PORT}`);
    }
  });
});

describe('Origin (cross-site requests)', () => {
  it.each([
    ['a cross-site page', 'https://attacker.example'],
    ['another localhost port', `http://localhost:${PORT + 1}`],
    ['the Vite dev server', 'http://127.0.0.1:5173'],
    ['https on the same port', `https://127.0.0.1:${PORT}`],
    ['a sandboxed frame or file page', 'null'],
    ['two origins', `${ORIGIN}, https://attacker.example`],
  ])('refuses %s (Origin %s) on every route', async (_what, origin) => {
    for (const route of ROUTES) {
      const r = await send(route, { origin });
      expect(r.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(r.json().code).toBe('forbidden_origin');
    }
  });

  it('sends no CORS headers, even to a preflight', async () => {
    const pre = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/impact',
      headers: {
        host: UI_POST.host,
        origin: 'https://attacker.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(pre.statusCode).toBe(403);
    const ok = await impactWith({});
    for (const r of [pre, ok])
      expect(Object.keys(r.headers).filter((k) => k.startsWith('access-control-'))).toEqual([]);
  });
});

describe('Sec-Fetch-Site', () => {
  it.each(['cross-site', 'same-site', 'bogus'])('refuses Sec-Fetch-Site: %s on every route', async (site) => {
    for (const route of ROUTES) {
      const r = await send(route, { 'sec-fetch-site': site });
      expect(r.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(r.json().code).toBe('forbidden_fetch_site');
    }
  });
});

describe('token', () => {
  it.each([
    ['missing', {}],
    ['wrong', { authorization: `Bearer ${newToken()}` }],
    [
      'one character off',
      { authorization: `Bearer ${TOKEN.slice(0, -1)}${TOKEN.endsWith('A') ? 'B' : 'A'}` },
    ],
    ['a prefix', { authorization: `Bearer ${TOKEN.slice(0, 10)}` }],
    ['longer', { authorization: `Bearer ${TOKEN}x` }],
    ['not a bearer token', { authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}` }],
    ['in a cookie', { cookie: `token=${TOKEN}` }],
  ])('refuses a %s token with 401 on the API', async (_what, headers) => {
    const h: Record<string, string> = { ...UI_POST, ...headers };
    if (!('authorization' in headers)) delete (h as { authorization?: string }).authorization;
    const r = await app.inject({ method: 'POST', url: '/api/v1/impact', headers: h, payload: body });
    expect(r.statusCode).toBe(401);
    expect(r.json()).toMatchObject({ statusCode: 401, code: 'unauthorized', error: 'Unauthorized' });
  });

  it('refuses a token in the query string', async () => {
    const r = await app.inject({ url: `/api/v1/health?token=${TOKEN}`, headers: { host: UI_POST.host } });
    expect(r.statusCode).toBe(401);
  });

  it('needs the token for any path the router may take as /api, however it is spelled', async () => {
    for (const url of [
      '/api/v1/health',
      '/%61pi/v1/health',
      '//api/v1/health',
      '/API/v1/health',
      '/api/v1/./health',
      '/api/v1/nothing',
      '/api',
    ]) {
      const r = await app.inject({ url, headers: { host: UI_POST.host } });
      expect(r.statusCode, url).toBe(401);
    }
  });

  it('needs no token for the static UI or the API documentation (no user data in either)', async () => {
    for (const url of ['/api/v1/docs', '/api/v1/docs/static/index.css', '/api/v1/openapi.json']) {
      const r = await app.inject({ url, headers: { host: UI_POST.host } });
      expect(r.statusCode, url).toBe(200);
    }
  });

  it('is 256 random bits, base64url, fresh every launch', () => {
    const t = newToken();
    expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    expect(newToken()).not.toBe(t);
  });
});

describe('writes accept only application/json', () => {
  it.each([
    'text/plain',
    'text/plain;charset=UTF-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json-patch+json',
    'application/vnd.api+json',
    'application/json; charset=latin1',
    'application/jsonx',
  ])('refuses a POST with Content-Type %s (the text/plain CSRF) with 415, before parsing', async (type) => {
    const r = await impactWith({ 'content-type': type });
    expect(r.statusCode).toBe(415);
    expect(r.json().code).toBe('unsupported_media_type');
  });

  it('refuses a body without a Content-Type', async () => {
    const r = await impactWith({ 'content-type': undefined });
    expect(r.statusCode).toBe(415);
  });

  it('refuses a cross-site form even before the content type: no token', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/impact',
      headers: { host: UI_POST.host, 'content-type': 'text/plain' },
      payload: body,
    });
    expect(r.statusCode).toBe(401);
  });
});

describe('security headers', () => {
  const cases: [string, InjectOptions][] = [
    ['an API answer', { method: 'POST', url: '/api/v1/impact', headers: UI_POST, payload: body }],
    ['a guard rejection', { method: 'GET', url: '/api/v1/health', headers: { host: 'attacker.example' } }],
    ['a 401', { method: 'GET', url: '/api/v1/health', headers: { host: UI_POST.host } }],
    ['a 404', { method: 'GET', url: '/api/v1/nothing', headers: UI_POST }],
    ['the UI', { method: 'GET', url: '/', headers: { host: UI_POST.host } }],
    ['the docs page', { method: 'GET', url: '/api/v1/docs', headers: { host: UI_POST.host } }],
    [
      'a docs asset',
      { method: 'GET', url: '/api/v1/docs/static/swagger-ui.css', headers: { host: UI_POST.host } },
    ],
    ['a malformed URL', { method: 'GET', url: '/%E0%A4%A', headers: { host: UI_POST.host } }],
  ];
  it.each(cases)('are on %s', async (_what, req) => {
    const r = await app.inject(req);
    expect(r.headers['content-security-policy']).toBe(CSP);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['x-frame-options']).toBe('DENY');
    if (req.url?.toString().startsWith('/api')) expect(r.headers['cache-control']).toBe('no-store');
  });

  it('is a strict policy: nothing from outside, no inline script or style', () => {
    expect(CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
  });
});
