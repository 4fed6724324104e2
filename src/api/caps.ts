/**
 * @module Caps on the work one request may ask for, checked on the raw body before any validation or
 * analysis: the number of accounts and of requirements (summed over ways and capability ways) of its map.
 * Beyond a cap the answer is 413 `map_too_large`, naming the cap. The body limit caps the bytes.
 */
import type { FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

/** The largest request body accepted, in bytes (a real map is 5–20 KiB; 20,000 accounts fit). */
export const BODY_LIMIT = 5 * 1024 * 1024;

/** A cap: at most this many accounts and requirements in the request's map. */
export interface Cap {
  accounts: number;
  requirements: number;
}

/** Linear analyses (impact, validate, export). */
export const LINEAR_CAP: Cap = { accounts: 20_000, requirements: 100_000 };

/**
 * Risk reports by cut-set order, sized to what the engine does in about a second on a 2-core machine: cut sets
 * bottom-up cost what they find (a dense 5,000-account map at order 3: ~0.2 s of cut sets), and the blast
 * radius and recommendations are read from them (~0.25 s in all for 5,000 dense accounts at order 3, ~0.3 s
 * for 5,000 person-shaped ones). Inside a cap the engine's limits end anything pathological (a chain as long
 * as the cap, each account needing the one before) with 413 `map_too_complex` within seconds.
 */
export const RISK_CAPS: Readonly<Record<1 | 2 | 3, Cap>> = {
  1: { accounts: 5_000, requirements: 25_000 },
  2: { accounts: 5_000, requirements: 20_000 },
  3: { accounts: 3_000, requirements: 12_000 },
};

/**
 * "How can I lose X?" (a risk request with `target`) at any order: the work follows that account's cut sets
 * only, and the engine's own step budget answers `map_too_complex` where they are too many.
 */
export const TARGET_CAP: Cap = LINEAR_CAP;

/** Counts accounts and requirements of an unvalidated map, reading only arrays and plain objects. */
export function countWork(map: unknown): { accounts: number; requirements: number } {
  if (typeof map !== 'object' || map === null) return { accounts: 0, requirements: 0 };
  const accounts = (map as { accounts?: unknown }).accounts;
  if (!Array.isArray(accounts)) return { accounts: 0, requirements: 0 };
  let requirements = 0;
  const countWays = (ways: unknown) => {
    if (!Array.isArray(ways)) return;
    for (const way of ways) {
      const req =
        typeof way === 'object' && way !== null ? (way as { requires?: unknown }).requires : undefined;
      if (Array.isArray(req)) requirements += req.length;
    }
  };
  for (const a of accounts) {
    if (typeof a !== 'object' || a === null) continue;
    countWays((a as { ways?: unknown }).ways);
    const cw = (a as { capabilityWays?: unknown }).capabilityWays;
    if (typeof cw === 'object' && cw !== null && !Array.isArray(cw))
      for (const ways of Object.values(cw)) countWays(ways);
  }
  return { accounts: accounts.length, requirements };
}

/** Throws `map_too_large` when a map exceeds a cap. */
export function checkCap(map: unknown, cap: Cap, route: string): void {
  const { accounts, requirements } = countWork(map);
  const fmt = (n: number) => n.toLocaleString('en-US');
  if (accounts > cap.accounts)
    throw new ApiError('map_too_large', {
      count: fmt(accounts),
      what: 'accounts',
      route,
      cap: fmt(cap.accounts),
    });
  if (requirements > cap.requirements)
    throw new ApiError('map_too_large', {
      count: fmt(requirements),
      what: 'requirements',
      route,
      cap: fmt(cap.requirements),
    });
}

/**
 * A preValidation hook checking the body's `map` against the cap the body asks for (`capOf` sees the raw
 * body, e.g. to pick the risk order's cap).
 */
export function capHook(route: string, capOf: (body: Record<string, unknown>) => Cap) {
  return async (request: FastifyRequest): Promise<void> => {
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return; // the schema will say why
    const b = body as Record<string, unknown>;
    checkCap(b.map, capOf(b), route);
  };
}
