/** `POST /api/v1/risk {map, order?}` → the Risk report of DESIGN §4: blast radius, cut sets, recommendations, exposure. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { risk } from '../../engine/index.js';
import { RiskSchema } from '../../model/index.js';
import { capHook, RISK_CAPS } from '../caps.js';
import { errorResponses } from '../errors.js';
import type { MapCache } from '../map-input.js';
import { RiskBodySchema } from '../schemas.js';

const n = (x: number) => x.toLocaleString('en-US');

/** The order a raw body asks for, for picking its cap before validation (invalid orders fail validation). */
const orderOf = (body: Record<string, unknown>): 1 | 2 | 3 =>
  body.order === 1 || body.order === 3 ? body.order : 2;

export const riskRoutes: FastifyPluginAsyncZod<{ maps: MapCache }> = async (app, { maps }) => {
  app.post(
    '/risk',
    {
      schema: {
        operationId: 'risk',
        summary: 'Risk before a ban: blast radius, single points of failure, cut sets, recommendations',
        description: `\`order\` is the largest cut-set order computed (default 2). Caps by order: 1: ${n(RISK_CAPS[1].accounts)} accounts / ${n(RISK_CAPS[1].requirements)} requirements; 2: ${n(RISK_CAPS[2].accounts)} / ${n(RISK_CAPS[2].requirements)}; 3: ${n(RISK_CAPS[3].accounts)} / ${n(RISK_CAPS[3].requirements)} (413 \`map_too_large\` beyond).`,
        tags: ['analysis'],
        body: RiskBodySchema,
        response: { 200: RiskSchema, ...errorResponses(400, 413, 415) },
      },
      preValidation: capHook('POST /api/v1/risk', (body) => RISK_CAPS[orderOf(body)]),
    },
    async (request) => {
      return risk(maps.prepare(request.body.map).compiled, { order: request.body.order ?? 2 });
    },
  );
};
