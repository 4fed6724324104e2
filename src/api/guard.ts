/**
 * @module The guard of DESIGN §11, run first on every request (API, static files, docs, 404s): Host and
 * Origin allowlists bound to the listening port (DNS rebinding, cross-site requests; one Host only, and an
 * absolute-form target must name an allowed host too), 405 for unknown methods, one Content-Type, Sec-Fetch-Site, the
 * per-launch token on `/api/*`, JSON-only writes (text/plain CSRF), and the security headers of every answer.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

/** A fresh per-launch token: 256 random bits, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What a token given with `--token` must look like: 16 to 512 characters of base64url or `.~+/=`. */
export const TOKEN_RE = /^[A-Za-z0-9._~+/=-]{16,512}$/;

/** The Content-Security-Policy of every answer: nothing outside this server, no inline script or style. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Headers set on every answer, errors and static files included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Sets the security headers, and `Cache-Control: no-store` on everything under /api. */
export function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.headers(SECURITY_HEADERS);
  if (isApiPath(request.url)) reply.header('cache-control', 'no-store');
  else if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-cache');
}

/** Routes under /api that need no token: the API's documentation, the same for every install. */
export function isPublicApiRoute(routeUrl: string | undefined): boolean {
  return (
    routeUrl === '/api/v1/openapi.json' ||
    routeUrl === '/api/v1/docs' ||
    !!routeUrl?.startsWith('/api/v1/docs/')
  );
}

/** Whether a request URL is under /api, judged on its decoded, case-folded path so `/%61pi` counts too. */
export function isApiPath(url: string): boolean {
  let path = url.split('?', 1)[0] ?? '';
  try {
    path = decodeURIComponent(path);
  } catch {
    // undecodable: judge the raw path
  }
  return /^\/+api(\/|$)/i.test(path);
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** The token a request carries: `Authorization: Bearer T`, else `X-Banradius-Token: T`. */
function presentedToken(request: FastifyRequest): string | undefined {
  const auth = request.headers.authorization;
  if (typeof auth === 'string') {
    const m = /^Bearer[ ]+(\S+)[ ]*$/i.exec(auth);
    return m?.[1];
  }
  const alt = request.headers['x-banradius-token'];
  return typeof alt === 'string' ? alt : undefined;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The methods the server answers; any other gets 405 before anything else is looked at. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS']);

/** How many times a header is present in the raw request (Node keeps only the first Host or Content-Type). */
function headerCount(request: FastifyRequest, name: string): number {
  const raw = request.raw.rawHeaders;
  let n = 0;
  for (let i = 0; i < raw.length; i += 2) if (raw[i]!.toLowerCase() === name) n++;
  return n;
}

/** The host of an absolute-form request target (`GET http://evil.example/ HTTP/1.1`), else undefined. */
function absoluteFormHost(url: string | undefined): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}

/** True for `application/json`, with at most a UTF-8 charset parameter. */
function isJson(contentType: string): boolean {
  const [type, ...params] = contentType.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => p === '' || /^charset="?utf-8"?$/.test(p));
}

/** Options of {@link createGuard}. */
export interface GuardOptions {
  token: string;
  /** The port the server listens on: read on each request, so `--port 0` works once listening. */
  port: () => number;
}

/**
 * The guard as an onRequest hook. Order: method, Host, Origin, Sec-Fetch-Site, token (on /api), then the
 * content type of writes. Throws an {@link ApiError}; the error handler answers it.
 */
export function createGuard(opts: GuardOptions) {
  const expected = sha256(opts.token);
  let cachedPort = -1;
  let hosts = new Set<string>();
  let origins = new Set<string>();
  const allowed = () => {
    const port = opts.port();
    if (port !== cachedPort) {
      cachedPort = port;
      const names = ['127.0.0.1', 'localhost', '[::1]'].map((h) => `${h}:${port}`);
      hosts = new Set(names);
      origins = new Set(names.map((n) => `http://${n}`));
    }
    return { port, hosts, origins };
  };

  return async function guard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    setSecurityHeaders(request, reply);
    if (!METHODS.has(request.method)) {
      reply.header('allow', 'GET, HEAD, POST, PUT, DELETE, OPTIONS');
      throw new ApiError('method_not_allowed', { method: request.method });
    }
    const { port, hosts, origins } = allowed();
    const host = request.headers.host;
    if (typeof host !== 'string' || !hosts.has(host.toLowerCase()) || headerCount(request, 'host') > 1)
      throw new ApiError('forbidden_host', { port });
    const target = absoluteFormHost(request.raw.url);
    if (target !== undefined && !hosts.has(target)) throw new ApiError('forbidden_host', { port });
    if (headerCount(request, 'content-type') > 1)
      throw new ApiError('duplicate_header', { header: 'Content-Type' });
    const origin = request.headers.origin;
    if (origin !== undefined && !origins.has(String(origin).toLowerCase()))
      throw new ApiError('forbidden_origin');
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none')
      throw new ApiError('forbidden_fetch_site');

    const route = request.routeOptions.url;
    const needsToken =
      !isPublicApiRoute(route) && (route?.startsWith('/api') === true || isApiPath(request.url));
    if (needsToken) {
      const given = presentedToken(request);
      if (given === undefined || !timingSafeEqual(sha256(given), expected))
        throw new ApiError('unauthorized');
    }

    if (WRITE_METHODS.has(request.method)) {
      const type = request.headers['content-type'];
      const hasBody =
        request.headers['transfer-encoding'] !== undefined ||
        (request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0');
      if (type === undefined ? hasBody : !isJson(type)) throw new ApiError('unsupported_media_type');
    }
  };
}
