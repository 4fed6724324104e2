/**
 * HTTP to the local banradius server: the per-launch token (read once from the launch URL's `#token=…`, then
 * kept in sessionStorage and removed from the address bar) sent as a Bearer token on every `/api/v1` call,
 * and the stored-maps calls with their responses checked before use. Same origin only; nothing else fetches.
 */
import { z } from 'zod';
import { parseMap } from '../src/engine/validate.js';
import type { BindingMap } from '../src/model/index.js';

const TOKEN_KEY = 'banradius.token';

/** Takes the token from `location.hash` (removing it from the address bar), else the one kept this session. */
export function takeToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    const token = decodeURIComponent(match[1]!);
    try {
      sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      // Without sessionStorage the token lives only in this page.
    }
    const rest = location.hash.replace(/(^#|&)token=[^&]+/, '').replace(/^#&?/, '');
    history.replaceState(null, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
    return token;
  }
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

const MapSummarySchema = z.object({
  id: z.string(),
  title: z.string().nullish(),
  version: z.number().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type MapSummary = z.infer<typeof MapSummarySchema>;

const StoredMapSchema = z.object({
  id: z.string(),
  version: z.number().optional(),
  title: z.string().nullish(),
  updatedAt: z.string().optional(),
  map: z.unknown(),
});

export interface StoredMap {
  id: string;
  title: string | null;
  etag: string | null;
  map: BindingMap;
}

/** An HTTP or response-shape failure, with the status when there was one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  /**
   * Whether this server stores maps, read from its public OpenAPI document, so an older server without the
   * storage routes is never asked for them (a 404 would show up as a console error).
   */
  hasStoredMaps(): Promise<boolean>;
  /** The stored maps, newest first as the server lists them. */
  listMaps(): Promise<MapSummary[]>;
  /** One stored map, validated like any other map. */
  getMap(id: string): Promise<StoredMap>;
}

/** A client for the same-origin API; `base` is the page's origin unless a test says otherwise. */
export function createApiClient(token: string, base = ''): ApiClient {
  const request = async (path: string): Promise<{ body: unknown; etag: string | null }> => {
    // Every call is same-origin under /api/v1; the token goes in a header, never in the URL.
    let res: Response;
    try {
      res = await fetch(`${base}/api/v1${path}`, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch (err) {
      throw new ApiError(err instanceof Error ? err.message : String(err), null);
    }
    if (!res.ok) throw new ApiError(`${res.status} ${res.statusText}`, res.status);
    if (!(res.headers.get('content-type') ?? '').includes('application/json'))
      throw new ApiError('not a JSON response', res.status);
    return { body: await res.json(), etag: res.headers.get('etag') };
  };
  return {
    async hasStoredMaps() {
      const { body } = await request('/openapi.json');
      const paths = (body as { paths?: unknown })?.paths;
      return typeof paths === 'object' && paths !== null && Object.keys(paths).some((p) => /\/maps$/.test(p));
    },
    async listMaps() {
      const { body } = await request('/maps');
      const list = z
        .array(MapSummarySchema)
        .safeParse(Array.isArray(body) ? body : (body as { maps?: unknown })?.maps);
      if (!list.success) throw new ApiError('unexpected list of maps', 200);
      return list.data;
    },
    async getMap(id) {
      const { body, etag } = await request(`/maps/${encodeURIComponent(id)}`);
      const record = StoredMapSchema.safeParse(body);
      if (!record.success) throw new ApiError('unexpected stored map', 200);
      const parsed = parseMap(record.data.map);
      if (!parsed.ok) throw new ApiError('the stored map does not validate', 200);
      return { id: record.data.id, title: record.data.title ?? null, etag, map: parsed.map };
    },
  };
}
