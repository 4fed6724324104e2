/**
 * `banradius impact (MAP.json | --map ID [--data DIR]) (--ban ID[:cap,cap] ... | --scenario ID) [--json]`: what a
 * ban cuts off, for a map file or a map in the store.
 */
import { checkBans, compile, impact, parseBanText } from '../../engine/index.js';
import { type Ban, BanSchema, type BindingMap, type Impact } from '../../model/index.js';
import { parseCommand } from '../args.js';
import { InputError, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { readMap } from '../read-map.js';
import { renderImpact } from '../render-impact.js';
import { readStoredMap } from './maps.js';

const USAGE =
  'usage: banradius impact (MAP.json | --map ID [--data DIR]) (--ban ID[:cap,cap]|ID@preset ... | --scenario ID) [--json]';

/** Resolves the bans of a scenario id or of --ban options, validated against the map. */
export function resolveBans(
  map: BindingMap,
  file: string,
  bans: string[],
  scenario: string | undefined,
): { bans: Ban[]; title?: string } {
  if (scenario !== undefined) {
    if (bans.length > 0) throw new UsageError('give either --ban or --scenario, not both');
    const sc = (map.scenarios ?? []).find((s) => s.id === scenario);
    if (!sc) {
      const known = (map.scenarios ?? []).map((s) => s.id).join(', ') || '(none)';
      throw new InputError(`${file}: no scenario ${JSON.stringify(scenario)}; scenarios: ${known}`);
    }
    return { bans: sc.bans, title: sc.label };
  }
  if (bans.length === 0) throw new UsageError(`${USAGE}\nname at least one --ban or a --scenario`);
  const ids = new Set(map.accounts.map((a) => a.id));
  const parsed = bans.map((text) => {
    const ban = parseBanText(text, (id) => ids.has(id));
    if (typeof ban === 'string') throw new UsageError(`--ban ${text}: ${ban}`);
    return ban;
  });
  parsed.forEach((b, i) => {
    const r = BanSchema.safeParse(b);
    if (!r.success) throw new InputError(`--ban ${bans[i]}: ${r.error.issues[0]?.message ?? 'invalid'}`);
  });
  const errors = checkBans(map, parsed, []);
  if (errors.length > 0)
    throw new InputError(
      errors.map((e) => `${file}: --ban ${bans[e.path[0] as number]}: ${e.message}`).join('\n'),
    );
  return { bans: parsed };
}

export function impactCommand(args: string[], io: Io): number {
  const parsed = parseCommand(
    args,
    {
      ban: { type: 'string', multiple: true },
      scenario: { type: 'string' },
      json: { type: 'boolean' },
      map: { type: 'string' },
      data: { type: 'string' },
    },
    USAGE,
  );
  const stored = parsed.values.map;
  const file = stored === undefined ? parsed.positionals[0] : `map ${stored}`;
  const files = parsed.positionals.length + (stored === undefined ? 0 : 1);
  if (!file || files !== 1 || (stored === undefined && parsed.values.data !== undefined))
    throw new UsageError(USAGE);
  const { map } = stored === undefined ? readMap(file) : readStoredMap(stored, parsed.values.data);
  const { bans, title } = resolveBans(map, file, parsed.values.ban ?? [], parsed.values.scenario);
  const result: Impact = impact(compile(map), bans);
  io.out(parsed.values.json ? JSON.stringify(result, null, 2) : renderImpact(map, result, io.lang, title));
  return 0;
}
