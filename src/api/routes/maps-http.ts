/**
 * The HTTP side of stored maps, shared by their routes: ETags and `If-Match` (428 when it is missing, 400 when
 * it is not one of our ETags), the answer of a stored map, store errors as API errors, the path parameters,
 * and the hooks that check a body map and `If-Match` before anything is read.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { StoredIdSchema, type StoredMap } from '../../model/index.js';
import { isStoreError } from '../../store/index.js';
import { checkCap, LINEAR_CAP } from '../caps.js';
import { ApiError, summarize } from '../errors.js';
import { validMap } from '../map-input.js';

const VersionParam = z
  .string()
  .regex(/^[1-9][0-9]{0,14}$/, { message: 'must be a version number such as 3' })
  .transform(Number);
export const IdParams = z.strictObject({ id: StoredIdSchema });
export const RevisionParams = z.strictObject({ id: StoredIdSchema, version: VersionParam });
export const IfMatchHeaders = z.looseObject({
  // Required: a missing If-Match is answered 428 by the preValidation hook, before this schema is checked.
  'if-match': z.string().describe('The ETag of the version you edited, e.g. "3"'),
});

const etag = (version: number) => `"${version}"`;

/** The version an `If-Match` header names: 428 when it is missing, 400 when it is not one ETag of ours. */
export function ifMatch(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') throw new ApiError('precondition_required');
  const m = /^\s*(?:"([1-9][0-9]{0,14})"|([1-9][0-9]{0,14}))\s*$/.exec(String(header));
  if (!m) {
    const issues = [
      {
        code: 'bad_if_match',
        path: ['headers', 'if-match'],
        message: 'If-Match must be the ETag of one version, such as "3"',
      },
    ];
    throw new ApiError('bad_request', { detail: issues[0]!.message }, issues);
  }
  return Number(m[1] ?? m[2]);
}

/** The body of a stored map and its ETag. */
export function send(reply: FastifyReply, record: StoredMap, status = 200) {
  return reply.code(status).header('etag', etag(record.version)).send({
    id: record.id,
    version: record.version,
    title: record.title,
    updatedAt: record.updatedAt,
    map: record.map,
  });
}

/**
 * Runs a store call, turning its expected errors into API errors (`sent`: the If-Match version, for the 409).
 * A damaged row or anything else stays a defect: a bare 500.
 */
export function fromStore<T>(reply: FastifyReply, f: () => T, sent?: number): T {
  try {
    return f();
  } catch (e) {
    if (!isStoreError(e)) throw e;
    switch (e.code) {
      case 'not_found':
        throw new ApiError('not_found');
      case 'invalid_map':
        throw new ApiError('invalid_map', { problems: summarize(e.issues) }, e.issues);
      case 'storage_full':
        throw new ApiError('storage_full');
      case 'stale_version': {
        const current = e.currentVersion;
        if (current !== undefined) reply.header('etag', etag(current));
        throw new ApiError('stale_version', { expected: sent === undefined ? '?' : etag(sent) }, [
          {
            code: 'stale_version',
            path: ['headers', 'if-match'],
            message: `the map is at version ${current ?? '?'} (ETag ${current === undefined ? '?' : etag(current)})`,
          },
        ]);
      }
      default:
        throw e;
    }
  }
}

/** A preValidation hook: the body must be a valid map (400 `invalid_map` with paths from the body's root). */
export function mapBody(route: string) {
  return async (request: FastifyRequest): Promise<void> => {
    checkCap(request.body, LINEAR_CAP, route);
    validMap(request.body, []);
  };
}

/** A preValidation hook: `If-Match` must be present and well formed, before the body is looked at. */
export async function requireIfMatch(request: FastifyRequest): Promise<void> {
  ifMatch(request);
}
