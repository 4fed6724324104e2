/** The data directory: `--data DIR`, else the user's data dir for the app (env-paths), created with mode 0700. */
import { chmodSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import envPaths from 'env-paths';

/** Resolves and creates (0700) the data directory. */
export function ensureDataDir(dir?: string): string {
  const path = resolve(dir ?? envPaths('banradius', { suffix: '' }).data);
  mkdirSync(path, { recursive: true, mode: 0o700 });
  chmodSync(path, 0o700);
  return path;
}
