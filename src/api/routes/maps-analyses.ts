/**
 * The analyses of a stored map: `GET /api/v1/maps/:id/impact?scenario=ID` or `?ban=ID[:cap,cap]` (repeatable),
 * `/risk?order=N[&target=ID]` and `/export?format=F[&redact=1]`. Registered by mapsRoutes, which passes how to
 * load a stored map within a cap; the takeover and timeline of a stored map are in maps-takeover.ts.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkBans, compile, exportMap, parseBanText } from '../../engine/index.js';
import { type Ban, type BindingMap, IdSchema, ImpactSchema } from '../../model/index.js';
import { LINEAR_CAP } from '../caps.js';
import { ApiError, errorResponses, summarize } from '../errors.js';
import { riskCapOf } from '../risk-answer.js';
import {
  EXPORT_RESPONSE,
  ExportFormatSchema,
  ExportLangSchema,
  exportCap,
  RiskAnswerSchema,
} from '../schemas.js';
import { IdParams } from './maps-http.js';
import type { MapsTakeoverOptions } from './maps-takeover.js';

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

/** The analyses of stored maps, registered by mapsRoutes under /api/v1. */
export const mapsAnalysesRoutes: FastifyPluginAsync<MapsTakeoverOptions> = async (
  fastify,
  { analysable },
) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

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
