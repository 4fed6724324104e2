/** `banradius risk MAP.json [--order 1|2|3] [--json]`: what to fix first, before any ban happens. */
import { compile, risk } from '../../engine/index.js';
import type { RiskOrder } from '../../model/index.js';
import { onePositional, parseCommand, thenUsage, usageOf } from '../args.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { readMap } from '../read-map.js';
import { renderRisk } from '../render-risk.js';

const USAGE = usageOf('banradius risk MAP.json [--order 1|2|3] [--json]');

/** Prints the risk report of a map: human advice in the terminal's language, or exactly the Risk object with --json. */
export function riskCommand(args: string[], io: Io): number {
  const parsed = parseCommand(args, { order: { type: 'string' }, json: { type: 'boolean' } }, USAGE);
  const file = onePositional(parsed.positionals, USAGE);
  const text = parsed.values.order ?? '2';
  if (text !== '1' && text !== '2' && text !== '3')
    throw new UsageError(thenUsage((t) => t.badOrder(text), USAGE));
  const order = Number(text) as RiskOrder;
  const { map } = readMap(file);
  const result = risk(compile(map), { order });
  io.out(parsed.values.json ? JSON.stringify(result, null, 2) : renderRisk(map, result, io.lang));
  return 0;
}
