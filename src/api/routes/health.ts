/** `GET /api/v1/health` → `{status: "ok", api: "v1"}`: the server is up and the token works. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../errors.js';
import { HealthSchema } from '../schemas.js';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        operationId: 'health',
        summary: 'Liveness check (also checks the token)',
        tags: ['reference'],
        response: { 200: HealthSchema, ...errorResponses() },
      },
    },
    async () => ({ status: 'ok' as const, api: 'v1' as const }),
  );
};
