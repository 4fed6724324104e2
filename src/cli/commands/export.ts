/** `banradius export MAP.json --format json|dot|graphml|mermaid [--redact]`: prints the map as a file to stdout. */
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat, exportMap } from '../../engine/index.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { readMap } from '../read-map.js';

const USAGE = `usage: banradius export MAP.json --format ${EXPORT_FORMATS.join('|')} [--redact]`;

const isFormat = (s: string): s is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(s);

export function exportCommand(args: string[], io: Io): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) throw new UsageError(USAGE);
  const format = parsed.values.format;
  if (format === undefined) throw new UsageError(`${USAGE}\nname a --format`);
  if (!isFormat(format)) throw new UsageError(`unknown format ${JSON.stringify(format)}\n${USAGE}`);
  const { map } = readMap(file);
  const { body } = exportMap(map, format, { redact: parsed.values.redact === true });
  io.out(body.endsWith('\n') ? body.slice(0, -1) : body);
  return 0;
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      redact: { type: 'boolean' },
    },
  });
}
