/**
 * `POST /api/v1/takeover {map, holds, knows?}` → the Takeover of DESIGN §4b (who else gets in), and
 * `POST /api/v1/timeline {map, timeline? | preset?, account?, lang?}` → the TimelineResult of DESIGN §4c. The
 * checks are shared with the stored-map variants (maps-takeover.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TimelineChoice } from '../../engine/index.js';
import {
  type Compiled,
  checkHolds,
  checkKnows,
  resolveTimeline,
  runTimeline,
  takeover,
} from '../../engine/index.js';
import {
  type BindingMap,
  type Hold,
  type JsonPath,
  type Takeover,
  TakeoverSchema,
  type TimelineResult,
  TimelineResultSchema,
} from '../../model/index.js';
import { capHook, LINEAR_CAP } from '../caps.js';
import { ApiError, errorResponses, summarize } from '../errors.js';
import type { MapCache } from '../map-input.js';
import { TakeoverBodySchema, TimelineBodySchema } from '../schemas.js';

/** Checks holds and known passwords against the map (400 `invalid_holds` with paths under `at`) and runs the takeover. */
export function checkedTakeover(
  map: BindingMap,
  compiled: Compiled,
  holds: readonly Hold[],
  knows: readonly string[],
  at: { holds: JsonPath; knows: JsonPath },
): Takeover {
  const issues = [...checkHolds(map, holds, at.holds), ...checkKnows(map, knows, at.knows)];
  if (issues.length > 0) throw new ApiError('invalid_holds', { problems: summarize(issues) }, issues);
  return takeover(compiled, holds, knows);
}

/** Resolves a timeline choice (400 `invalid_timeline` with paths under `at`) and runs it. */
export function checkedTimeline(
  map: BindingMap,
  compiled: Compiled,
  choice: TimelineChoice,
  lang: 'zh' | 'en',
  at: JsonPath,
): TimelineResult {
  const chosen = resolveTimeline(map, choice, lang);
  if (!chosen.ok) {
    const issues = chosen.errors.map((e) => ({ ...e, path: [...at, ...e.path] }));
    throw new ApiError('invalid_timeline', { problems: summarize(issues) }, issues);
  }
  return runTimeline(compiled, chosen.timeline);
}

const caps = `Caps: ${LINEAR_CAP.accounts.toLocaleString('en-US')} accounts, ${LINEAR_CAP.requirements.toLocaleString('en-US')} requirements (413 \`map_too_large\` beyond).`;

export const takeoverRoutes: FastifyPluginAsyncZod<{ maps: MapCache }> = async (app, { maps }) => {
  app.post(
    '/takeover',
    {
      schema: {
        operationId: 'takeover',
        summary:
          'Who else gets in: what a stranger holding a number or a mailbox (and knowing passwords) takes',
        description: `A hold without \`capabilities\` is the whole account (a recycled number). ${caps}`,
        tags: ['analysis'],
        body: TakeoverBodySchema,
        response: { 200: TakeoverSchema, ...errorResponses(400, 413, 415) },
      },
      preValidation: capHook('POST /api/v1/takeover', () => LINEAR_CAP),
    },
    async (request) => {
      const { map, compiled } = maps.prepare(request.body.map);
      const { holds, knows = [] } = request.body;
      return checkedTakeover(map, compiled, holds, knows, { holds: ['holds'], knows: ['knows'] });
    },
  );

  app.post(
    '/timeline',
    {
      schema: {
        operationId: 'timeline',
        summary:
          'What happens when: each step of a timeline as impact and takeover, and what to move before it',
        description: `Give \`timeline\` (one of the map's) or \`preset\` with \`account\` (a catalog preset built for it). ${caps}`,
        tags: ['analysis'],
        body: TimelineBodySchema,
        response: { 200: TimelineResultSchema, ...errorResponses(400, 413, 415) },
      },
      preValidation: capHook('POST /api/v1/timeline', () => LINEAR_CAP),
    },
    async (request) => {
      const { map, compiled } = maps.prepare(request.body.map);
      const { timeline, preset, account, lang = 'zh' } = request.body;
      return checkedTimeline(map, compiled, { timeline, preset, account }, lang, []);
    },
  );
};
