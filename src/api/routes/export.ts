/**
 * `POST /api/v1/export {map, format, redact?, lang?}` → the map as a JSON, Graphviz DOT, GraphML, Mermaid or SVG
 * file, or its risk report as Markdown; with `redact`, rendered from the redacted map.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportMap } from '../../engine/index.js';
import { capHook } from '../caps.js';
import { errorResponses } from '../errors.js';
import type { MapCache } from '../map-input.js';
import { EXPORT_RESPONSE, ExportBodySchema, exportCap } from '../schemas.js';

export const exportRoutes: FastifyPluginAsyncZod<{ maps: MapCache }> = async (app, { maps }) => {
  app.post(
    '/export',
    {
      schema: {
        operationId: 'export',
        summary: 'Export a map as JSON, Graphviz DOT, GraphML, Mermaid, SVG, or its risk report as Markdown',
        description:
          'The answer is the file itself, with its media type and a `Content-Disposition: attachment` file name. With `redact`, every format is rendered from the redacted map: ids renamed `a1`, `a2`, …, phone numbers, emails, QQ and WeChat ids, ID-card and bank-card numbers masked in any spelling (`138****5678`).',
        tags: ['analysis'],
        body: ExportBodySchema,
        response: {
          200: EXPORT_RESPONSE,
          ...errorResponses(400, 413, 415),
        },
      },
      preValidation: capHook('POST /api/v1/export', (body) => exportCap(body.format)),
    },
    async (request, reply) => {
      const { map } = maps.prepare(request.body.map);
      const { format, redact, lang } = request.body;
      const file = exportMap(map, format, { redact: redact === true, lang: lang ?? 'en' });
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  );
};
