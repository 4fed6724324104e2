/** Argument parsing shared by the commands: node's parseArgs, with every mistake turned into a UsageError (exit 2). */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `args` against `options`; an unknown or malformed option is a UsageError followed by `usage`. */
export function parseCommand<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${usage}`);
  }
}

/** The single positional argument (a file), or a UsageError when there is none or more than one. */
export function onePositional(positionals: string[], usage: string): string {
  const [first] = positionals;
  if (first === undefined || positionals.length > 1) throw new UsageError(usage);
  return first;
}
