/** Argument parsing shared by the commands: node's parseArgs, with every mistake turned into a UsageError (exit 2). */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { argErrorText } from '../text/index.js';
import { UsageError, type Words } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command's usage line in the terminal's language, from its syntax (`banradius risk MAP.json …`). */
export const usageOf =
  (syntax: string): Words =>
  (t) =>
    t.usage(syntax);

/** `head` followed by the usage line on the next line. */
export function thenUsage(head: Words, usage: Words): Words {
  return (t, lang) => [head, usage].map((w) => (typeof w === 'string' ? w : w(t, lang))).join('\n');
}

/** Parses `args` against `options`; an unknown or malformed option is a UsageError followed by `usage`. */
export function parseCommand<O extends Options>(args: string[], options: O, usage: Words) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(thenUsage((_t, lang) => argErrorText(e, lang), usage));
  }
}

/** The single positional argument (a file), or a UsageError when there is none or more than one. */
export function onePositional(positionals: string[], usage: Words): string {
  const [first] = positionals;
  if (first === undefined || positionals.length > 1) throw new UsageError(usage);
  return first;
}
