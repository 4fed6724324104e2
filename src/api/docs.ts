/**
 * @module The API's documentation: an OpenAPI 3.1 document generated from the zod schemas, served at
 * `/api/v1/openapi.json`, and a Swagger UI page at `/api/v1/docs` served from local files (no CDN, no
 * validator badge, nothing fetched from outside). Both hold no user data, so they need no token.
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { BODY_LIMIT, LINEAR_CAP, RISK_CAPS } from './caps.js';
import { apiRegistry, documentedSchema } from './schemas.js';

const n = (x: number) => x.toLocaleString('en-US');

const DESCRIPTION = `The JSON API of banradius: what a ban cuts off, why, and what it costs (DESIGN §7).

Every call needs the per-launch token: \`Authorization: Bearer <token>\` (printed in the launch URL after \`#token=\`, and written to the file \`token\` in the data directory). Requests must come from \`127.0.0.1\`, \`localhost\` or \`[::1]\` on the server's port; cross-origin and cross-site requests are refused. Writes take \`application/json\` only.

Errors are \`{statusCode, code, error, message, issues?}\`; each issue has a JSON \`path\` from the request body. A 5xx says only "Internal Server Error".

Caps: request bodies up to ${n(BODY_LIMIT)} bytes (413 \`body_too_large\`); maps up to ${n(LINEAR_CAP.accounts)} accounts and ${n(LINEAR_CAP.requirements)} requirements for impact, validate and export; risk up to ${n(RISK_CAPS[1].accounts)} / ${n(RISK_CAPS[2].accounts)} / ${n(RISK_CAPS[3].accounts)} accounts for order 1 / 2 / 3 (413 \`map_too_large\`).`;

const zodTransform = createJsonSchemaTransform({ schemaRegistry: apiRegistry });

/** Registers @fastify/swagger (before the routes, so it sees them), the docs page and `/api/v1/openapi.json`. */
export async function registerDocs(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'banradius', version: '1', description: DESCRIPTION },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearerAuth: [] }],
      tags: [
        { name: 'analysis', description: 'Analyses of a map sent in the request' },
        { name: 'reference', description: 'Data that does not depend on a map' },
      ],
    },
    transform: (route) => {
      const body = route.schema?.body;
      const schema = body === undefined ? route.schema : { ...route.schema, body: documentedSchema(body) };
      return zodTransform({ ...route, schema } as typeof route);
    },
    transformObject: createJsonSchemaTransformObject({ schemaRegistry: apiRegistry }),
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/v1/docs',
    staticCSP: false, // the guard sets the strict policy on every answer; Swagger UI renders under it
    theme: { title: 'banradius API' },
    uiConfig: { deepLinking: true, persistAuthorization: false, tryItOutEnabled: true },
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, (_request, reply) => reply.send(app.swagger()));
}
