/**
 * @module `banradius serve`: listens on 127.0.0.1 only, writes the per-launch token to `<data>/token` (0600),
 * prints the launch URL with the token in its fragment (never sent in a request line, never logged), and
 * shuts down gracefully on SIGINT/SIGTERM. No logging of requests, no outbound requests, no telemetry.
 */
import { closeSync, fchmodSync, fsyncSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { ensureDataDir } from '../store/data-dir.js';
import { openStore, type Store } from '../store/index.js';
import { type AppOptions, buildApp } from './app.js';
import { newToken, TOKEN_RE } from './guard.js';
import { mapsRoutes } from './routes/maps.js';

export const DEFAULT_PORT = 4178;
const HOST = '127.0.0.1';

/** Options of {@link startServer}. */
export interface ServerOptions
  extends Partial<Pick<AppOptions, 'webRoot' | 'store' | 'plugins' | 'onInternalError'>> {
  /** Default 4178; 0 picks a free port. */
  port?: number;
  /** Default: a fresh 256-bit token. */
  token?: string;
  /** Write the token to `<dataDir>/token` (0600) and remove it on close. */
  dataDir?: string;
  /** Last-minute additions to the app before it listens (benchmarks add an echo route here). */
  configure?: (app: FastifyInstance) => void | Promise<void>;
}

/** A running server. */
export interface RunningServer {
  app: FastifyInstance;
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  token: string;
  /** The launch URL: the UI with the token in its fragment. */
  launchUrl: string;
  close(): Promise<void>;
}

/** Writes the token file with mode 0600 (also when it already exists) and syncs it to disk. */
function writeTokenFile(path: string, token: string): void {
  const fd = openSync(path, 'w', 0o600);
  try {
    fchmodSync(fd, 0o600);
    writeSync(fd, token);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Removes the token file if it still holds this launch's token (a newer launch may have replaced it). */
function removeTokenFile(path: string, token: string): void {
  try {
    if (readFileSync(path, 'utf8') === token) unlinkSync(path);
  } catch {
    // already gone
  }
}

/** Builds the app, listens on 127.0.0.1 and returns how to reach and stop it. For `serve`, tests and benchmarks. */
export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const token = opts.token ?? newToken();
  const port = opts.port ?? DEFAULT_PORT;
  const app = await buildApp({
    token,
    port,
    ...(opts.webRoot !== undefined ? { webRoot: opts.webRoot } : {}),
    ...(opts.store !== undefined ? { store: opts.store } : {}),
    ...(opts.plugins !== undefined ? { plugins: opts.plugins } : {}),
    ...(opts.onInternalError !== undefined ? { onInternalError: opts.onInternalError } : {}),
  });
  await opts.configure?.(app);
  await app.listen({ host: HOST, port });
  const address = app.server.address();
  const actual = address !== null && typeof address === 'object' ? address.port : port;
  const tokenFile = opts.dataDir !== undefined ? join(opts.dataDir, 'token') : undefined;
  if (tokenFile) writeTokenFile(tokenFile, token);
  const url = `http://${HOST}:${actual}`;
  let closing: Promise<void> | undefined;
  return {
    app,
    url,
    port: actual,
    token,
    launchUrl: `${url}/#token=${token}`,
    close() {
      closing ??= app.close().finally(() => {
        if (tokenFile) removeTokenFile(tokenFile, token);
      });
      return closing;
    },
  };
}

const USAGE = 'usage: banradius serve [--port 4178] [--data DIR] [--token T]';

/** `banradius serve [--port 4178] [--data DIR] [--token T]`; sets process.exitCode (2 for usage errors). */
export async function main(argv: string[]): Promise<void> {
  let values: { port?: string; data?: string; token?: string; help?: boolean };
  try {
    values = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        token: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!/^\d{1,5}$/.test(values.port ?? '0') || port > 65_535) {
    process.stderr.write(`--port must be a number from 0 to 65535\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (values.token !== undefined && !TOKEN_RE.test(values.token)) {
    process.stderr.write(`--token must be 16 to 512 characters of A-Z a-z 0-9 . _ ~ + / = -\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }

  const dataDir = ensureDataDir(values.data);
  let store: Store;
  try {
    store = openStore(dataDir);
  } catch (e) {
    process.stderr.write(`banradius: cannot open the map store: ${(e as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  let server: RunningServer;
  try {
    server = await startServer({
      port,
      dataDir,
      store,
      plugins: [mapsRoutes],
      ...(values.token !== undefined ? { token: values.token } : {}),
      onInternalError: (error, request) => {
        // The route and the stack only: messages and bodies may hold personal data, and never the token.
        const stack = error instanceof Error ? (error.stack ?? '').split('\n').slice(1).join('\n') : '';
        const name = error instanceof Error ? error.name : typeof error;
        process.stderr.write(
          `banradius: internal error in ${request.method} ${request.routeOptions.url ?? '(no route)'}: ${name}\n${stack}\n`,
        );
      },
    });
  } catch (e) {
    store.close();
    const code = (e as NodeJS.ErrnoException).code;
    process.stderr.write(
      code === 'EADDRINUSE'
        ? `banradius: port ${port} is in use; try --port 0 for a free one\n`
        : `banradius: cannot start: ${(e as Error).message}\n`,
    );
    process.exitCode = 1;
    return;
  }

  process.stdout.write(`banradius: open ${server.launchUrl}\n`);
  process.stdout.write(
    `banradius: API token in ${join(dataDir, 'token')}; docs at ${server.url}/api/v1/docs\n`,
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130); // a second Ctrl-C: stop now
    stopping = true;
    process.stdout.write(`banradius: ${signal}, shutting down\n`);
    server
      .close()
      .finally(() => store.close())
      .then(
        () => {
          process.exitCode = 0;
        },
        () => {
          process.exitCode = 1;
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
