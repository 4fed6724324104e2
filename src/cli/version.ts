/**
 * The version of banradius, read from its package.json: the nearest one above this file, so the same code finds
 * it when run from the sources (src/cli) and from the compiled package (dist/src/cli).
 */
import { readFileSync } from 'node:fs';

function readVersion(): string {
  for (let dir = new URL('.', import.meta.url); ; dir = new URL('..', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'banradius' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // NOTE: no package.json at this level; keep climbing.
    }
    if (dir.pathname === '/') return '0.0.0';
  }
}

/** `0.1.0`: the version in package.json. */
export const VERSION = readVersion();
