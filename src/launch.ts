#!/usr/bin/env node
/**
 * The composition root behind the `banradius` command: `serve` starts the API server (src/api), every other
 * command goes to the command line (src/cli); the two shells never import each other (DESIGN §6). Each is loaded
 * only when asked for, and `--version` loads neither.
 */
const command = process.argv[2];
if (command === '--version' || command === '-v') {
  // NOTE: answered before the command line loads its commands (the store, the engine), to start in a blink.
  const { VERSION } = await import('./cli/version.js');
  process.stdout.write(`${VERSION}\n`);
} else if (command === 'serve') {
  const { main } = await import('./api/server.js');
  await main(process.argv.slice(3));
} else {
  const { main } = await import('./cli/main.js');
  process.exitCode = await main(process.argv.slice(2));
}
