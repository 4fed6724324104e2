/** `banradius validate MAP.json`: prints every error and warning with its JSON path; exit 1 on errors. */
import { parseMap } from '../../engine/index.js';
import { onePositional, parseCommand } from '../args.js';
import { formatIssues } from '../errors.js';
import type { Io } from '../io.js';
import { readJsonFile } from '../read-map.js';

export function validateCommand(args: string[], io: Io): number {
  const usage = 'usage: banradius validate MAP.json';
  const file = onePositional(parseCommand(args, {}, usage).positionals, usage);
  const result = parseMap(readJsonFile(file));
  const { errors, warnings } = result.validation;
  if (errors.length > 0) io.err(formatIssues(file, errors));
  if (warnings.length > 0)
    io.err(formatIssues(file, warnings).replace(/^/gm, io.lang === 'zh' ? '警告 ' : 'warning '));
  if (errors.length > 0) return 1;
  io.out(io.lang === 'zh' ? `${file}: 有效` : `${file}: valid`);
  return 0;
}
