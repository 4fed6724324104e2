// The real server: startServer on a free port (127.0.0.1 only, Host bound to the actual port, token file
// 0600 kept for the next launch), and `banradius serve` as a process: the launch URL, the UI and API behind
// it, a graceful SIGTERM that removes nothing but its lock, and the same token at the next launch.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../src/api/server.js';

const ROOT = join(import.meta.dirname, '..');

/** A raw HTTP request, so the test controls the Host header (fetch does not let it). */
function call(
  port: number,
  path: string,
  headers: Record<string, string>,
  method = 'GET',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startServer', () => {
  it('listens on 127.0.0.1 only, on a free port with --port 0, and binds Host to that port', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'banradius-serve-'));
    const s = await startServer({ port: 0, dataDir });
    try {
      expect(s.port).toBeGreaterThan(0);
      expect(s.app.server.address()).toMatchObject({ address: '127.0.0.1', port: s.port });
      expect(s.url).toBe(`http://127.0.0.1:${s.port}`);
      expect(s.launchUrl).toBe(`http://127.0.0.1:${s.port}/#token=${s.token}`);
      const auth = { authorization: `Bearer ${s.token}` };
      expect((await call(s.port, '/api/v1/health', { host: `127.0.0.1:${s.port}`, ...auth })).status).toBe(
        200,
      );
      expect((await call(s.port, '/api/v1/health', { host: `localhost:${s.port}`, ...auth })).status).toBe(
        200,
      );
      expect((await call(s.port, '/api/v1/health', { host: '127.0.0.1:0', ...auth })).status).toBe(403);
      expect((await call(s.port, '/api/v1/health', { host: `evil.example:${s.port}`, ...auth })).status).toBe(
        403,
      );
      const tokenFile = join(dataDir, 'token');
      expect(readFileSync(tokenFile, 'utf8')).toBe(s.token);
      expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    } finally {
      await s.close();
    }
    expect(readFileSync(join(dataDir, 'token'), 'utf8')).toBe(s.token); // kept: a bookmark keeps working
  });

  it('tightens an existing token file to 0600 and leaves a newer launch’s token file alone', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'banradius-serve-'));
    writeFileSync(join(dataDir, 'token'), 'old', { mode: 0o644 });
    const s = await startServer({ port: 0, dataDir, token: 'given-token-0123456789' });
    expect(statSync(join(dataDir, 'token')).mode & 0o777).toBe(0o600);
    expect(s.token).toBe('given-token-0123456789');
    writeFileSync(join(dataDir, 'token'), 'a newer launch');
    await s.close();
    expect(readFileSync(join(dataDir, 'token'), 'utf8')).toBe('a newer launch');
  });
});

describe('banradius serve', () => {
  it('prints the launch URL with the token in its fragment, serves it, and shuts down on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'banradius-serve-'));
    writeFileSync(join(dataDir, 'keep.txt'), 'user data');
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin', 'banradius.js'), 'serve', '--port', '0', '--data', dataDir],
      {
        cwd: tmpdir(), // the web UI and everything else are found from the package, not the working directory
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, LC_ALL: 'C' },
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => {
      out += c;
    });
    child.stderr.on('data', (c) => {
      err += c;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 30_000;
    while (!/open (\S+)/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const m = /^banradius: open http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]{43})$/m.exec(out);
    expect(m, out + err).not.toBeNull();
    const port = Number(m![1]);
    const token = m![2]!;
    expect(readFileSync(join(dataDir, 'token'), 'utf8')).toBe(token);

    const page = await call(port, '/', { host: `127.0.0.1:${port}`, 'sec-fetch-site': 'none' });
    expect([200, 503]).toContain(page.status); // 503: web/dist not built in this checkout
    const health = await call(port, '/api/v1/health', {
      host: `127.0.0.1:${port}`,
      authorization: `Bearer ${token}`,
    });
    expect(health.status).toBe(200);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(readFileSync(join(dataDir, 'token'), 'utf8')).toBe(token);
    expect(existsSync(join(dataDir, 'serve.lock'))).toBe(false);
    expect(readFileSync(join(dataDir, 'keep.txt'), 'utf8')).toBe('user data');
    expect(out + err).not.toContain('Authorization');
  });

  it('exits 2 on a bad --port or a weak --token', async () => {
    const runs = [['--port', 'http'], ['--port', '70000'], ['--token', 'short'], ['--nope']].map(
      async (args) => {
        const child = spawn(process.execPath, [join(ROOT, 'bin', 'banradius.js'), 'serve', ...args], {
          stdio: 'ignore',
        });
        const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
        expect(code, args.join(' ')).toBe(2);
      },
    );
    await Promise.all(runs);
  });

  it('says what is wrong and how to call it in the terminal’s language', async () => {
    const run = async (args: string[], lang: string) => {
      const child = spawn(process.execPath, [join(ROOT, 'bin', 'banradius.js'), 'serve', ...args], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, LC_ALL: lang },
      });
      let err = '';
      child.stderr!.on('data', (c) => {
        err += c;
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      return { code, err };
    };
    const [nope, port, en] = await Promise.all([
      run(['--nope'], 'zh_CN.UTF-8'),
      run(['--port', 'http'], 'zh_CN.UTF-8'),
      run(['--port'], 'en_US.UTF-8'),
    ]);
    expect(nope).toEqual({
      code: 2,
      err: expect.stringMatching(/^没有“--nope”这个选项.*\n用法：banradius serve /s),
    });
    expect(port.err).toMatch(/^--port 必须是 0 到 65535 之间的数字\n用法：/);
    expect(en).toEqual({
      code: 2,
      err: expect.stringMatching(/^--port needs a value\nusage: banradius serve /),
    });
  });
});
