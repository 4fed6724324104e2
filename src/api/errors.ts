/**
 * @module Every error the API can answer with, in one catalogue: a stable code, an HTTP status and a message
 * template (`{name}` is replaced by a parameter). Error bodies are `{statusCode, code, error, message,
 * issues?}`; a 5xx body is always exactly {@link INTERNAL_ERROR_BODY}, whatever went wrong.
 */
import { STATUS_CODES } from 'node:http';
import { z } from 'zod';
import { formatPath, type Issue, IssueSchema } from '../model/index.js';

export const ERRORS = {
  invalid_json: {
    status: 400,
    message: 'the request body is not valid JSON (or it has a "__proto__" or "constructor" key)',
  },
  invalid_utf8: { status: 400, message: 'the request body is not valid UTF-8' },
  too_deep: {
    status: 400,
    message: 'the request body nests arrays and objects deeper than {limit} levels (a map needs 8)',
  },
  duplicate_header: { status: 400, message: 'the request carries the {header} header more than once' },
  invalid_request: { status: 400, message: 'the request does not match the schema: {problems}' },
  invalid_map: { status: 400, message: 'the map is invalid: {problems}' },
  invalid_bans: { status: 400, message: 'the bans do not fit the map: {problems}' },
  unknown_scenario: { status: 400, message: 'the map has no scenario {scenario}; its scenarios: {known}' },
  unknown_target: { status: 400, message: 'the map has no account {target} (target)' },
  invalid_holds: { status: 400, message: 'the holds do not fit the map: {problems}' },
  invalid_timeline: { status: 400, message: 'the timeline choice does not fit the map: {problems}' },
  bad_request: { status: 400, message: '{detail}' },
  import_refused: { status: 400, message: 'the export cannot be imported: {reason}' },
  unauthorized: {
    status: 401,
    message:
      'missing or wrong token: send "Authorization: Bearer <token>" (the token is in the launch URL and in the data directory)',
  },
  forbidden_host: {
    status: 403,
    message: 'Host must be 127.0.0.1:{port}, localhost:{port} or [::1]:{port}',
  },
  forbidden_origin: { status: 403, message: 'cross-origin requests are not allowed' },
  forbidden_fetch_site: { status: 403, message: 'cross-site requests are not allowed' },
  not_found: { status: 404, message: 'not found' },
  stale_version: {
    status: 409,
    message: 'the map changed since the version you edited ({expected}); reload it and apply your edit again',
  },
  body_too_large: { status: 413, message: 'the request body is larger than {limit} bytes' },
  map_too_large: {
    status: 413,
    message: 'the map has {count} {what}; {route} accepts at most {cap} (see GET /api/v1/docs)',
  },
  map_too_complex: { status: 413, message: '{detail}' },
  analysis_timeout: {
    status: 503,
    message: 'the analysis took longer than {seconds} s and was stopped; {reduce}',
  },
  unsupported_media_type: {
    status: 415,
    message: 'requests with a body must be sent as Content-Type: application/json (UTF-8)',
  },
  method_not_allowed: {
    status: 405,
    message: 'method {method} is not allowed; use GET, POST, PUT or DELETE',
  },
  precondition_required: {
    status: 428,
    message: 'send If-Match with the ETag of the version you edited',
  },
  storage_full: {
    status: 507,
    message:
      'the disk holding the map store is full, so nothing was written: free some space (deleting a map or old files frees it) and save again; reading your maps still works',
  },
  internal: { status: 500, message: 'Internal Server Error' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** The body of every 4xx answer. */
export const ErrorBodySchema = z.strictObject({
  statusCode: z.number().int(),
  code: z.string(),
  error: z.string(),
  message: z.string(),
  issues: z.array(IssueSchema).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** The body of every 5xx answer, exactly: nothing about the cause leaves the process. */
export const INTERNAL_ERROR_BODY = Object.freeze({
  statusCode: 500,
  error: 'Internal Server Error',
  message: 'Internal Server Error',
});
export const InternalErrorBodySchema = z.strictObject({
  statusCode: z.literal(500),
  error: z.literal('Internal Server Error'),
  message: z.literal('Internal Server Error'),
});

/** An expected error: thrown by routes and hooks, turned into its body by the error handler. */
export class ApiError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    params: Record<string, string | number> = {},
    readonly issues?: Issue[],
  ) {
    super(ERRORS[code].message.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)));
    this.statusCode = ERRORS[code].status;
  }
}

/** "3 problems, the first at map.accounts[4].id: duplicate account id" — the issues, summed up in one line. */
export function summarize(issues: readonly Issue[]): string {
  const first = issues[0];
  if (!first) return 'no details';
  const where = formatPath(first.path);
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return `${count}; the first at ${where}: ${first.message}`;
}

/** The JSON body of an expected error. */
export function errorBody(err: ApiError): ErrorBody {
  const body: ErrorBody = {
    statusCode: err.statusCode,
    code: err.code,
    error: STATUS_CODES[err.statusCode] ?? 'Error',
    message: err.message,
  };
  if (err.issues && err.issues.length > 0) body.issues = err.issues;
  return body;
}

/** Response schemas of the error statuses a route may answer, for the OpenAPI document. */
export function errorResponses(...statuses: number[]): Record<number, typeof ErrorBodySchema> {
  const out: Record<number, typeof ErrorBodySchema> = {};
  for (const s of [401, 403, ...statuses]) out[s] = ErrorBodySchema;
  return out;
}
