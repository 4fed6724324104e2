/**
 * `banradius import FILE [--format …] [--into MAP.json]`: a password manager's export as a map on stdout
 * (format version 1, validated), a short report on stderr. An unreadable, encrypted or malformed export is
 * exit 1 with the reason; the reason never quotes the file.
 */
import { readFileSync } from 'node:fs';
import { getProvider } from '../../catalog/index.js';
import { importErrorText, importExport, parseMap, skipText } from '../../engine/index.js';
import { IMPORT_FORMATS, type ImportFormatOption, type ImportReport } from '../../model/index.js';
import { type Lang, listOf, text } from '../../text/index.js';
import { onePositional, parseCommand, thenUsage, usageOf } from '../args.js';
import { InputError, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { readMap } from '../read-map.js';

const FORMATS = ['auto', ...IMPORT_FORMATS] as const;
const USAGE = usageOf(`banradius import FILE [--format ${FORMATS.join('|')}] [--into MAP.json]`);

const isFormat = (s: string): s is ImportFormatOption => (FORMATS as readonly string[]).includes(s);

/** The report in a few lines: counts, the recognised providers by name, and every skipped record with why. */
export function reportLines(report: ImportReport, lang: Lang): string[] {
  const t = text(lang).imports.report;
  const names = report.recognised.map(({ provider, count }) => {
    const name = getProvider(provider)?.names[lang] ?? provider;
    return count > 1 ? `${name} ×${count}` : name;
  });
  const lines = [
    t.logins(report.logins),
    t.recognised(report.recognised.length, listOf(names, lang)),
    t.created(report.accountsCreated),
  ];
  if (report.accountsMatched > 0) lines.push(t.matched(report.accountsMatched));
  if (report.duplicatesMerged > 0) lines.push(t.merged(report.duplicatesMerged));
  if (report.skipped.length > 0) {
    lines.push(t.skipped(report.skipped.length));
    for (const s of report.skipped) lines.push(t.skippedRow(s.row, skipText(s, lang)));
  }
  return lines;
}

export function importCommand(args: string[], io: Io): number {
  const parsed = parseCommand(
    args,
    { format: { type: 'string', short: 'f' }, into: { type: 'string' } },
    USAGE,
  );
  const file = onePositional(parsed.positionals, USAGE);
  const format = parsed.values.format ?? 'auto';
  if (!isFormat(format))
    throw new UsageError(
      thenUsage((t, lang) => t.unknownFormat(format, listOf([...FORMATS], lang, 'unit')), USAGE),
    );
  const into = parsed.values.into === undefined ? undefined : readMap(parsed.values.into).map;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    throw new InputError((t) => t.cannotRead(file, code));
  }
  const result = importExport(bytes, { format, lang: io.lang, ...(into ? { into } : {}) });
  bytes.fill(0); // NOTE: the export's bytes (passwords included) are not kept around any longer than needed
  if (!result.ok) {
    const error = result.error;
    throw new InputError((_t, lang) => `${file}: ${importErrorText(error, lang)}`);
  }
  const checked = parseMap(result.map);
  if (!checked.ok) throw new Error(`import built an invalid map: ${checked.validation.errors[0]?.code}`);
  io.out(JSON.stringify(result.map, null, 2));
  for (const line of reportLines(result.report, io.lang)) io.err(line);
  return 0;
}
