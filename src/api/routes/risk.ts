/**
 * `POST /api/v1/risk {map, order?, target?}` → the Risk report of DESIGN §4 (blast radius, cut sets,
 * recommendations, importance, exposure), or with `target` only how that account can be lost.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { capHook } from '../caps.js';
import { errorResponses } from '../errors.js';
import type { MapCache } from '../map-input.js';
import { RISK_CAPS_TEXT, riskCapOf } from '../risk-answer.js';
import { RiskAnswerSchema, RiskBodySchema } from '../schemas.js';

/** The order a raw body asks for, for picking its cap before validation (invalid orders fail validation). */
const orderOf = (body: Record<string, unknown>): 1 | 2 | 3 =>
  body.order === 1 || body.order === 3 ? body.order : 2;

export const riskRoutes: FastifyPluginAsyncZod<{ maps: MapCache }> = async (app, { maps }) => {
  app.post(
    '/risk',
    {
      schema: {
        operationId: 'risk',
        summary:
          'Risk before a ban: blast radius, cut sets, importance, recommendations; or how one account can be lost',
        description: `\`order\` is the largest cut-set order computed (default 2). With \`target\`, the answer is a TargetRisk: the cut sets of that account only, computed from what it requires. ${RISK_CAPS_TEXT}`,
        tags: ['analysis'],
        body: RiskBodySchema,
        response: { 200: RiskAnswerSchema, ...errorResponses(400, 413, 415, 503) },
      },
      preValidation: capHook('POST /api/v1/risk', (body) => riskCapOf(orderOf(body), body.target)),
    },
    async (request) => {
      const { order = 2, target, map } = request.body;
      const prepared = maps.prepare(map);
      return app.analyses.run('risk', prepared.map, prepared.compiled, { order, target });
    },
  );
};
