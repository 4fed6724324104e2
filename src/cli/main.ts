/**
 * The command line (DESIGN §8). `main(argv)` dispatches to one command and returns the exit code:
 * 0 success, 1 bad input (file and JSON path named), 2 usage. `serve` is routed by src/launch.ts.
 */

import { text } from '../text/index.js';
import { backupCommand } from './commands/backup.js';
import { exportCommand } from './commands/export.js';
import { impactCommand } from './commands/impact.js';
import { importCommand } from './commands/import.js';
import { mapsCommand } from './commands/maps.js';
import { restoreCommand } from './commands/restore.js';
import { riskCommand } from './commands/risk.js';
import { takeoverCommand } from './commands/takeover.js';
import { timelineCommand } from './commands/timeline.js';
import { validateCommand } from './commands/validate.js';
import { formatIssues, InputError, UsageError } from './errors.js';
import { terminalLang } from './i18n.js';
import type { Io } from './io.js';
import { VERSION } from './version.js';

type Command = (args: string[], io: Io) => number | Promise<number>;

/** Every command but `serve`; other modules add theirs here. */
export const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  impact: impactCommand,
  export: exportCommand,
  risk: riskCommand,
  import: importCommand,
  takeover: takeoverCommand,
  timeline: timelineCommand,
  maps: mapsCommand,
  backup: backupCommand,
  restore: restoreCommand,
};

const defaultIo = (): Io => ({
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  lang: terminalLang(),
  env: process.env,
});

/** Runs one command line; never throws for expected errors, returns the exit code. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  const t = text(io.lang).cli;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(t.help(VERSION));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(VERSION);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new UsageError((w) => `${w.unknownCommand(name)}\n\n${w.help(VERSION)}`);
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.textIn(io.lang));
      return 2;
    }
    if (e instanceof InputError) {
      const head = e.textIn(io.lang);
      io.err(e.issues.length > 0 ? `${head}\n${formatIssues(e.file, e.issues, io.lang, e.doc)}` : head);
      return 1;
    }
    throw e;
  }
}
