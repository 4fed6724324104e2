/**
 * @module The JSON body parser: checked before anything recurses into it. Invalid UTF-8 is refused (400
 * `invalid_utf8`), nesting deeper than {@link MAX_DEPTH} is refused by a flat scan of the text (400
 * `too_deep`: `JSON.stringify` and every validator recurse and would overflow the stack on thousands of
 * levels), `__proto__`/`constructor` keys are refused, and an empty body is accepted as no body on routes
 * that take none (GET, DELETE).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import sjson from 'secure-json-parse';
import { ApiError } from './errors.js';

/** The deepest nesting of arrays and objects a body may have (a map needs 8). */
export const MAX_DEPTH = 64;

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The depth of the deepest array or object in a JSON text, counting only brackets outside strings. */
export function jsonDepth(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

const TAKES_NO_BODY = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);

function parse(request: FastifyRequest, body: Buffer): unknown {
  if (body.length === 0) {
    if (TAKES_NO_BODY.has(request.method)) return undefined;
    throw new ApiError('invalid_json');
  }
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch {
    throw new ApiError('invalid_utf8');
  }
  if (jsonDepth(text, MAX_DEPTH) > MAX_DEPTH) throw new ApiError('too_deep', { limit: MAX_DEPTH });
  try {
    return sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch {
    throw new ApiError('invalid_json');
  }
}

/** Replaces fastify's JSON parser with {@link parse} (same body limit). */
export function registerJsonBody(app: FastifyInstance, bodyLimit: number): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit }, (request, body, done) => {
    try {
      done(null, parse(request, body as Buffer));
    } catch (e) {
      done(e as Error, undefined);
    }
  });
}
