/**
 * @module The fastify app, built without listening so tests call `app.inject()`: the guard first, one error
 * handler, zod validation of every request, the route plugins under /api/v1, the OpenAPI document and docs
 * page, and the built web UI at `/`. `server.ts` listens, prints the launch URL and shuts down.
 */
import { existsSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyPluginAsync,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { issuesFromZod } from '../engine/index.js';
import { type AnalysisOptions, AnalysisPool } from './analysis-pool.js';
import { BODY_LIMIT } from './caps.js';
import { registerDocs } from './docs.js';
import { ApiError, type ErrorBody, errorBody, INTERNAL_ERROR_BODY, summarize } from './errors.js';
import { createGuard, setSecurityHeaders } from './guard.js';
import { registerJsonBody } from './json-body.js';
import { MapCache, type MapCacheOptions } from './map-input.js';
import { catalogRoutes } from './routes/catalog.js';
import { exportRoutes } from './routes/export.js';
import { healthRoutes } from './routes/health.js';
import { impactRoutes } from './routes/impact.js';
import { importRoutes } from './routes/import.js';
import { riskRoutes } from './routes/risk.js';
import { takeoverRoutes } from './routes/takeover.js';
import { validateRoutes } from './routes/validate.js';
import { ENGINE_RESULTS } from './schemas.js';

/** The web UI that `vite build` writes, found from this file so the working directory does not matter. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Options of {@link buildApp}. */
export interface AppOptions {
  /** The per-launch token every /api call must present. */
  token: string;
  /** The port allowed in Host and Origin. 0: the port the server ends up listening on. */
  port: number;
  /** The built web UI to serve at `/`. Default `web/dist`; `false` serves none. */
  webRoot?: string | false;
  /** Handed to every extra plugin as `options.store` (the storage engineer's Store). */
  store?: unknown;
  /**
   * Extra route plugins, registered under `/api/v1` after the built-in routes, behind the same guard, error
   * handler and zod compilers, with `{store}` as their options. Stored maps plug in here (see README.md).
   */
  // biome-ignore lint/suspicious/noExplicitAny: plugins declare their own option types (e.g. {store: Store})
  plugins?: FastifyPluginAsync<any, any, any>[];
  /** The cache of validated, compiled request maps (default 16 maps up to 512 KiB each; `{entries: 0}` turns it off). */
  mapCache?: MapCacheOptions;
  /** The worker pool analyses run in: workers, deadline (default 20 s; past it, 503 `analysis_timeout`). */
  analysis?: AnalysisOptions;
  /** Called with every unexpected error (the client only ever sees a bare 500). Default: nothing. */
  onInternalError?: (error: unknown, request: FastifyRequest) => void;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Runs analyses off the event loop with a deadline (analysis-pool.ts). */
    analyses: AnalysisPool;
  }
}

/** Request validation failed: zod's issues, kept with their JSON paths. */
class RequestValidationError extends Error {
  readonly statusCode = 400;
  readonly code = 'FST_ERR_VALIDATION';
  constructor(
    readonly zodError: z.ZodError,
    readonly part: string,
  ) {
    super('request validation failed');
  }
}

/** Validates each request part with its zod schema; no coercion, strict objects reject unknown fields. */
function validatorCompiler({ schema, httpPart }: { schema: z.ZodType; httpPart?: string }) {
  return (data: unknown) => {
    const r = z.safeParse(schema, data);
    return r.success ? { value: r.data } : { error: new RequestValidationError(r.error, httpPart ?? 'body') };
  };
}

/**
 * Serializes answers. Results the pure engine computes (impact, risk, validation, catalog) match their schema
 * by construction, and the tests hold them to it, so they are written with plain JSON.stringify; every other
 * answer (errors, stored maps) is checked against its zod schema on the way out, so no stray field leaks.
 */
function serializerFor(route: Parameters<typeof serializerCompiler>[0]) {
  const plain = ENGINE_RESULTS.has(route.schema as z.ZodType);
  return plain ? (data: unknown) => JSON.stringify(data) : serializerCompiler(route);
}

const CLIENT_ERRORS: Record<string, (err: FastifyError) => ApiError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => new ApiError('body_too_large', { limit: BODY_LIMIT }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new ApiError('unsupported_media_type'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new ApiError('invalid_json'),
  FST_ERR_CTP_INVALID_JSON_BODY: () => new ApiError('invalid_json'),
};

/** The body of any error: expected errors say what and where; anything else is a bare 500. */
export function toErrorBody(err: unknown): ErrorBody | typeof INTERNAL_ERROR_BODY {
  if (err instanceof ApiError) return errorBody(err);
  if (err instanceof RequestValidationError) {
    const issues = issuesFromZod(err.zodError, err.part === 'body' ? [] : [err.part]);
    const code = issues.every((i) => i.path[0] === 'map') ? 'invalid_map' : 'invalid_request';
    return errorBody(new ApiError(code, { problems: summarize(issues) }, issues));
  }
  const e = err as Partial<FastifyError> | null;
  const status = typeof e?.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500) {
    const known = e?.code !== undefined ? CLIENT_ERRORS[e.code] : undefined;
    if (known) return errorBody(known(e as FastifyError));
    // fastify's own client errors have safe messages; anything else gets the status text only
    const text = STATUS_CODES[status] ?? 'Bad Request';
    const message = e?.code?.startsWith('FST_') && typeof e.message === 'string' ? e.message : text;
    return { statusCode: status, code: status === 404 ? 'not_found' : 'bad_request', error: text, message };
  }
  return INTERNAL_ERROR_BODY;
}

/**
 * Builds the app: guard, error handling, routes, docs and static UI. Call `ready()` or `inject()`; the
 * server listens only through `server.ts`.
 */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    keepAliveTimeout: 5_000,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Malformed URLs fail before any hook: answer them in the same shape, with the same headers.
    frameworkErrors: (error, request, reply) => {
      setSecurityHeaders(request, reply);
      const body = toErrorBody(error);
      (reply as FastifyReply).code(body.statusCode).send(body);
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerFor);
  app.removeContentTypeParser('text/plain'); // JSON only: a form's text/plain body never reaches a route
  registerJsonBody(app, BODY_LIMIT);

  const port = () => {
    const address = app.server.address();
    return address !== null && typeof address === 'object' ? address.port : opts.port;
  };
  app.addHook('onRequest', createGuard({ token: opts.token, port }));
  app.addHook('onSend', async (request, reply, payload) => {
    setSecurityHeaders(request, reply);
    return payload;
  });

  app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const body = toErrorBody(err);
    if (body.statusCode >= 500) opts.onInternalError?.(err, request);
    return reply.code(body.statusCode).send(body);
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send(errorBody(new ApiError('not_found'))));

  await registerDocs(app);

  const maps = new MapCache(opts.mapCache);
  const analyses = new AnalysisPool(opts.analysis);
  app.decorate('analyses', analyses);
  app.addHook('onClose', () => analyses.close());
  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(catalogRoutes);
      await api.register(validateRoutes);
      await api.register(impactRoutes, { maps });
      await api.register(riskRoutes, { maps });
      await api.register(takeoverRoutes, { maps });
      await api.register(exportRoutes, { maps });
      await api.register(importRoutes, { maps });
    },
    { prefix: '/api/v1' },
  );
  for (const plugin of opts.plugins ?? [])
    await app.register(plugin, { prefix: '/api/v1', store: opts.store });

  const webRoot = opts.webRoot === undefined ? DEFAULT_WEB_ROOT : opts.webRoot;
  if (webRoot !== false && existsSync(resolve(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: resolve(webRoot),
      prefix: '/',
      index: 'index.html',
      cacheControl: false,
      dotfiles: 'deny',
      decorateReply: false,
    });
  } else {
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('banradius: the web UI is not built; run `npm run build:web` (the API works without it)\n'),
    );
  }
  return app;
}
