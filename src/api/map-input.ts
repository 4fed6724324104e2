/**
 * @module Every map a request carries is checked once and compiled once: the model schema (strict, no
 * coercion) and the engine's reference checks (`parseMap`: duplicate ids, unknown accounts, capabilities,
 * presets), then `compile`. Problems become a 400 `invalid_map` whose issue paths start at the request body
 * (`["map", "accounts", 3, ...]`). A small LRU keyed by the map's SHA-256 keeps the compiled form, so the UI
 * simulating ban after ban on one map validates and compiles it once.
 */
import { createHash } from 'node:crypto';
import { type Compiled, parseMap, validate } from '../engine/index.js';
import type { BindingMap, Issue, JsonPath, Validation } from '../model/index.js';
import { ApiError, summarize } from './errors.js';

/** Prefixes issue paths with where the map sits in the request body. */
export function under(prefix: JsonPath, issues: readonly Issue[]): Issue[] {
  return issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
}

/** Validates a map with the engine, every issue path starting where the map sits in the request body. */
export function validateMap(input: unknown, prefix: JsonPath = ['map']): Validation {
  const v = validate(input);
  return { ok: v.ok, errors: under(prefix, v.errors), warnings: under(prefix, v.warnings) };
}

/** Returns the validated map, or throws `invalid_map` with every error (paths under `prefix`). */
export function validMap(input: unknown, prefix: JsonPath = ['map']): BindingMap {
  return prepareMap(input, prefix).map;
}

/** Validates and compiles a map in one pass, or throws `invalid_map` with every error. */
function prepareMap(input: unknown, prefix: JsonPath): PreparedMap {
  const result = parseMap(input);
  if (result.ok) return { map: result.map, compiled: result.compiled };
  const { errors } = validateMap(input, prefix);
  throw new ApiError('invalid_map', { problems: summarize(errors) }, errors);
}

/** A validated map and its compiled form. Shared between requests: never mutate either. */
export interface PreparedMap {
  readonly map: BindingMap;
  readonly compiled: Compiled;
}

/** Options of {@link MapCache}. */
export interface MapCacheOptions {
  /** Maps remembered (least recently used first out). Default 16; 0 disables the cache. */
  entries?: number;
  /** Larger maps (as JSON text) are not remembered. Default 512 KiB. */
  maxBytes?: number;
}

/** Validates and compiles request maps, remembering the last few by content. */
export class MapCache {
  private readonly entries: number;
  private readonly maxBytes: number;
  private readonly lru = new Map<string, PreparedMap>();

  constructor(options: MapCacheOptions = {}) {
    this.entries = options.entries ?? 16;
    this.maxBytes = options.maxBytes ?? 512 * 1024;
  }

  /** The validated, compiled map, or an `invalid_map` ApiError with every problem. */
  prepare(input: unknown, prefix: JsonPath = ['map']): PreparedMap {
    const text = this.entries > 0 ? JSON.stringify(input) : undefined;
    const key =
      text !== undefined && text.length <= this.maxBytes
        ? createHash('sha256').update(text).digest('base64')
        : undefined;
    const hit = key !== undefined ? this.lru.get(key) : undefined;
    if (hit) {
      this.lru.delete(key!);
      this.lru.set(key!, hit);
      return hit;
    }
    const prepared = prepareMap(input, prefix);
    if (key !== undefined) {
      this.lru.set(key, prepared);
      if (this.lru.size > this.entries) this.lru.delete(this.lru.keys().next().value!);
    }
    return prepared;
  }
}
