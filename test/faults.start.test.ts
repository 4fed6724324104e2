// `banradius serve` when it cannot start (issue 14): --data is a file, the token file cannot be written (a
// directory in the way, a full disk, no permission), another server holds the data directory. Each exits 1
// with the reason, leaves nothing listening and no empty token behind. And the token is reused across
// launches (DESIGN §11), rotated by --new-token; a lock left by a killed server is taken over.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/browser.js';

const BIN = join(ROOT, 'bin', 'banradius.js');
const children: ChildProcess[] = [];
const mounts: string[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const m of mounts) execFileSync('umount', [m]);
});

interface Run {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
}

function serve(args: string[]): Run {
  // NOTE: the reasons are matched in English, whatever the locale running the tests.
  const child = spawn(process.execPath, [BIN, 'serve', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_ALL: 'C' },
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (c) => {
    out += c;
  });
  child.stderr!.on('data', (c) => {
    err += c;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out: () => out, err: () => err, exited };
}

async function launched(run: Run): Promise<{ port: number; token: string }> {
  const deadline = Date.now() + 30_000;
  while (!/open http/.test(run.out()) && Date.now() < deadline && run.child.exitCode === null)
    await new Promise((r) => setTimeout(r, 50));
  const m = /open http:\/\/127\.0\.0\.1:(\d+)\/#token=(\S+)$/m.exec(run.out());
  expect(m, run.out() + run.err()).not.toBeNull();
  return { port: Number(m![1]), token: m![2]! };
}

/** A free port, closed again (so a refused start can be shown to leave it closed). */
async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(true));
  });

/** Starts with `--data dir`, expects exit 1 with `reason` on stderr, the port closed and no token file. */
async function failsToStart(dir: string, reason: RegExp) {
  const port = await freePort();
  const run = serve(['--port', String(port), '--data', dir]);
  expect(await run.exited).toBe(1);
  expect(run.err()).toMatch(reason);
  expect(run.out()).not.toContain('open http');
  expect(await refused(port)).toBe(true);
}

const isRoot = process.getuid?.() === 0;
/** A read-only file system (root), to deny a write even to root. */
function readOnlyDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'banradius-ro-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}

describe('a start that cannot succeed', () => {
  it('exits 1 when --data is a file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'banradius-start-')), 'not-a-dir');
    writeFileSync(file, 'x');
    await failsToStart(file, /cannot use .*not-a-dir as the data directory: it is a file/);
  });

  it('exits 1 when a directory stands where the token file goes, leaving no token file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'banradius-start-'));
    mkdirSync(join(dir, 'token'));
    await failsToStart(dir, /cannot write the token file .*token: a directory is in the way/);
    expect(existsSync(join(dir, 'token.new'))).toBe(false);
    expect(existsSync(join(dir, 'serve.lock'))).toBe(false);
  });

  it('exits 1 when the disk is full, leaving no empty token file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'banradius-start-'));
    symlinkSync('/dev/full', join(dir, 'token.new')); // every write there fails with ENOSPC
    await failsToStart(dir, /cannot write the token file .*: the disk is full/);
    expect(existsSync(join(dir, 'token'))).toBe(false);
  });

  it('exits 1 when writing is not permitted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'banradius-start-'));
    if (isRoot) {
      // root may write anywhere on a writable file system: point the token's side file into a read-only one
      symlinkSync(join(readOnlyDir(), 'token'), join(dir, 'token.new'));
      await failsToStart(dir, /cannot write the token file .*: the file system is read-only/);
    } else {
      mkdirSync(join(dir, 'data'));
      chmodSync(join(dir, 'data'), 0o500);
      await failsToStart(join(dir, 'data'), /permission denied/);
    }
    expect(existsSync(join(dir, 'token'))).toBe(false);
  });
});

describe('one server per data directory, and one token across launches', () => {
  it('refuses a second server on the same data directory, takes over the lock of a killed one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'banradius-start-'));
    const first = serve(['--port', '0', '--data', dir]);
    const { token } = await launched(first);
    expect(readFileSync(join(dir, 'serve.lock'), 'utf8')).toBe(String(first.child.pid));
    await failsToStart(dir, new RegExp(`in use by another banradius serve \\(pid ${first.child.pid}\\)`));
    expect(readFileSync(join(dir, 'token'), 'utf8')).toBe(token); // the second did not overwrite it
    first.child.kill('SIGKILL');
    await first.exited;
    const third = serve(['--port', '0', '--data', dir]);
    expect((await launched(third)).token).toBe(token); // the stale lock taken over, the bookmark still valid
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
    const fourth = serve(['--port', '0', '--data', dir, '--new-token']);
    const rotated = (await launched(fourth)).token;
    expect(rotated).not.toBe(token);
    expect(readFileSync(join(dir, 'token'), 'utf8')).toBe(rotated);
    fourth.child.kill('SIGTERM');
    expect(await fourth.exited).toBe(0);
    expect(readdirSync(dir).sort()).not.toContain('serve.lock');
  }, 60_000);
});
