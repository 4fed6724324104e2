/**
 * `banradius impact (MAP.json | --map ID [--data DIR]) (--ban ID[:cap,cap] ... | --scenario ID) [--json]`: what a
 * ban cuts off, for a map file or a map in the store.
 */
import {
  type Compiled,
  capsLookup,
  checkBans,
  compile,
  impactView,
  issuesFromZod,
  parseBanText,
} from '../../engine/index.js';
import { type Ban, BanSchema, type BindingMap } from '../../model/index.js';
import { issueText, listOf, text } from '../../text/index.js';
import { parseCommand, thenUsage, usageOf } from '../args.js';
import { InputError, UsageError } from '../errors.js';
import { writeImpactJson } from '../impact-json.js';
import type { Io } from '../io.js';
import { readMap } from '../read-map.js';
import { writeImpact } from '../render-impact.js';
import { LineSink } from '../stream-out.js';
import { readStoredMap } from './maps.js';

const SYNTAX =
  'banradius impact (MAP.json | --map ID [--data DIR]) (--ban ID[:cap,cap]|ID@preset ... | --scenario ID) [--json]';
const USAGE = usageOf(SYNTAX);

/** Resolves the bans of a scenario id or of --ban options, validated against the map. */
export function resolveBans(
  map: BindingMap,
  c: Compiled,
  file: string,
  bans: string[],
  scenario: string | undefined,
): { bans: Ban[]; title?: string } {
  if (scenario !== undefined) {
    if (bans.length > 0) throw new UsageError((t) => t.banOrScenario);
    const sc = (map.scenarios ?? []).find((s) => s.id === scenario);
    if (!sc) {
      const known = (map.scenarios ?? []).map((s) => s.id);
      throw new InputError((t, lang) => t.noScenario(file, scenario, listOf(known, lang, 'unit')));
    }
    return { bans: sc.bans, title: sc.label };
  }
  if (bans.length === 0) throw new UsageError(thenUsage((t) => t.needBan, USAGE));
  const parsed = bans.map((text) => {
    const ban = parseBanText(text, (id) => c.index.has(id));
    if ('code' in ban) throw new UsageError((t, lang) => t.badBan(text, issueText(ban, lang)));
    return ban;
  });
  parsed.forEach((b, i) => {
    const r = BanSchema.safeParse(b);
    const issue = r.success ? undefined : issuesFromZod(r.error)[0];
    if (issue) throw new InputError((t, lang) => t.badBan(bans[i]!, issueText(issue, lang)));
  });
  const errors = checkBans(map, parsed, [], capsLookup(c));
  if (errors.length > 0)
    throw new InputError((t, lang) =>
      errors
        .map((e) => `${file}: ${t.badBan(bans[e.path[0] as number]!, issueText(e, lang, map))}`)
        .join('\n'),
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
  const file = stored === undefined ? parsed.positionals[0] : text(io.lang).cli.storedMap(stored);
  const files = parsed.positionals.length + (stored === undefined ? 0 : 1);
  if (!file || files !== 1 || (stored === undefined && parsed.values.data !== undefined))
    throw new UsageError(USAGE);
  const { map, compiled } =
    stored === undefined
      ? readMap(file)
      : { ...readStoredMap(stored, parsed.values.data, io.lang), compiled: undefined };
  const c = compiled ?? compile(map);
  const { bans, title } = resolveBans(map, c, file, parsed.values.ban ?? [], parsed.values.scenario);
  const result = impactView(c, bans);
  const sink = new LineSink(io);
  if (parsed.values.json) writeImpactJson(sink, c, result);
  else writeImpact(sink, map, result, c.order, io.lang, title);
  sink.end();
  return 0;
}
