/**
 * `banradius risk MAP.json [--order 1|2|3] [--target ID] [--json | --format text|json|markdown] [--redact]`:
 * what to fix first, before any ban happens; with --target, only how that one account can be lost. `--redact`
 * reports on the redacted map (the same one every export renders; a target is then named by its new id).
 */
import { compile, redactMap, risk, riskMarkdown, TooComplexError, targetRisk } from '../../engine/index.js';
import type { RiskOrder } from '../../model/index.js';
import { listOf, text } from '../../text/index.js';
import { onePositional, parseCommand, thenUsage, usageOf } from '../args.js';
import { InputError, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { readMap } from '../read-map.js';
import { renderRisk } from '../render-risk.js';
import { renderTarget } from '../render-target.js';

const USAGE = usageOf(
  'banradius risk MAP.json [--order 1|2|3] [--target ID] [--json | --format text|json|markdown] [--redact]',
);
const FORMATS = ['text', 'json', 'markdown'] as const;

/** Prints the risk report of a map (or of one target): human words in the terminal's language, Markdown, or exactly the API's JSON. */
export function riskCommand(args: string[], io: Io): number {
  const parsed = parseCommand(
    args,
    {
      order: { type: 'string' },
      target: { type: 'string' },
      json: { type: 'boolean' },
      format: { type: 'string', short: 'f' },
      redact: { type: 'boolean' },
    },
    USAGE,
  );
  const file = onePositional(parsed.positionals, USAGE);
  const orderText = parsed.values.order ?? '2';
  if (orderText !== '1' && orderText !== '2' && orderText !== '3')
    throw new UsageError(thenUsage((t) => t.badOrder(orderText), USAGE));
  const order = Number(orderText) as RiskOrder;
  const format = parsed.values.format ?? (parsed.values.json ? 'json' : 'text');
  const target = parsed.values.target;
  if (
    !(FORMATS as readonly string[]).includes(format) ||
    (parsed.values.json && format !== 'json') ||
    (target !== undefined && format === 'markdown')
  )
    throw new UsageError(
      thenUsage((t, lang) => t.unknownFormat(format, listOf(FORMATS, lang, 'unit')), USAGE),
    );
  const read = readMap(file);
  const map = parsed.values.redact ? redactMap(read.map) : read.map;
  if (target !== undefined && !map.accounts.some((a) => a.id === target))
    throw new InputError((t) => t.unknownTarget(file, target));
  // readMap compiled the map already; a redacted map is a new one.
  const c = map === read.map ? read.compiled : compile(map);
  try {
    if (target !== undefined) {
      const result = targetRisk(c, target, order);
      io.out(format === 'json' ? JSON.stringify(result, null, 2) : renderTarget(map, result, io.lang));
    } else {
      const result = risk(c, { order, takeover: true });
      if (format === 'json') io.out(JSON.stringify(result, null, 2));
      else if (format === 'markdown') io.out(riskMarkdown(map, result, io.lang).trimEnd());
      else io.out(renderRisk(map, result, io.lang));
    }
  } catch (e) {
    if (!(e instanceof TooComplexError)) throw e;
    throw new InputError((_t, lang) => `${file}: ${text(lang).cutSets.tooComplex(e.order, e.reason)}`);
  }
  return 0;
}
