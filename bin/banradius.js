#!/usr/bin/env node
// Runs banradius from the TypeScript sources through tsx, without a build: for a clone (`npm run banradius`) and
// for tests that start the server as a process. The installed package runs the compiled dist/launch.js instead.
import { register } from 'tsx/esm/api';

register();
await import('../src/launch.ts');
