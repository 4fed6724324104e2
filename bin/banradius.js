#!/usr/bin/env node
// Launcher for `npx banradius`: the composition root. `serve` starts the API server (src/api), every other
// command goes to the command line (src/cli); the two shells never import each other (DESIGN §6).
// TypeScript runs through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
if (process.argv[2] === 'serve') {
  const { main } = await import('../src/api/server.ts');
  await main(process.argv.slice(3));
} else {
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
}
