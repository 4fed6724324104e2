/**
 * HTTP to the local banradius server: the per-launch token (read once from the launch URL's `#token=…`, then
 * kept in sessionStorage and removed from the address bar) sent as a Bearer token on every `/api/v1` call;
 * the stored-map calls (list, create, read, save with If-Match, delete, revisions, restore) with their
 * responses parsed by the model's schemas; and exports. Same origin only; nothing else fetches.
 */
import { z } from 'zod';
import type { ExportFormat } from '../../src/engine/export.js';
import { parseMap } from '../../src/engine/validate.js';
import {
  type BindingMap,
  type Issue,
  IssueSchema,
  MapListSchema,
  type MapSummary,
  RevisionListSchema,
  RevisionRecordSchema,
  type RevisionSummary,
  type StoredMap as StoredMapBody,
  StoredMapSchema,
} from '../../src/model/index.js';

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

export type { MapSummary, RevisionRecord, RevisionSummary } from '../../src/model/index.js';

/** A stored map as the API answers it, with the version tag of its `ETag` header. */
export type StoredMap = StoredMapBody & { etag: string };
/** The body of an error answer (only what the page uses; the server may add fields). */
const ErrorBodySchema = z.looseObject({
  code: z.string().optional(),
  message: z.string().optional(),
  issues: z.array(IssueSchema).optional(),
});

/** An HTTP or response-shape failure: the status (null when the server was not reached), code and issues. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly code: string | null = null,
    readonly issues: Issue[] = [],
    /** The current ETag the server sent with the error (a 409 names the version it is at). */
    readonly etag: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** An exported file: its name, media type and text. */
export interface ExportedFile {
  filename: string;
  type: string;
  text: string;
}

export interface ApiClient {
  /** The stored maps, most recently saved first. */
  listMaps(): Promise<MapSummary[]>;
  getMap(id: string): Promise<StoredMap>;
  createMap(map: BindingMap): Promise<StoredMap>;
  /** Saves a new version; `etag` is the version edited (a stale one fails with status 409). */
  saveMap(id: string, map: BindingMap, etag: string): Promise<StoredMap>;
  deleteMap(id: string): Promise<void>;
  listRevisions(id: string): Promise<RevisionSummary[]>;
  getRevision(id: string, version: number): Promise<z.infer<typeof RevisionRecordSchema>>;
  restoreRevision(id: string, version: number, etag: string): Promise<StoredMap>;
  /** A stored map exported by the server. */
  exportStored(id: string, format: ExportFormat, redact: boolean): Promise<ExportedFile>;
  /** A map (saved or not) exported by the server. */
  exportMap(map: BindingMap, format: ExportFormat, redact: boolean): Promise<ExportedFile>;
}

interface Call {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The Accept header; default application/json. */
  accept?: string;
  body?: unknown;
  ifMatch?: string;
}

/** A client for the same-origin API; `base` is the page's origin unless a test says otherwise. */
export function createApiClient(token: string, base = ''): ApiClient {
  const send = async (path: string, call: Call = {}): Promise<Response> => {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: call.accept ?? 'application/json',
    };
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';
    if (call.ifMatch !== undefined) headers['If-Match'] = call.ifMatch;
    let res: Response;
    try {
      // Every call is same-origin under /api/v1; the token goes in a header, never in the URL.
      res = await fetch(`${base}/api/v1${path}`, {
        method: call.method ?? 'GET',
        headers,
        body: call.body === undefined ? null : JSON.stringify(call.body),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch (err) {
      throw new ApiError(err instanceof Error ? err.message : String(err), null);
    }
    if (!res.ok) {
      let body: z.infer<typeof ErrorBodySchema> = {};
      try {
        const parsed = ErrorBodySchema.safeParse(await res.json());
        if (parsed.success) body = parsed.data;
      } catch {
        // Not JSON: the status says enough.
      }
      throw new ApiError(
        body.message ?? `${res.status} ${res.statusText}`,
        res.status,
        body.code ?? null,
        body.issues ?? [],
        res.headers.get('etag'),
      );
    }
    return res;
  };
  const json = async <T>(res: Response, schema: z.ZodType<T>, what: string): Promise<T> => {
    if (!(res.headers.get('content-type') ?? '').includes('application/json'))
      throw new ApiError('not a JSON response', res.status);
    const parsed = schema.safeParse(await res.json());
    if (!parsed.success) throw new ApiError(`unexpected ${what}`, res.status);
    return parsed.data;
  };
  const stored = async (res: Response): Promise<StoredMap> => {
    const record = await json(res, StoredMapSchema, 'stored map');
    // The schema checks the shape; the engine's parse also checks references before the page compiles it.
    if (!parseMap(record.map).ok) throw new ApiError('the stored map does not validate', res.status);
    return { ...record, etag: res.headers.get('etag') ?? `"${record.version}"` };
  };
  const file = async (res: Response): Promise<ExportedFile> => {
    const disposition = res.headers.get('content-disposition') ?? '';
    const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'banradius-map.txt';
    return { filename, type: res.headers.get('content-type') ?? 'text/plain', text: await res.text() };
  };
  const at = (id: string) => `/maps/${encodeURIComponent(id)}`;
  return {
    async listMaps() {
      return (await json(await send('/maps'), MapListSchema, 'list of maps')).maps;
    },
    async getMap(id) {
      return stored(await send(at(id)));
    },
    async createMap(map) {
      return stored(await send('/maps', { method: 'POST', body: map }));
    },
    async saveMap(id, map, etag) {
      return stored(await send(at(id), { method: 'PUT', body: map, ifMatch: etag }));
    },
    async deleteMap(id) {
      await send(at(id), { method: 'DELETE' });
    },
    async listRevisions(id) {
      return (await json(await send(`${at(id)}/revisions`), RevisionListSchema, 'revisions')).revisions;
    },
    async getRevision(id, version) {
      return json(await send(`${at(id)}/revisions/${version}`), RevisionRecordSchema, 'revision');
    },
    async restoreRevision(id, version, etag) {
      return stored(await send(`${at(id)}/revisions/${version}/restore`, { method: 'POST', ifMatch: etag }));
    },
    async exportStored(id, format, redact) {
      return file(
        await send(`${at(id)}/export?format=${format}${redact ? '&redact=1' : ''}`, { accept: '*/*' }),
      );
    },
    async exportMap(map, format, redact) {
      return file(await send('/export', { method: 'POST', body: { map, format, redact }, accept: '*/*' }));
    },
  };
}
