/**
 * `POST /api/v1/import {format?, content, into?, lang?}` → `{map, report}`: a password manager's export, read
 * by the same pure engine as the CLI and the page. Passwords and other secrets in `content` never reach the
 * answer, an error or a log; a refusal (encrypted, binary, malformed) is a 400 `import_refused` whose one
 * issue carries the engine's code and parameters, never a piece of the file.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importErrorText, importExport } from '../../engine/index.js';
import { ImportResultSchema } from '../../model/index.js';
import { checkCap, LINEAR_CAP } from '../caps.js';
import { ApiError, errorResponses } from '../errors.js';
import type { MapCache } from '../map-input.js';
import { ImportBodySchema } from '../schemas.js';

const ROUTE = 'POST /api/v1/import';

export const importRoutes: FastifyPluginAsyncZod<{ maps: MapCache }> = async (app, { maps }) => {
  app.post(
    '/import',
    {
      schema: {
        operationId: 'import',
        summary: "Import a password manager's export into a map",
        description:
          'Bitwarden JSON and CSV, Chrome/Edge, Firefox, 1Password and Apple Passwords CSV, and KeePass 2 XML (`format` defaults to `auto`). Each login becomes an account hanging off the mailbox, mobile number or QQ its username names; `into` merges into an existing map without duplicating accounts. Passwords, TOTP seeds, passkeys, notes and custom fields are dropped while parsing. An encrypted or password-protected export is refused (400 `import_refused`). `lang` (default `zh`) words the labels of new ways.',
        tags: ['import'],
        body: ImportBodySchema,
        response: { 200: ImportResultSchema, ...errorResponses(400, 413, 415) },
      },
      preValidation: async (request) => {
        const body = request.body as { into?: unknown } | null;
        if (typeof body === 'object' && body !== null) checkCap(body.into, LINEAR_CAP, ROUTE);
      },
    },
    async (request) => {
      const { content, format, into, lang } = request.body;
      const base = into === undefined ? undefined : maps.prepare(into, ['into']).map;
      const result = importExport(content, {
        format: format ?? 'auto',
        lang: lang ?? 'zh',
        ...(base ? { into: base } : {}),
      });
      if (!result.ok) {
        const reason = importErrorText(result.error, 'en');
        throw new ApiError('import_refused', { reason }, [
          { code: result.error.code, path: ['content'], message: reason, params: result.error.params },
        ]);
      }
      return { map: result.map, report: result.report };
    },
  );
};
