/**
 * @module `banradius serve`: takes the data directory's lock, reuses the token of `<data>/token` (0600; a new
 * one with `--new-token`), writes it before listening on 127.0.0.1 only, prints the launch URL with the token
 * in its fragment (never sent in a request line, never logged), and shuts down gracefully on SIGINT/SIGTERM.
 * A start that fails says why, exits 1 and leaves nothing listening. No request logs, no outbound requests.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { ensureDataDir } from '../store/data-dir.js';
import { openStore, type Store } from '../store/index.js';
import { type AppOptions, buildApp } from './app.js';
import { newToken, TOKEN_RE } from './guard.js';
import { acquireLock, LaunchError, readToken, writeToken } from './launch.js';
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
  /** Write the token to `<dataDir>/token` (0600) before listening; it stays there for the next launch. */
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
  try {
    await opts.configure?.(app);
    if (opts.dataDir !== undefined) writeToken(opts.dataDir, token);
    await app.listen({ host: HOST, port });
  } catch (e) {
    await app.close();
    throw e;
  }
  const address = app.server.address();
  const actual = address !== null && typeof address === 'object' ? address.port : port;
  const url = `http://${HOST}:${actual}`;
  let closing: Promise<void> | undefined;
  return {
    app,
    url,
    port: actual,
    token,
    launchUrl: `${url}/#token=${token}`,
    close() {
      closing ??= app.close();
      return closing;
    },
  };
}

const USAGE = 'usage: banradius serve [--port 4178] [--data DIR] [--token T | --new-token]';

/** `banradius serve [--port 4178] [--data DIR] [--token T | --new-token]`; sets process.exitCode (1 failed start, 2 usage). */
export async function main(argv: string[]): Promise<void> {
  let values: { port?: string; data?: string; token?: string; 'new-token'?: boolean; help?: boolean };
  try {
    values = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        token: { type: 'string' },
        'new-token': { type: 'boolean' },
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

  if (values.token !== undefined && values['new-token']) {
    process.stderr.write(`--token and --new-token exclude each other\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const fail = (message: string) => {
    process.stderr.write(`banradius: ${message}\n`);
    process.exitCode = 1;
  };
  let dataDir: string;
  try {
    dataDir = ensureDataDir(values.data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(
      `cannot use ${values.data ?? 'the data directory'} as the data directory: ${code === 'EEXIST' || code === 'ENOTDIR' ? 'it is a file, not a directory' : (code ?? (e as Error).message)}`,
    );
    return;
  }
  let lock: { release(): void };
  try {
    lock = acquireLock(dataDir);
  } catch (e) {
    fail((e as Error).message);
    return;
  }
  let store: Store;
  try {
    store = openStore(dataDir);
  } catch (e) {
    lock.release();
    fail(`cannot open the map store: ${(e as Error).message}`);
    return;
  }
  const token = values.token ?? (values['new-token'] ? undefined : readToken(dataDir)) ?? newToken();
  let server: RunningServer;
  try {
    server = await startServer({
      port,
      dataDir,
      store,
      plugins: [mapsRoutes],
      token,
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
    lock.release();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(`port ${port} is in use; try --port 0 for a free one`);
    else fail(e instanceof LaunchError ? e.message : `cannot start: ${(e as Error).message}`);
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
      .finally(() => {
        store.close();
        lock.release();
      })
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
