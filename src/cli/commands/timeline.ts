/**
 * `banradius timeline MAP.json (--timeline ID | --preset PRESET --account ID) [--json]`: what happens when, step
 * by step, for a timeline of the map or a catalog preset built for one account (DESIGN §4c).
 */
import { compile, resolveTimeline, runTimeline } from '../../engine/index.js';
import { onePositional, parseCommand, usageOf } from '../args.js';
import { InputError, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { readMap } from '../read-map.js';
import { renderTimeline } from '../render-takeover.js';

const USAGE = usageOf('banradius timeline MAP.json (--timeline ID | --preset PRESET --account ID) [--json]');

export function timelineCommand(args: string[], io: Io): number {
  const parsed = parseCommand(
    args,
    {
      timeline: { type: 'string' },
      preset: { type: 'string' },
      account: { type: 'string' },
      json: { type: 'boolean' },
    },
    USAGE,
  );
  const file = onePositional(parsed.positionals, USAGE);
  const { timeline, preset, account } = parsed.values;
  if (
    (timeline === undefined) === (preset === undefined) ||
    (timeline !== undefined && account !== undefined)
  )
    throw new UsageError(USAGE);
  const { map } = readMap(file);
  const chosen = resolveTimeline(map, { timeline, preset, account }, io.lang);
  if (!chosen.ok)
    throw new InputError((t) => t.badTimeline(file), chosen.errors, file, { timeline, preset, account });
  const result = runTimeline(compile(map), chosen.timeline);
  io.out(parsed.values.json ? JSON.stringify(result, null, 2) : renderTimeline(map, result, io.lang));
  return 0;
}
