/**
 * Stored maps (DESIGN §7, §10): list, create, read, save with `If-Match`, delete, revisions and restore. A
 * map's `ETag` is its version in quotes (`"3"`); every save and restore must send the version it edited as
 * `If-Match` (428 without it, 409 when stale, and then nothing is written). The analyses of a stored map are
 * registered from here: impact, risk and export in maps-analyses.ts, takeover and timeline in
 * maps-takeover.ts. Registered through `buildApp({plugins: [mapsRoutes], store})`.
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  MapListSchema,
  MapSchema,
  RevisionListSchema,
  RevisionRecordSchema,
  StoredMapSchema,
} from '../../model/index.js';
import type { Store } from '../../store/index.js';
import { type Cap, checkCap } from '../caps.js';
import { ApiError, errorResponses } from '../errors.js';
import { mapsAnalysesRoutes } from './maps-analyses.js';
import {
  fromStore,
  IdParams,
  IfMatchHeaders,
  ifMatch,
  mapBody,
  RevisionParams,
  requireIfMatch,
  send,
} from './maps-http.js';
import { mapsTakeoverRoutes } from './maps-takeover.js';

/** Options of {@link mapsRoutes}: the store to serve (the app passes its `store` option). */
export interface MapsRoutesOptions {
  store?: unknown;
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

  await app.register(mapsTakeoverRoutes, { analysable });
  await app.register(mapsAnalysesRoutes, { analysable });
};
