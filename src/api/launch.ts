/**
 * @module What `banradius serve` keeps in the data directory besides the store: the token file (0600, reused
 * across launches so a bookmarked launch URL keeps working; written to a side file, synced, then renamed into
 * place, so a failed write never leaves an empty or partial token) and the lock file naming the serving
 * process (a second server on the same data directory refuses to start; a lock left by a dead process is
 * taken over).
 */
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { type LaunchProblem, text } from '../text/index.js';
import { TOKEN_RE } from './guard.js';

export const TOKEN_FILE = 'token';
export const LOCK_FILE = 'serve.lock';

/** A start-up failure: what could not be done, worded by src/text (`serve.launch`); the message is the English. */
export class LaunchError extends Error {
  override readonly name = 'LaunchError';
  constructor(
    readonly problem: LaunchProblem,
    options?: ErrorOptions,
  ) {
    super(text('en').serve.launch(problem), options);
  }
}

/** A file problem of `kind` at `path`, from the system error. */
const fileProblem = (kind: 'token' | 'lock', path: string, e: unknown): LaunchProblem => ({
  kind,
  path,
  code: (e as NodeJS.ErrnoException).code,
  detail: (e as Error).message,
});

/** The token of an earlier launch, if `<dataDir>/token` holds a well-formed one. */
export function readToken(dataDir: string): string | undefined {
  try {
    const t = readFileSync(join(dataDir, TOKEN_FILE), 'utf8').trim();
    return TOKEN_RE.test(t) ? t : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `<dataDir>/token` (0600) atomically; throws a LaunchError saying why it cannot. */
export function writeToken(dataDir: string, token: string): void {
  const path = join(dataDir, TOKEN_FILE);
  const side = `${path}.new`;
  try {
    const fd = openSync(side, 'w', 0o600);
    try {
      fchmodSync(fd, 0o600);
      writeSync(fd, token);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(side, path);
  } catch (e) {
    try {
      unlinkSync(side);
    } catch {
      // never created
    }
    throw new LaunchError(fileProblem('token', path, e), { cause: e });
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes `<dataDir>/serve.lock` for this process; a LaunchError if a live process holds it. */
export function acquireLock(dataDir: string): { release(): void } {
  const path = join(dataDir, LOCK_FILE);
  const mine = String(process.pid);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, mine);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0)
        throw new LaunchError(fileProblem('lock', path, e), { cause: e });
      let pid = Number.NaN;
      try {
        pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
      } catch {
        // unreadable: treated as stale
      }
      if (Number.isInteger(pid) && pid > 0 && alive(pid))
        throw new LaunchError({ kind: 'busy', dir: dataDir, pid });
      unlinkSync(path); // a lock left by a process that died: take it over
    }
  }
  return {
    release() {
      try {
        if (readFileSync(path, 'utf8') === mine) unlinkSync(path);
      } catch {
        // already gone
      }
    },
  };
}
