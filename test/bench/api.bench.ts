/**
 * API benchmark (DESIGN §12): `POST /api/v1/impact` on a real case against an echo route returning the same
 * body on the same server (same guard, parser and error handling), each loaded by autocannon from a second
 * process, in alternating rounds (the median round is reported). Reports both throughputs, their ratio
 * (target ≥ 0.5) and p99 latency; then the same with a map that changes on every request (autocannon's
 * id replacement in the title), so every request misses the server's cache of compiled maps.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../src/api/server.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'qq-permanent-ban-2022.map.json');
const ROUNDS = 3;
const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

interface Load {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** Runs autocannon in a child process (so it does not share the server's event loop) and parses its JSON. */
function autocannon(
  url: string,
  bodyFile: string,
  token: string,
  seconds: number,
  connections: number,
  uniqueIds: boolean,
): Promise<Load> {
  const args = [AUTOCANNON, '-c', String(connections), '-d', String(seconds), '-m', 'POST', '-i', bodyFile];
  if (uniqueIds) args.push('-I'); // replaces [<id>] in the body with a fresh id on every request
  args.push('-H', 'content-type=application/json', '-H', `authorization=Bearer ${token}`, '-j', url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => {
      out += c;
    });
    child.stderr.on('data', (c) => {
      err += c;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`autocannon exited ${code}: ${err}`));
      else resolve(JSON.parse(out) as Load);
    });
  });
}

/** Starts the real server on a free port with a benchmark-only echo route, loads both routes, reports. */
export async function benchApi(seconds = 3, connections = 10): Promise<Record<string, string | number>> {
  const map = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const body = JSON.stringify({ map, scenario: map.scenarios[0].id });
  // The same map with a fresh title on every request: each one misses the server's cache of compiled maps.
  const coldBody = JSON.stringify({
    map: { ...map, title: `${map.title} [<id>]` },
    scenario: map.scenarios[0].id,
  });
  const dir = mkdtempSync(join(tmpdir(), 'banradius-bench-'));
  const bodyFile = join(dir, 'body.json');
  const coldFile = join(dir, 'cold.json');
  writeFileSync(bodyFile, body);
  writeFileSync(coldFile, coldBody);
  const server = await startServer({
    port: 0,
    webRoot: false,
    configure: (app) => {
      // Registered only here, behind the same guard: parses the JSON body and serializes it back.
      app.post('/api/v1/__echo', async (request) => request.body);
    },
  });
  try {
    const load = async (path: string, file: string, unique: boolean, secs: number) => {
      const r = await autocannon(`${server.url}${path}`, file, server.token, secs, connections, unique);
      if (r.non2xx > 0 || r.errors > 0) throw new Error(`${path}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      return r;
    };
    const routes = {
      echo: () => load('/api/v1/__echo', bodyFile, false, seconds),
      impact: () => load('/api/v1/impact', bodyFile, false, seconds),
      echoNew: () => load('/api/v1/__echo', coldFile, true, seconds),
      impactNew: () => load('/api/v1/impact', coldFile, true, seconds),
    };
    await load('/api/v1/__echo', bodyFile, false, 1); // warm-up
    await load('/api/v1/impact', coldFile, true, 1);
    // Alternate the routes round by round, so a change in background load hits both sides of each ratio.
    type Round = Record<keyof typeof routes, Load>;
    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const round = {} as Round;
      for (const [name, run] of Object.entries(routes)) round[name as keyof Round] = await run();
      rounds.push(round);
    }
    const same = (r: Round) => r.impact.requests.average / r.echo.requests.average;
    const fresh = (r: Round) => r.impactNew.requests.average / r.echoNew.requests.average;
    const median = (key: (r: Round) => number) =>
      [...rounds].sort((a, b) => key(a) - key(b))[rounds.length >> 1]!;
    const m = median(same);
    const f = median(fresh);
    const rps = (l: Load) => Math.round(l.requests.average);
    const lat = (l: Load) => `${l.latency.p50} / ${l.latency.p99} ms`;
    return {
      'request body bytes': body.length,
      'load per route': `${ROUNDS} alternating rounds of ${seconds} s, ${connections} connections (autocannon, second process)`,
      'echo req/s': rps(m.echo),
      'impact req/s': rps(m.impact),
      'ratio impact / echo (target >= 0.5)': +same(m).toFixed(2),
      'echo latency p50 / p99': lat(m.echo),
      'impact latency p50 / p99': lat(m.impact),
      'new map every request: echo req/s': rps(f.echoNew),
      'new map every request: impact req/s': rps(f.impactNew),
      'new map every request: ratio': +fresh(f).toFixed(2),
      'new map every request: impact p50 / p99': lat(f.impactNew),
      'ratios of every round (same / new map)': rounds
        .map((r) => `${same(r).toFixed(2)}/${fresh(r).toFixed(2)}`)
        .join(' '),
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
