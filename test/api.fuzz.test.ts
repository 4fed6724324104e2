// A schema-driven fuzz of the API with fast-check: random JSON, and mutations of the real fixture maps (fields
// dropped or added, wrong types, huge numbers, duplicated entries, broken references, "__proto__" keys as raw
// JSON text), POSTed to every route. Never a 5xx; every 4xx in the error shape; a 2xx from impact, risk or
// export only for input that MapSchema and parseMap accept, and always in the documented result schema.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.js';
import { ErrorBodySchema } from '../src/api/errors.js';
import { checkBans, EXPORT_FORMATS, parseMap } from '../src/engine/index.js';
import { BanSchema, ImpactSchema, MapSchema, RiskSchema, ValidationSchema } from '../src/model/index.js';
import { fixtureFiles, loadFixture } from './support/fixtures.js';

const TOKEN = 'fuzz-token-0123456789abcdefghijklmnop';
const HEADERS = {
  host: '127.0.0.1:4178',
  authorization: `Bearer ${TOKEN}`,
  'content-type': 'application/json',
};
const ROUTES = ['impact', 'risk', 'validate', 'export'] as const;
type Route = (typeof ROUTES)[number];
const RUNS = 150;

const fixtures = fixtureFiles().map(loadFixture);

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ token: TOKEN, port: 4178, webRoot: false });
  await app.ready();
});
afterAll(() => app.close());

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to an object or array inside a JSON value (the root included). */
function containers(v: Json, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (v !== null && typeof v === 'object') {
    out.push(path);
    const entries: [string | number, Json][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    for (const [k, x] of entries) containers(x, [...path, k], out);
  }
  return out;
}
const at = (v: Json, path: (string | number)[]) =>
  path.reduce<Json>((x, k) => (x as Record<string | number, Json>)[k]!, v) as Json[] | Record<string, Json>;

const NASTY: Json[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 1,
  '',
  '1',
  'all',
  'access',
  'qq',
  '__proto__',
  'constructor',
  'x'.repeat(300),
  '\u0000\uD800',
  [],
  {},
  { account: 'qq' },
];

const mutation = fc.record({
  where: fc.nat(),
  which: fc.nat(),
  kind: fc.constantFrom('drop', 'add', 'replace', 'duplicate', 'swap'),
  value: fc.oneof(fc.constantFrom(...NASTY), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>),
  key: fc.oneof(
    fc.constantFrom('id', 'account', 'capability', 'lose', 'extra', 'version', 'constructor'),
    fc.string(),
  ),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Applies one mutation to a deep copy's container chosen by `where`. */
function mutate(v: Json, mutation: Mutation): void {
  // A fresh copy: NASTY's objects are shared between runs, and inserting one twice could make a cycle.
  const m = { ...mutation, value: structuredClone(mutation.value) };
  const paths = containers(v);
  const target = at(v, paths[m.where % paths.length]!);
  if (Array.isArray(target)) {
    const i = target.length === 0 ? 0 : m.which % target.length;
    if (m.kind === 'drop') target.splice(i, 1);
    else if (m.kind === 'duplicate' && target.length > 0) target.push(structuredClone(target[i]!));
    else if (m.kind === 'swap' && target.length > 1) [target[0], target[i]] = [target[i]!, target[0]!];
    else target[i] = m.value;
  } else {
    const keys = Object.keys(target);
    const k = keys.length === 0 ? m.key : keys[m.which % keys.length]!;
    if (m.kind === 'drop') delete target[k];
    else if (m.kind === 'add')
      Object.defineProperty(target, m.key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else if (m.kind === 'swap' && typeof target[k] === 'string') target[k] = m.key;
    else target[k] = m.value;
  }
}

/** A body for a route built around a fixture map, with the route's own fields, right or wrong. */
const bodyArb = (route: Route) =>
  fc
    .record({
      fixture: fc.nat({ max: fixtures.length - 1 }),
      mutations: fc.array(mutation, { maxLength: 4 }),
      extras: fc.record(
        {
          scenario: fc.oneof(fc.constantFrom('nope', ''), fc.nat({ max: 5 })),
          bans: fc.array(
            fc.record(
              {
                account: fc.oneof(fc.constantFrom('qq', 'wechat', 'phone', 'ghost'), fc.string()),
                lose: fc.oneof(
                  fc.constant('all'),
                  fc.array(fc.constantFrom('access', 'mail', 'pay', 'withdraw', 'nope')),
                ),
                preset: fc.constantFrom('qq_permanent_ban', 'wechat_restricted_permanent', 'nope'),
              },
              { requiredKeys: ['account'] },
            ),
            { maxLength: 3 },
          ),
          order: fc.oneof(fc.constantFrom(1, 2, 3), fc.constantFrom(0, 4, '2', 2.5, null)),
          format: fc.oneof(
            fc.constantFrom('json', 'dot', 'graphml', 'mermaid'),
            fc.constantFrom('svg', '', 1),
          ),
          redact: fc.oneof(fc.boolean(), fc.constantFrom('yes', 1)),
        },
        { requiredKeys: [] },
      ),
    })
    .map(({ fixture, mutations, extras }) => {
      const map = structuredClone(fixtures[fixture]!) as unknown as Json;
      const body: Record<string, Json> = { map };
      const scenarios = (fixtures[fixture]!.scenarios ?? []).map((s) => s.id);
      if (route === 'impact') {
        if (typeof extras.scenario === 'number') {
          if (scenarios.length > 0) body.scenario = scenarios[extras.scenario % scenarios.length]!;
        } else if (extras.scenario !== undefined) body.scenario = extras.scenario;
        if (extras.bans !== undefined) body.bans = extras.bans as Json;
      }
      if (route === 'risk' && extras.order !== undefined) body.order = extras.order as Json;
      if (route === 'export') {
        body.format = (extras.format ?? 'json') as Json;
        if (extras.redact !== undefined) body.redact = extras.redact as Json;
      }
      for (const m of mutations) mutate(body, m);
      return body as Json;
    });

/** Inserts `"__proto__"` (or `"constructor": {"prototype": …}`) keys as raw JSON text into an object. */
const pollutedText = (route: Route) =>
  fc
    .tuple(
      bodyArb(route),
      fc.nat(),
      fc.constantFrom('"__proto__":{"polluted":1},', '"constructor":{"prototype":{"polluted":1}},'),
    )
    .map(([body, n, key]) => {
      const text = JSON.stringify(body);
      const opens = [...text.matchAll(/\{(?=")/g)].map((m) => m.index!);
      const i = opens.length === 0 ? 0 : opens[n % opens.length]!;
      return `${text.slice(0, i + 1)}${key}${text.slice(i + 1)}`;
    });

async function check(route: Route, payload: string) {
  const r = await app.inject({ method: 'POST', url: `/api/v1/${route}`, headers: HEADERS, payload });
  expect(r.statusCode, r.body).toBeLessThan(500);
  if (r.statusCode >= 400) {
    const parsed = ErrorBodySchema.safeParse(r.json());
    expect(parsed.success, r.body).toBe(true);
    return;
  }
  // 2xx: the input must have been a valid request
  const body = JSON.parse(payload) as Record<string, unknown>;
  if (route === 'validate') {
    const v = ValidationSchema.parse(r.json());
    expect(v.ok).toBe(parseMap(body.map).ok);
    return;
  }
  expect(MapSchema.safeParse(body.map).success).toBe(true);
  const parsed = parseMap(body.map);
  expect(parsed.ok).toBe(true);
  if (route === 'impact') {
    ImpactSchema.parse(r.json());
    if (body.bans !== undefined) {
      const bans = BanSchema.array().parse(body.bans);
      expect(checkBans(parsed.ok ? parsed.map : (undefined as never), bans, [])).toEqual([]);
    }
    if (body.scenario !== undefined)
      expect((parsed.ok ? (parsed.map.scenarios ?? []) : []).some((s) => s.id === body.scenario)).toBe(true);
  }
  if (route === 'risk') {
    RiskSchema.parse(r.json());
    expect([undefined, 1, 2, 3]).toContain(body.order);
  }
  if (route === 'export') {
    expect(EXPORT_FORMATS).toContain(body.format);
    expect([undefined, true, false]).toContain(body.redact);
    expect([undefined, 'zh', 'en']).toContain(body.lang);
  }
}

describe('API fuzz', () => {
  it.each(ROUTES)('POST /api/v1/%s: random JSON never gives a 5xx', async (route) => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (v) => {
        await check(route, JSON.stringify(v) ?? 'null');
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it.each(ROUTES)(
    'POST /api/v1/%s: mutated real maps never give a 5xx nor a 2xx for invalid input',
    async (route) => {
      await fc.assert(
        fc.asyncProperty(bodyArb(route), async (body) => {
          await check(route, JSON.stringify(body));
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    },
  );

  it.each(ROUTES)(
    'POST /api/v1/%s: "__proto__" and constructor.prototype keys are refused, nothing polluted',
    async (route) => {
      await fc.assert(
        fc.asyncProperty(pollutedText(route), async (text) => {
          const r = await app.inject({
            method: 'POST',
            url: `/api/v1/${route}`,
            headers: HEADERS,
            payload: text,
          });
          expect(r.statusCode).toBe(400);
          // JSON keeps the last of duplicate keys: a later plain "constructor" key hides the poisoned one from
          // the parser, and the schema then refuses the key itself. "__proto__" is refused on sight.
          if (text.includes('"__proto__"')) expect(r.json().code).toBe('invalid_json');
          expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
          expect((Object.prototype as { polluted?: unknown }).polluted).toBeUndefined();
        }),
        { numRuns: 100, endOnFailure: true },
      );
    },
  );

  it('never gives a 5xx for truncated or garbled JSON text', async () => {
    const text = JSON.stringify({ map: fixtures[0] });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        fc.nat({ max: text.length }),
        fc.string(),
        async (route, cut, junk) => {
          const r = await app.inject({
            method: 'POST',
            url: `/api/v1/${route}`,
            headers: HEADERS,
            payload: text.slice(0, cut) + junk,
          });
          expect(r.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('never gives a 5xx for random query strings and headers on the GET routes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/api/v1/health',
          '/api/v1/catalog',
          '/api/v1/openapi.json',
          '/api/v1/docs',
          '/no-such-file',
        ),
        fc.string(),
        fc.dictionary(
          fc.constantFrom('accept', 'if-none-match', 'range', 'accept-encoding', 'x-any'),
          fc.string(),
        ),
        async (url, query, extra) => {
          const headers = Object.fromEntries(
            Object.entries(extra).filter(([, v]) => /^[\x20-\x7e]*$/.test(v)),
          );
          const r = await app.inject({
            url: `${url}?q=${encodeURIComponent(query)}`,
            headers: { ...headers, host: HEADERS.host, authorization: HEADERS.authorization },
          });
          expect(r.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});
