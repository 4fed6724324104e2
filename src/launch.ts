#!/usr/bin/env node
/**
 * The composition root behind the `banradius` command: `serve` starts the API server (src/api), every other
 * command goes to the command line (src/cli); the two shells never import each other (DESIGN §6). Each is loaded
 * only when asked for, so `banradius --version` does not load fastify.
 */
if (process.argv[2] === 'serve') {
  const { main } = await import('./api/server.js');
  await main(process.argv.slice(3));
} else {
  const { main } = await import('./cli/main.js');
  process.exitCode = await main(process.argv.slice(2));
}
