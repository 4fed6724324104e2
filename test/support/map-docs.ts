/**
 * Random map documents for the parser property tests (fast-parse, scan-parse): valid random maps with every
 * optional field sprinkled in, and mutations of them that cross the boundary between valid and invalid.
 */
import fc from 'fast-check';
import type { BindingMap } from '../../src/model/index.js';
import { mapArb } from './arbitrary.js';

export type Json = unknown;

/** Optional fields and scenarios sprinkled over a valid random map, so the fast path meets every field. */
export const richMapArb = mapArb(6).chain((map) =>
  fc
    .record({
      title: fc.option(fc.constantFrom('', 'my map', 't'.repeat(200)), { nil: undefined }),
      provider: fc.constantFrom(undefined, 'qq', 'no_such_provider'),
      notes: fc.option(fc.constantFrom('', 'n'), { nil: undefined }),
      wayExtras: fc.record({
        label: fc.option(fc.constantFrom('', 'SMS code', 'l'.repeat(200)), { nil: undefined }),
        purpose: fc.constantFrom(undefined, 'login', 'recovery'),
        secret: fc.option(fc.boolean(), { nil: undefined }),
      }),
      scenario: fc.option(
        fc.record({
          lose: fc.constantFrom(undefined, 'all', [], ['access']),
          preset: fc.constantFrom(undefined, 'qq_freeze', 'phone_cancelled'),
        }),
        { nil: undefined },
      ),
    })
    .map((x): BindingMap => {
      const m = structuredClone(map) as BindingMap & Record<string, Json>;
      if (x.title !== undefined) m.title = x.title;
      const first = m.accounts[0]!;
      if (x.provider !== undefined) first.provider = x.provider;
      if (x.notes !== undefined) first.notes = x.notes;
      const way = m.accounts.find((a) => a.ways?.length)?.ways?.[0];
      if (way) {
        if (x.wayExtras.label !== undefined) way.label = x.wayExtras.label;
        if (x.wayExtras.purpose !== undefined) way.purpose = x.wayExtras.purpose as 'login';
        if (x.wayExtras.secret !== undefined) way.secret = x.wayExtras.secret;
      }
      if (x.scenario) {
        const ban: Record<string, Json> = { account: first.id };
        if (x.scenario.lose !== undefined) ban.lose = x.scenario.lose;
        if (x.scenario.preset !== undefined) ban.preset = x.scenario.preset;
        m.scenarios = [{ id: 's1', label: 'Scenario', bans: [ban as never] }];
      }
      return m;
    }),
);

/** Every place in a document: its parent and key (the root has none). */
function places(doc: Json): { parent: Record<string | number, Json>; key: string | number }[] {
  const out: { parent: Record<string | number, Json>; key: string | number }[] = [];
  const walk = (v: Json) => {
    if (v === null || typeof v !== 'object') return;
    for (const key of Object.keys(v)) {
      const parent = v as Record<string, Json>;
      out.push({ parent, key: Array.isArray(v) ? Number(key) : key });
      walk(parent[key]);
    }
  };
  walk(doc);
  return out;
}

const WEIRD: Json[] = [
  null,
  true,
  0,
  -1,
  -0,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'x',
  'a'.repeat(64),
  'a'.repeat(65),
  'x'.repeat(201),
  '__proto__',
  'constructor',
  'bad id!',
  [],
  {},
  ['access'],
  ['access', 'access'],
  'all',
  'login',
  'money',
  'phone',
  'CNY',
  'cny',
  'a0',
  'a1',
  'mail',
  'sms',
  undefined,
  'qq',
  'qq_freeze',
  { requires: [] },
  { account: 'a0' },
  1,
  2,
];

export type Mutation = { at: number; op: number; value: number };

/** Applies one mutation (replace, delete, add an unknown key, duplicate an element, overfill, a hole). */
export function mutate(doc: Json, m: Mutation): Json {
  const copy = structuredClone(doc) as Record<string, Json>;
  const all = places(copy);
  const where = all[m.at % all.length];
  if (!where) return { ...copy, version: WEIRD[m.value % WEIRD.length] };
  const { parent, key } = where;
  const v = parent[key];
  switch (m.op % 7) {
    case 0:
    case 1:
      parent[key] = WEIRD[m.value % WEIRD.length];
      break;
    case 2:
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 3:
      if (v !== null && typeof v === 'object' && !Array.isArray(v))
        (v as Record<string, Json>)[m.value % 2 ? 'extra' : 'colour'] = 1;
      else parent[key] = { value: v };
      break;
    case 4:
      if (Array.isArray(v) && v.length > 0) v.push(structuredClone(v[0]));
      else if (Array.isArray(parent)) parent.push(structuredClone(v));
      break;
    case 5:
      if (Array.isArray(v))
        for (let i = 0; i < 65 + (m.value % 2) * 192; i++) v.push(structuredClone(v[0] ?? 'access'));
      break;
    default:
      if (Array.isArray(v))
        v.length += 1; // a hole at the end
      else parent[key] = JSON.parse(JSON.stringify(v ?? null));
  }
  return copy;
}
