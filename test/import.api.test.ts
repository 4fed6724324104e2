/**
 * `POST /api/v1/import` through app.inject(): the same `{map, report}` as the engine for every sample export,
 * `into` merged, refusals as 400 `import_refused` with the engine's code, bad bodies as 400 with JSON paths,
 * the route in the OpenAPI document, and no secret marker in any answer.
 */
import { readdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.js';
import { importExport, parseMap } from '../src/engine/index.js';
import { ImportResultSchema } from '../src/model/index.js';
import { IMPORT_DIR, SECRET_MARKER, sample, sampleText } from './support/import.js';

const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuvwxyz';
const HEADERS = {
  host: '127.0.0.1:4178',
  authorization: `Bearer ${TOKEN}`,
  'content-type': 'application/json',
};

let app: FastifyInstance;
const internalErrors: unknown[] = [];
beforeAll(async () => {
  app = await buildApp({
    token: TOKEN,
    port: 4178,
    webRoot: false,
    onInternalError: (e) => internalErrors.push(e),
  });
});
afterAll(async () => {
  await app.close();
  expect(internalErrors).toEqual([]);
});

const post = (payload: unknown) =>
  app.inject({ method: 'POST', url: '/api/v1/import', headers: HEADERS, payload: JSON.stringify(payload) });

describe('POST /api/v1/import', () => {
  it('answers {map, report} equal to the engine for a sample export, with a valid map', async () => {
    const r = await post({ content: sampleText('bitwarden.json'), lang: 'en' });
    expect(r.statusCode).toBe(200);
    const body = ImportResultSchema.parse(r.json());
    const engine = importExport(sampleText('bitwarden.json'), { lang: 'en' });
    if (!engine.ok) throw new Error('refused');
    expect(body).toEqual({ map: engine.map, report: engine.report });
    expect(parseMap(body.map).validation.errors).toEqual([]);
  });

  it('merges into the map given as into without duplicating accounts', async () => {
    const first = (await post({ content: sampleText('keepass.xml'), format: 'keepass-xml' })).json();
    const again = await post({ content: sampleText('keepass.xml'), into: first.map });
    expect(again.statusCode).toBe(200);
    expect(again.json().map).toEqual(first.map);
    expect(again.json().report.accountsCreated).toBe(0);
  });

  it('refuses an encrypted export with 400 import_refused and the engine code, never the file', async () => {
    const r = await post({ content: sampleText('bitwarden-encrypted.json') });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({
      code: 'import_refused',
      issues: [
        { code: 'encrypted', path: ['content'], params: { format: 'bitwarden-json', how: 'password' } },
      ],
    });
    expect(r.body).not.toMatch(SECRET_MARKER);
    const kdbx = await post({ content: Buffer.from(sample('keepass.kdbx')).toString('latin1') });
    expect(kdbx.json().issues[0].code).toBe('encrypted');
  });

  it('answers 400 with JSON paths for a bad body: unknown format, field, or an invalid into map', async () => {
    const format = await post({ content: 'x', format: 'lastpass' });
    expect(format.statusCode).toBe(400);
    expect(format.json().issues[0].path).toEqual(['format']);
    const extra = await post({ content: 'x', password: 'SECRET-API-FIELD' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().issues[0].path).toEqual(['password']);
    expect(extra.body).not.toMatch(SECRET_MARKER);
    const into = await post({
      content: sampleText('chrome.csv'),
      into: { version: 1, accounts: [{ id: 'x' }] },
    });
    expect(into.statusCode).toBe(400);
    expect(into.json().code).toBe('invalid_map');
    expect(into.json().issues[0].path[0]).toBe('into');
    const huge = await post({
      content: 'x',
      into: {
        version: 1,
        accounts: Array.from({ length: 20_001 }, (_, i) => ({ id: `a${i}`, kind: 'service', label: 'a' })),
      },
    });
    expect(huge.statusCode).toBe(413);
  });

  it('never answers with a secret marker, for every sample file and format choice', async () => {
    for (const file of readdirSync(IMPORT_DIR))
      for (const format of [undefined, 'chrome-csv', 'keepass-xml', 'bitwarden-json']) {
        const r = await post({
          content: Buffer.from(sample(file)).toString('utf8'),
          ...(format ? { format } : {}),
        });
        expect([200, 400], file).toContain(r.statusCode);
        expect(r.body, `${file} ${format}`).not.toMatch(SECRET_MARKER);
      }
  });

  it('is in the OpenAPI document with its request and result schemas', async () => {
    const r = await app.inject({ url: '/api/v1/openapi.json', headers: { host: HEADERS.host } });
    const doc = r.json();
    const op = doc.paths['/api/v1/import'].post;
    expect(op.operationId).toBe('import');
    expect(JSON.stringify(op.requestBody)).toContain('ImportRequest');
    expect(JSON.stringify(op.responses['200'])).toContain('ImportResult');
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['ImportRequest', 'ImportResult', 'ImportReport']),
    );
  });
});
