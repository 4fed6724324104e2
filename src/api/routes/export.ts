/** `POST /api/v1/export {map, format, redact?}` → the map as a JSON, Graphviz DOT, GraphML or Mermaid file. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportMap } from '../../engine/index.js';
import { MapSchema } from '../../model/index.js';
import { capHook, LINEAR_CAP } from '../caps.js';
import { errorResponses } from '../errors.js';
import type { MapCache } from '../map-input.js';
import { ExportBodySchema } from '../schemas.js';

export const exportRoutes: FastifyPluginAsyncZod<{ maps: MapCache }> = async (app, { maps }) => {
  app.post(
    '/export',
    {
      schema: {
        operationId: 'export',
        summary: 'Export a map as JSON, Graphviz DOT, GraphML or a Mermaid flowchart',
        description:
          'The answer is the file itself, with its media type and a `Content-Disposition: attachment` file name. With `redact`, phone numbers, emails, QQ numbers and WeChat ids are masked (`138****1234`).',
        tags: ['analysis'],
        body: ExportBodySchema,
        response: {
          200: {
            description: 'The exported file',
            content: {
              'application/json': { schema: MapSchema },
              'text/vnd.graphviz': { schema: z.string() },
              'application/graphml+xml': { schema: z.string() },
              'text/plain': { schema: z.string().describe('A Mermaid flowchart') },
            },
          },
          ...errorResponses(400, 413, 415),
        },
      },
      preValidation: capHook('POST /api/v1/export', () => LINEAR_CAP),
    },
    async (request, reply) => {
      const { map } = maps.prepare(request.body.map);
      const file = exportMap(map, request.body.format, { redact: request.body.redact === true });
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  );
};
