/**
 * The command line (DESIGN §8). `main(argv)` dispatches to one command and returns the exit code:
 * 0 success, 1 bad input (file and JSON path named), 2 usage. `serve` is routed by bin/banradius.js.
 */

import { backupCommand } from './commands/backup.js';
import { exportCommand } from './commands/export.js';
import { impactCommand } from './commands/impact.js';
import { mapsCommand } from './commands/maps.js';
import { restoreCommand } from './commands/restore.js';
import { riskCommand } from './commands/risk.js';
import { validateCommand } from './commands/validate.js';
import { formatIssues, InputError, UsageError } from './errors.js';
import { terminalLang } from './i18n.js';
import type { Io } from './io.js';

type Command = (args: string[], io: Io) => number | Promise<number>;

/** Every command but `serve`; other modules add theirs here. */
export const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  impact: impactCommand,
  export: exportCommand,
  risk: riskCommand,
  maps: mapsCommand,
  backup: backupCommand,
  restore: restoreCommand,
};

export const USAGE = `banradius — what a ban cuts off, why, and what it costs

usage:
  banradius serve [--port 4178] [--data DIR] [--token T]
  banradius impact (MAP.json | --map ID [--data DIR]) (--ban ID[:cap,cap]|ID@preset ... | --scenario ID) [--json]
  banradius risk MAP.json [--order 1|2|3] [--json]
  banradius validate MAP.json
  banradius export MAP.json --format json|dot|graphml|mermaid [--redact]
  banradius maps list [--data DIR] [--json]
  banradius backup FILE [--data DIR]
  banradius restore FILE [--data DIR]`;

const defaultIo = (): Io => ({
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  lang: terminalLang(),
  env: process.env,
});

/** Runs one command line; never throws for expected errors, returns the exit code. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new UsageError(`unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(e.issues.length > 0 ? `${e.message}\n${formatIssues(e.file, e.issues)}` : e.message);
      return 1;
    }
    throw e;
  }
}
