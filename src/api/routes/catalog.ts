/** `GET /api/v1/catalog` → the provider catalog of DESIGN §5: providers, capabilities, ban presets, way templates. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { catalog } from '../../catalog/index.js';
import { CatalogSchema } from '../../model/index.js';
import { errorResponses } from '../errors.js';

export const catalogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/catalog',
    {
      schema: {
        operationId: 'catalog',
        summary: 'The provider catalog (Chinese and English names, capabilities, ban presets, typical ways)',
        tags: ['reference'],
        response: { 200: CatalogSchema, ...errorResponses() },
      },
    },
    async () => catalog,
  );
};
