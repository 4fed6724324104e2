/**
 * @module The mistakes node's `util.parseArgs` reports (an unknown option, a missing value …), read from its
 * error code and the option or argument its message quotes, worded in the catalogue's language. Shared by both
 * shells (`serve` in src/api, every other command in src/cli). Pure: it only reads the error it is given.
 */
import type { Catalogue } from './catalogue.js';
import { en } from './en/index.js';
import type { Lang } from './lang.js';
import { zh } from './zh/index.js';

const BY_LANG: Record<Lang, Catalogue> = { zh, en };

/** A parseArgs mistake: what kind, and the option (`--port`) or argument it concerns. */
export interface ArgProblem {
  kind: 'unknownOption' | 'missingValue' | 'takesNoValue' | 'dashValue' | 'unexpectedArgument';
  name: string;
}

/** The first quoted word of node's message: `Unknown option '--x'. …` → `--x`. */
const quoted = (message: string) => /'([^']*)'/.exec(message)?.[1] ?? '';
/** The long option named in `Option '-p, --port <value>' argument missing`, else the quoted word. */
const option = (message: string) => /(--[\w-]+)/.exec(quoted(message))?.[1] ?? quoted(message).split(' ')[0]!;

/** The problem of a parseArgs error, or undefined for any other error. */
export function argProblem(e: unknown): ArgProblem | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const { code, message } = e as { code?: unknown; message?: unknown };
  if (typeof message !== 'string') return undefined;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { kind: 'unknownOption', name: quoted(message) };
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return { kind: 'unexpectedArgument', name: quoted(message) };
  if (code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return undefined;
  if (message.includes('does not take an argument')) return { kind: 'takesNoValue', name: option(message) };
  if (message.includes('ambiguous')) return { kind: 'dashValue', name: option(message) };
  return { kind: 'missingValue', name: option(message) };
}

/** A parseArgs error in words; any other error by its own message. */
export function argErrorText(e: unknown, lang: Lang): string {
  const p = argProblem(e);
  if (p === undefined) return e instanceof Error ? e.message : String(e);
  return BY_LANG[lang].cli.args[p.kind](p.name);
}
