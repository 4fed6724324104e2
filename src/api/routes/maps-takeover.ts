/**
 * The takeover and timeline of a stored map, beside `/maps/:id/impact`: `GET /api/v1/maps/:id/takeover?holds=ID
 * [:cap,cap]&knows=ID` and `GET /api/v1/maps/:id/timeline?timeline=ID` or `?preset=P&account=ID`. Registered by
 * mapsRoutes, which passes how to load a stored map within a cap.
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { compile, parseHoldText } from '../../engine/index.js';
import {
  type BindingMap,
  type Hold,
  IdSchema,
  StoredIdSchema,
  TakeoverSchema,
  TimelineResultSchema,
} from '../../model/index.js';
import { type Cap, LINEAR_CAP } from '../caps.js';
import { errorResponses } from '../errors.js';
import { LangSchema } from '../schemas.js';
import { checkedTakeover, checkedTimeline } from './takeover.js';

export interface MapsTakeoverOptions {
  /** The stored map for an analysis, within a cap (404 when there is none). */
  analysable: (reply: FastifyReply, id: string, cap: Cap, route: string) => BindingMap;
}

const IdParams = z.strictObject({ id: StoredIdSchema });
const many = (what: string) =>
  z
    .union([z.string(), z.array(z.string()).max(1000)])
    .optional()
    .describe(what);
const TakeoverQuery = z.strictObject({
  holds: many('Repeatable: `ID` (the whole account) or `ID:cap,cap` (those capabilities)'),
  knows: many('Repeatable: an account whose password the stranger knows'),
});
const TimelineQuery = z.strictObject({
  timeline: IdSchema.optional().describe("The id of one of the map's timelines"),
  preset: IdSchema.optional().describe('A catalog timeline preset, built for `account`'),
  account: IdSchema.optional(),
  lang: LangSchema.optional().describe("The language of a preset's labels (default zh)"),
});

/** A `holds` query parameter as a hold; an unparsable text becomes a hold that validation then names. */
function parseHold(text: string, map: BindingMap): Hold {
  const hold = parseHoldText(text, (id) => map.accounts.some((a) => a.id === id));
  return 'code' in hold ? { account: text, capabilities: [''] } : hold;
}

export const mapsTakeoverRoutes: FastifyPluginAsync<MapsTakeoverOptions> = async (
  fastify,
  { analysable },
) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/maps/:id/takeover',
    {
      schema: {
        operationId: 'takeoverOfStoredMap',
        summary: 'Who else gets in, on a stored map: `?holds=ID[:cap,cap]` (repeatable), `&knows=ID`',
        tags: ['maps'],
        params: IdParams,
        querystring: TakeoverQuery,
        response: { 200: TakeoverSchema, ...errorResponses(400, 404, 413) },
      },
    },
    async (request, reply) => {
      const map = analysable(reply, request.params.id, LINEAR_CAP, 'GET /api/v1/maps/:id/takeover');
      const holds = [request.query.holds ?? []].flat().map((t) => parseHold(t, map));
      const knows = [request.query.knows ?? []].flat();
      return checkedTakeover(map, compile(map), holds, knows, {
        holds: ['query', 'holds'],
        knows: ['query', 'knows'],
      });
    },
  );

  app.get(
    '/maps/:id/timeline',
    {
      schema: {
        operationId: 'timelineOfStoredMap',
        summary: 'What happens when, on a stored map: `?timeline=ID` or `?preset=P&account=ID`',
        tags: ['maps'],
        params: IdParams,
        querystring: TimelineQuery,
        response: { 200: TimelineResultSchema, ...errorResponses(400, 404, 413) },
      },
    },
    async (request, reply) => {
      const map = analysable(reply, request.params.id, LINEAR_CAP, 'GET /api/v1/maps/:id/timeline');
      const { timeline, preset, account, lang = 'zh' } = request.query;
      return checkedTimeline(map, compile(map), { timeline, preset, account }, lang, ['query']);
    },
  );
};
