#!/usr/bin/env node
// Runs before `npm test`: the browser tests drive Debian's Chromium through playwright-core (never a downloaded
// browser). On a fresh Debian machine where it is missing and we may use apt-get, install it; otherwise say how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.BANRADIUS_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(`${CHROMIUM} is missing: installing Debian's chromium and CJK fonts (about 30 s)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], {
      stdio: 'inherit',
      env,
    });
  } else {
    console.error(
      `The browser tests need Chromium at ${CHROMIUM}. Install it (Debian: sudo apt-get install chromium fonts-noto-cjk) or set BANRADIUS_CHROMIUM.`,
    );
    process.exit(1);
  }
}
