/** `banradius validate MAP.json`: prints every error and warning with its JSON path; exit 1 on errors. */
import { parseMap } from '../../engine/index.js';
import { text } from '../../text/index.js';
import { onePositional, parseCommand, usageOf } from '../args.js';
import { formatIssues } from '../errors.js';
import type { Io } from '../io.js';
import { readJsonFile } from '../read-map.js';

export function validateCommand(args: string[], io: Io): number {
  const t = text(io.lang).cli;
  const usage = usageOf('banradius validate MAP.json');
  const file = onePositional(parseCommand(args, {}, usage).positionals, usage);
  const doc = readJsonFile(file);
  const { errors, warnings } = parseMap(doc).validation;
  if (errors.length > 0) io.err(formatIssues(file, errors, io.lang, doc));
  if (warnings.length > 0) io.err(formatIssues(file, warnings, io.lang, doc).replace(/^/gm, `${t.warning} `));
  if (errors.length > 0) return 1;
  io.out(t.valid(file));
  return 0;
}
