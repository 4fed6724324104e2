/** `POST /api/v1/validate {map}` → `{ok, errors, warnings}`: always 200 when the body is `{map}`, valid map or not. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ValidationSchema } from '../../model/index.js';
import { capHook, LINEAR_CAP } from '../caps.js';
import { errorResponses } from '../errors.js';
import { validateMap } from '../map-input.js';
import { ValidateBodySchema } from '../schemas.js';

export const validateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/validate',
    {
      schema: {
        operationId: 'validate',
        summary: 'Validate a map: errors and warnings, each with its JSON path',
        description:
          'The answer is 200 for an invalid map too: `ok` is false and `errors` says why. Paths start at the request body (`["map", "accounts", 3, "id"]`).',
        tags: ['analysis'],
        body: ValidateBodySchema,
        response: { 200: ValidationSchema, ...errorResponses(400, 413, 415) },
      },
      preValidation: capHook('POST /api/v1/validate', () => LINEAR_CAP),
    },
    async (request) => validateMap(request.body.map),
  );
};
