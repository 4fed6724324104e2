/**
 * Stored maps (DESIGN §7, §10): list, create, read, save with `If-Match`, delete, revisions and restore, and
 * the analyses of a stored map (impact, risk, export). A map's `ETag` is its version in quotes (`"3"`); every
 * save and restore must send the version it edited as `If-Match` (428 without it, 409 when stale, and then
 * nothing is written). Registered through `buildApp({plugins: [mapsRoutes], store})`.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkBans, compile, exportMap, parseBanText } from '../../engine/index.js';
import {
  type Ban,
  type BindingMap,
  IdSchema,
  ImpactSchema,
  MapListSchema,
  MapSchema,
  RevisionListSchema,
  RevisionRecordSchema,
  StoredIdSchema,
  type StoredMap,
  StoredMapSchema,
} from '../../model/index.js';
import { isStoreError, type Store } from '../../store/index.js';
import { type Cap, checkCap, LINEAR_CAP } from '../caps.js';
import { ApiError, errorResponses, summarize } from '../errors.js';
import { validMap } from '../map-input.js';
import { riskCapOf } from '../risk-answer.js';
import {
  EXPORT_RESPONSE,
  ExportFormatSchema,
  ExportLangSchema,
  exportCap,
  RiskAnswerSchema,
} from '../schemas.js';
import { mapsTakeoverRoutes } from './maps-takeover.js';

/** Options of {@link mapsRoutes}: the store to serve (the app passes its `store` option). */
export interface MapsRoutesOptions {
  store?: unknown;
}

const VersionParam = z
  .string()
  .regex(/^[1-9][0-9]{0,14}$/, { message: 'must be a version number such as 3' })
  .transform(Number);
const IdParams = z.strictObject({ id: StoredIdSchema });
const RevisionParams = z.strictObject({ id: StoredIdSchema, version: VersionParam });
const IfMatchHeaders = z.looseObject({
  // Required: a missing If-Match is answered 428 by the preValidation hook, before this schema is checked.
  'if-match': z.string().describe('The ETag of the version you edited, e.g. "3"'),
});
const ImpactQuery = z.strictObject({
  scenario: IdSchema.optional().describe("The id of one of the map's scenarios"),
  ban: z
    .union([z.string(), z.array(z.string()).max(1000)])
    .optional()
    .describe('Repeatable: `ID` (full ban), `ID:cap,cap` (those capabilities) or `ID@preset`'),
});
const RiskQuery = z.strictObject({
  order: z.enum(['1', '2', '3']).optional().describe('The largest cut-set order to compute (default 2)'),
  target: IdSchema.optional().describe('One account: only how it can be lost (a TargetRisk)'),
});
const ExportQuery = z.strictObject({
  format: ExportFormatSchema,
  redact: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .describe('1: render the redacted map (ids renamed, personal numbers, emails, QQ and WeChat ids masked)'),
  lang: ExportLangSchema.optional(),
});

const etag = (version: number) => `"${version}"`;

/** The version an `If-Match` header names: 428 when it is missing, 400 when it is not one ETag of ours. */
function ifMatch(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') throw new ApiError('precondition_required');
  const m = /^\s*(?:"([1-9][0-9]{0,14})"|([1-9][0-9]{0,14}))\s*$/.exec(String(header));
  if (!m) {
    const issues = [
      {
        code: 'bad_if_match',
        path: ['headers', 'if-match'],
        message: 'If-Match must be the ETag of one version, such as "3"',
      },
    ];
    throw new ApiError('bad_request', { detail: issues[0]!.message }, issues);
  }
  return Number(m[1] ?? m[2]);
}

/** The body of a stored map and its ETag. */
function send(reply: FastifyReply, record: StoredMap, status = 200) {
  return reply.code(status).header('etag', etag(record.version)).send({
    id: record.id,
    version: record.version,
    title: record.title,
    updatedAt: record.updatedAt,
    map: record.map,
  });
}

/**
 * Runs a store call, turning its expected errors into API errors (`sent`: the If-Match version, for the 409).
 * A damaged row or anything else stays a defect: a bare 500.
 */
function fromStore<T>(reply: FastifyReply, f: () => T, sent?: number): T {
  try {
    return f();
  } catch (e) {
    if (!isStoreError(e)) throw e;
    switch (e.code) {
      case 'not_found':
        throw new ApiError('not_found');
      case 'invalid_map':
        throw new ApiError('invalid_map', { problems: summarize(e.issues) }, e.issues);
      case 'storage_full':
        throw new ApiError('storage_full');
      case 'stale_version': {
        const current = e.currentVersion;
        if (current !== undefined) reply.header('etag', etag(current));
        throw new ApiError('stale_version', { expected: sent === undefined ? '?' : etag(sent) }, [
          {
            code: 'stale_version',
            path: ['headers', 'if-match'],
            message: `the map is at version ${current ?? '?'} (ETag ${current === undefined ? '?' : etag(current)})`,
          },
        ]);
      }
      default:
        throw e;
    }
  }
}

/** A preValidation hook: the body must be a valid map (400 `invalid_map` with paths from the body's root). */
function mapBody(route: string) {
  return async (request: FastifyRequest): Promise<void> => {
    checkCap(request.body, LINEAR_CAP, route);
    validMap(request.body, []);
  };
}

/** A preValidation hook: `If-Match` must be present and well formed, before the body is looked at. */
async function requireIfMatch(request: FastifyRequest): Promise<void> {
  ifMatch(request);
}

/** A `ban` query parameter as a ban; an unparsable text becomes a ban on it that validation then names. */
function parseBan(text: string, map: BindingMap): Ban {
  const ban = parseBanText(text, (id) => map.accounts.some((a) => a.id === id));
  return 'code' in ban ? { account: text, lose: [] } : ban;
}

/** The bans a query asks for: a scenario of the map, `ban` parameters, or none (the baseline). */
function bansOf(map: BindingMap, query: z.infer<typeof ImpactQuery>): readonly Ban[] {
  const texts = query.ban === undefined ? [] : [query.ban].flat();
  if (query.scenario !== undefined) {
    if (texts.length > 0) {
      const issues = [
        {
          code: 'bans_and_scenario',
          path: ['query', 'scenario'],
          message: 'give either ban or scenario, not both',
        },
      ];
      throw new ApiError('invalid_request', { problems: summarize(issues) }, issues);
    }
    const found = (map.scenarios ?? []).find((s) => s.id === query.scenario);
    if (!found) {
      const known = (map.scenarios ?? []).map((s) => JSON.stringify(s.id)).join(', ') || '(none)';
      const scenario = JSON.stringify(query.scenario);
      throw new ApiError('unknown_scenario', { scenario, known }, [
        { code: 'unknown_scenario', path: ['query', 'scenario'], message: `unknown scenario ${scenario}` },
      ]);
    }
    return found.bans;
  }
  const bans = texts.map((t) => parseBan(t, map));
  const issues = checkBans(map, bans, ['query', 'ban']);
  bans.forEach((b, i) => {
    if (Array.isArray(b.lose) && b.lose.length === 0)
      issues.push({
        code: 'schema',
        path: ['query', 'ban', i],
        message: 'name at least one capability after ":"',
      });
  });
  if (issues.length > 0) throw new ApiError('invalid_bans', { problems: summarize(issues) }, issues);
  return bans;
}

/** The stored-maps routes, registered under /api/v1 with `{store}`. */
export const mapsRoutes: FastifyPluginAsync<MapsRoutesOptions> = async (fastify, opts) => {
  if (opts.store === undefined) throw new Error('mapsRoutes needs the store: buildApp({store, plugins})');
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const store = opts.store as Store;

  /** The stored map, validated (404 when there is none). */
  const load = (reply: FastifyReply, id: string) => {
    const record = fromStore(reply, () => store.get(id));
    if (!record) throw new ApiError('not_found');
    return record;
  };
  /** The stored map for an analysis, within a cap. */
  const analysable = (reply: FastifyReply, id: string, cap: Cap, route: string) => {
    const { map } = load(reply, id);
    checkCap(map, cap, route);
    return map;
  };

  app.get(
    '/maps',
    {
      schema: {
        operationId: 'listMaps',
        summary: 'List the stored maps (without their documents), most recently saved first',
        tags: ['maps'],
        response: { 200: MapListSchema, ...errorResponses() },
      },
    },
    async (_request, reply) => ({ maps: fromStore(reply, () => store.list()) }),
  );

  app.post(
    '/maps',
    {
      schema: {
        operationId: 'createMap',
        summary: 'Store a new map (the body is the map document); answers its id, version 1 and an ETag',
        tags: ['maps'],
        body: MapSchema,
        response: { 201: StoredMapSchema, ...errorResponses(400, 413, 415, 507) },
      },
      preValidation: mapBody('POST /api/v1/maps'),
    },
    async (request, reply) => {
      const record = fromStore(reply, () => store.create(request.body));
      reply.header('location', `/api/v1/maps/${record.id}`);
      return send(reply, record, 201);
    },
  );

  app.get(
    '/maps/:id',
    {
      schema: {
        operationId: 'getMap',
        summary: 'A stored map at its current version, with its ETag',
        tags: ['maps'],
        params: IdParams,
        response: { 200: StoredMapSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => send(reply, load(reply, request.params.id)),
  );

  app.put(
    '/maps/:id',
    {
      schema: {
        operationId: 'saveMap',
        summary:
          'Save a new version of a stored map (If-Match required; nothing is written on 400, 409 or 428)',
        tags: ['maps'],
        params: IdParams,
        headers: IfMatchHeaders,
        body: MapSchema,
        response: { 200: StoredMapSchema, ...errorResponses(400, 404, 409, 413, 415, 428, 507) },
      },
      preValidation: [requireIfMatch, mapBody('PUT /api/v1/maps/:id')],
    },
    async (request, reply) => {
      const version = ifMatch(request);
      return send(
        reply,
        fromStore(reply, () => store.update(request.params.id, request.body, version), version),
      );
    },
  );

  app.delete(
    '/maps/:id',
    {
      schema: {
        operationId: 'deleteMap',
        summary: 'Delete a stored map and every revision of it, for good',
        tags: ['maps'],
        params: IdParams,
        response: { 204: z.null().describe('Deleted'), ...errorResponses(400, 404, 507) },
      },
    },
    async (request, reply) => {
      if (!fromStore(reply, () => store.delete(request.params.id))) throw new ApiError('not_found');
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/maps/:id/revisions',
    {
      schema: {
        operationId: 'listRevisions',
        summary: 'The saved versions of a map, newest first',
        tags: ['maps'],
        params: IdParams,
        response: { 200: RevisionListSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const revisions = fromStore(reply, () => store.revisions(request.params.id));
      if (!revisions) throw new ApiError('not_found');
      return { revisions };
    },
  );

  app.get(
    '/maps/:id/revisions/:version',
    {
      schema: {
        operationId: 'getRevision',
        summary: 'One saved version of a map, with its document',
        tags: ['maps'],
        params: RevisionParams,
        response: { 200: RevisionRecordSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const revision = fromStore(reply, () => store.revision(request.params.id, request.params.version));
      if (!revision) throw new ApiError('not_found');
      return revision;
    },
  );

  app.post(
    '/maps/:id/revisions/:version/restore',
    {
      schema: {
        operationId: 'restoreRevision',
        summary: 'Save an old version as the newest one (If-Match required; send no body)',
        tags: ['maps'],
        params: RevisionParams,
        headers: IfMatchHeaders,
        response: { 200: StoredMapSchema, ...errorResponses(400, 404, 409, 415, 428, 507) },
      },
      preValidation: requireIfMatch,
    },
    async (request, reply) => {
      const { id, version } = request.params;
      const current = ifMatch(request);
      return send(
        reply,
        fromStore(reply, () => store.restore(id, version, current), current),
      );
    },
  );

  app.get(
    '/maps/:id/impact',
    {
      schema: {
        operationId: 'impactOfStoredMap',
        summary: 'Simulate a ban on a stored map: `?scenario=ID` or `?ban=ID[:cap,cap]` (repeatable)',
        tags: ['maps'],
        params: IdParams,
        querystring: ImpactQuery,
        response: { 200: ImpactSchema, ...errorResponses(400, 404, 413, 503) },
      },
    },
    async (request, reply) => {
      const map = analysable(reply, request.params.id, LINEAR_CAP, 'GET /api/v1/maps/:id/impact');
      return app.analyses.run('impact', map, compile(map), { bans: bansOf(map, request.query) });
    },
  );

  await app.register(mapsTakeoverRoutes, { analysable });

  app.get(
    '/maps/:id/risk',
    {
      schema: {
        operationId: 'riskOfStoredMap',
        summary:
          'The risk report of a stored map (blast radius, cut sets, recommendations), or how one account can be lost',
        tags: ['maps'],
        params: IdParams,
        querystring: RiskQuery,
        response: { 200: RiskAnswerSchema, ...errorResponses(400, 404, 413, 503) },
      },
    },
    async (request, reply) => {
      const order = Number(request.query.order ?? 2) as 1 | 2 | 3;
      const { target } = request.query;
      const cap = riskCapOf(order, target);
      const map = analysable(reply, request.params.id, cap, 'GET /api/v1/maps/:id/risk');
      return app.analyses.run('risk', map, compile(map), { order, target });
    },
  );

  app.get(
    '/maps/:id/export',
    {
      schema: {
        operationId: 'exportStoredMap',
        summary: 'Export a stored map (JSON, DOT, GraphML, Mermaid, SVG) or its risk report (Markdown)',
        tags: ['maps'],
        params: IdParams,
        querystring: ExportQuery,
        response: {
          200: EXPORT_RESPONSE,
          ...errorResponses(400, 404, 413),
        },
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const map = analysable(reply, request.params.id, exportCap(format), 'GET /api/v1/maps/:id/export');
      const redact = request.query.redact === '1' || request.query.redact === 'true';
      const file = exportMap(map, format, { redact, lang: lang ?? 'en' });
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  );
};
