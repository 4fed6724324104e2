/** `POST /api/v1/impact {map, bans? | scenario?}` → the Impact of DESIGN §3: what a ban cuts off, why, and what it costs. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkBans } from '../../engine/index.js';
import { type Ban, ImpactSchema } from '../../model/index.js';
import { capHook, LINEAR_CAP } from '../caps.js';
import { ApiError, errorResponses, summarize } from '../errors.js';
import type { MapCache } from '../map-input.js';
import { ImpactBodySchema } from '../schemas.js';

const ROUTE = 'POST /api/v1/impact';

export const impactRoutes: FastifyPluginAsyncZod<{ maps: MapCache }> = async (app, { maps }) => {
  app.post(
    '/impact',
    {
      schema: {
        operationId: 'impact',
        summary: 'Simulate a ban: statuses, explanations, assets and money lost',
        description: `Give \`bans\` or the id of one of the map's \`scenario\`s (neither: nothing is banned). Caps: ${LINEAR_CAP.accounts.toLocaleString('en-US')} accounts, ${LINEAR_CAP.requirements.toLocaleString('en-US')} requirements (413 \`map_too_large\` beyond).`,
        tags: ['analysis'],
        body: ImpactBodySchema,
        response: { 200: ImpactSchema, ...errorResponses(400, 413, 415, 503) },
      },
      preValidation: capHook(ROUTE, () => LINEAR_CAP),
    },
    async (request) => {
      const { bans, scenario } = request.body;
      if (bans !== undefined && scenario !== undefined) {
        const issues = [
          {
            code: 'bans_and_scenario',
            path: ['scenario'],
            message: 'give either bans or scenario, not both',
          },
        ];
        throw new ApiError('invalid_request', { problems: summarize(issues) }, issues);
      }
      const { map, compiled } = maps.prepare(request.body.map);
      let list: readonly Ban[] = [];
      if (scenario !== undefined) {
        const found = (map.scenarios ?? []).find((s) => s.id === scenario);
        if (!found) {
          const known = (map.scenarios ?? []).map((s) => JSON.stringify(s.id)).join(', ') || '(none)';
          const params = { scenario: JSON.stringify(scenario), known };
          const message = `unknown scenario ${params.scenario}`;
          throw new ApiError('unknown_scenario', params, [
            { code: 'unknown_scenario', path: ['scenario'], message },
          ]);
        }
        list = found.bans;
      } else if (bans !== undefined) {
        const issues = checkBans(map, bans, ['bans']);
        if (issues.length > 0) throw new ApiError('invalid_bans', { problems: summarize(issues) }, issues);
        list = bans;
      }
      return app.analyses.run('impact', map, compiled, { bans: list });
    },
  );
};
