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
import { isStoreError, openStore, type Store } from '../store/index.js';
import { argErrorText, type Lang, langFromEnv, text } from '../text/index.js';
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

const SYNTAX = 'banradius serve [--port 4178] [--data DIR] [--token T | --new-token]';

/** What `serve` was asked for. */
interface ServeArgs {
  port: number;
  data: string | undefined;
  token: string | undefined;
  newToken: boolean;
}

/** What a running `serve` holds besides the server: the data directory, its lock and the store. */
interface Held {
  dataDir: string;
  lock: { release(): void };
  store: Store;
}

/** A usage mistake: the sentence, then the usage line; exit code 2. */
function usageError(message: string, lang: Lang): undefined {
  process.stderr.write(`${message}\n${text(lang).cli.usage(SYNTAX)}\n`);
  process.exitCode = 2;
  return undefined;
}

/** A start that failed: why, on stderr; exit code 1. */
function fail(message: string): undefined {
  process.stderr.write(`banradius: ${message}\n`);
  process.exitCode = 1;
  return undefined;
}

/** The arguments, or undefined once the usage is printed (`--help`) or a mistake is reported (exit 2). */
function serveArgs(argv: string[], lang: Lang): ServeArgs | undefined {
  const t = text(lang).serve;
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
    return usageError(argErrorText(e, lang), lang);
  }
  if (values.help) {
    process.stdout.write(`${text(lang).cli.usage(SYNTAX)}\n`);
    return undefined;
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!/^\d{1,5}$/.test(values.port ?? '0') || port > 65_535) return usageError(t.badPort, lang);
  if (values.token !== undefined && !TOKEN_RE.test(values.token)) return usageError(t.badToken, lang);
  if (values.token !== undefined && values['new-token']) return usageError(t.tokenOrNew, lang);
  return { port, data: values.data, token: values.token, newToken: values['new-token'] === true };
}

/** The data directory, its lock and the store; undefined once a failure is reported, nothing left held. */
function openData(args: ServeArgs, lang: Lang): Held | undefined {
  const t = text(lang).serve;
  let dataDir: string;
  try {
    dataDir = ensureDataDir(args.data);
  } catch (e) {
    return fail(t.badDataDir(args.data, (e as NodeJS.ErrnoException).code, (e as Error).message));
  }
  let lock: { release(): void };
  try {
    lock = acquireLock(dataDir);
  } catch (e) {
    return fail(e instanceof LaunchError ? t.launch(e.problem) : (e as Error).message);
  }
  try {
    return { dataDir, lock, store: openStore(dataDir) };
  } catch (e) {
    lock.release();
    return fail(t.storeOpen(isStoreError(e) ? text(lang).store.error(e.problem) : (e as Error).message));
  }
}

/** Logs an internal error by its route and stack only: messages and bodies may hold personal data, never the token. */
function logInternalError(lang: Lang): NonNullable<ServerOptions['onInternalError']> {
  return (error, request) => {
    const stack = error instanceof Error ? (error.stack ?? '').split('\n').slice(1).join('\n') : '';
    const name = error instanceof Error ? error.name : typeof error;
    const t = text(lang).serve;
    const route = `${request.method} ${request.routeOptions.url ?? t.noRoute}`;
    process.stderr.write(`banradius: ${t.internalError(route, name)}\n${stack}\n`);
  };
}

/** Listens with the held store; undefined once a failure is reported and everything is released. */
async function listen(args: ServeArgs, held: Held, lang: Lang): Promise<RunningServer | undefined> {
  const t = text(lang).serve;
  const token = args.token ?? (args.newToken ? undefined : readToken(held.dataDir)) ?? newToken();
  try {
    return await startServer({
      port: args.port,
      dataDir: held.dataDir,
      store: held.store,
      plugins: [mapsRoutes],
      token,
      onInternalError: logInternalError(lang),
    });
  } catch (e) {
    held.store.close();
    held.lock.release();
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') return fail(t.portInUse(args.port));
    return fail(e instanceof LaunchError ? t.launch(e.problem) : t.cannotStart((e as Error).message));
  }
}

/** Shuts down gracefully on SIGINT/SIGTERM (a second one stops at once), then releases the store and the lock. */
function stopOnSignals(server: RunningServer, held: Held, lang: Lang): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130); // a second Ctrl-C: stop now
    stopping = true;
    process.stdout.write(`banradius: ${text(lang).serve.stopping(signal)}\n`);
    server
      .close()
      .finally(() => {
        held.store.close();
        held.lock.release();
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

/** `banradius serve [--port 4178] [--data DIR] [--token T | --new-token]`; sets process.exitCode (1 failed start, 2 usage). */
export async function main(argv: string[]): Promise<void> {
  const lang = langFromEnv(process.env);
  const args = serveArgs(argv, lang);
  if (args === undefined) return;
  const held = openData(args, lang);
  if (held === undefined) return;
  const server = await listen(args, held, lang);
  if (server === undefined) return;
  const t = text(lang).serve;
  process.stdout.write(`banradius: ${t.open(server.launchUrl)}\n`);
  process.stdout.write(`banradius: ${t.tokenAt(join(held.dataDir, 'token'), `${server.url}/api/v1/docs`)}\n`);
  stopOnSignals(server, held, lang);
}
