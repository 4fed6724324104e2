/**
 * `banradius takeover MAP.json --holds ID[:cap,cap] ... [--knows ID ...] [--json]`: what a stranger holding a
 * number or a mailbox (and knowing some passwords) gets into (DESIGN §4b).
 */
import {
  checkHolds,
  checkKnows,
  compile,
  issuesFromZod,
  parseHoldText,
  takeover,
} from '../../engine/index.js';
import { type Hold, HoldSchema } from '../../model/index.js';
import { issueText } from '../../text/index.js';
import { onePositional, parseCommand, thenUsage, usageOf } from '../args.js';
import { InputError, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { readMap } from '../read-map.js';
import { renderTakeover } from '../render-takeover.js';

const USAGE = usageOf('banradius takeover MAP.json --holds ID[:cap,cap] ... [--knows ID ...] [--json]');

export function takeoverCommand(args: string[], io: Io): number {
  const parsed = parseCommand(
    args,
    {
      holds: { type: 'string', multiple: true },
      knows: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
    USAGE,
  );
  const file = onePositional(parsed.positionals, USAGE);
  const texts = parsed.values.holds ?? [];
  if (texts.length === 0) throw new UsageError(thenUsage((t) => t.needHolds, USAGE));
  const { map } = readMap(file);
  const ids = new Set(map.accounts.map((a) => a.id));
  const holds: Hold[] = texts.map((text) => {
    const hold = parseHoldText(text, (id) => ids.has(id));
    if ('code' in hold) throw new UsageError((t, lang) => t.badHold(text, issueText(hold, lang)));
    const r = HoldSchema.safeParse(hold);
    const issue = r.success ? undefined : issuesFromZod(r.error)[0];
    if (issue) throw new InputError((t, lang) => t.badHold(text, issueText(issue, lang)));
    return hold;
  });
  const knows = parsed.values.knows ?? [];
  const errors = [...checkHolds(map, holds, ['holds']), ...checkKnows(map, knows, ['knows'])];
  if (errors.length > 0)
    throw new InputError((t) => t.badHolds(file), errors, file, { ...map, holds, knows });
  const result = takeover(compile(map), holds, knows);
  io.out(parsed.values.json ? JSON.stringify(result, null, 2) : renderTakeover(map, result, io.lang));
  return 0;
}
