/**
 * `banradius export MAP.json --format json|dot|graphml|mermaid|svg|markdown [--redact]`: prints the map as a
 * file to stdout (`markdown` is the risk report, in the terminal's language), from the redacted map with --redact.
 */
import { EXPORT_FORMATS, type ExportFormat, exportMap } from '../../engine/index.js';
import { listOf } from '../../text/index.js';
import { onePositional, parseCommand, thenUsage, usageOf } from '../args.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { readMap } from '../read-map.js';

const USAGE = usageOf(`banradius export MAP.json --format ${EXPORT_FORMATS.join('|')} [--redact]`);

const isFormat = (s: string): s is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(s);

export function exportCommand(args: string[], io: Io): number {
  const parsed = parseCommand(
    args,
    { format: { type: 'string', short: 'f' }, redact: { type: 'boolean' } },
    USAGE,
  );
  const file = onePositional(parsed.positionals, USAGE);
  const format = parsed.values.format;
  if (format === undefined) throw new UsageError(thenUsage((t) => t.needFormat, USAGE));
  if (!isFormat(format))
    throw new UsageError(
      thenUsage((t, lang) => t.unknownFormat(format, listOf(EXPORT_FORMATS, lang, 'unit')), USAGE),
    );
  const { map } = readMap(file);
  const { body } = exportMap(map, format, { redact: parsed.values.redact === true, lang: io.lang });
  io.out(body.endsWith('\n') ? body.slice(0, -1) : body);
  return 0;
}
