/**
 * @module `parseMapBytes`: validates and compiles a map document straight from its UTF-8 bytes (scan-map.ts
 * reads them), for maps too large to JSON.parse and walk in time. It answers only when the map is certainly
 * valid, with the map, compiled form and warnings parseMap would give; null means "parse the text and ask
 * parseMap", which gives the errors with their JSON paths. test/scan-parse.properties.test.ts holds it to
 * parseMap on random and mutated documents and bytes.
 */
import type { Issue, JsonPath } from '../model/index.js';
import { assemble, slotLayout, WayWriter } from './compile-parts.js';
import { type ParseResult, scenariosOk } from './fast-parse.js';
import { selfRequirement, unreachableWarnings } from './map-warnings.js';
import { Decline, type Decode, parseJsonBytes } from './scan-lexer.js';
import { type ScannedMap, scanMapBytes } from './scan-map.js';

/** Resolves forward references to accounts; false when one names no account. */
function resolvePending(s: ScannedMap): Int32Array | null {
  const { start, len, hash } = s.pending;
  const out = new Int32Array(start.n);
  for (let k = 0; k < start.n; k++) {
    const a = s.ids.find(start.a[k]!, start.a[k]! + len.a[k]!, hash.a[k]!);
    if (a < 0) return null;
    out[k] = a;
  }
  return out;
}

/** The raw ways of account `a` in compile order: own ways, then capability ways by capability name. */
function wayOrder(s: ScannedMap, a: number, into: number[]): void {
  const { accountFirst, target } = s.ways;
  const first = accountFirst.a[a]!;
  const last = accountFirst.a[a + 1]!;
  into.length = 0;
  let capWays = false;
  for (let w = first; w < last; w++) {
    if (target.a[w] === -1) into.push(w);
    else capWays = true;
  }
  if (!capWays) return;
  // Each capability's ways are one run (one list in the document); runs go in capability-name order.
  const runs: number[] = [];
  for (let w = first; w < last; w++)
    if (target.a[w] !== -1 && (w === first || target.a[w - 1] !== target.a[w])) runs.push(w);
  const name = (w: number) => s.names[target.a[w]!]!;
  runs.sort((x, y) => (name(x) < name(y) ? -1 : name(x) > name(y) ? 1 : 0));
  for (const r of runs) for (let w = r; w < last && target.a[w] === target.a[r]; w++) into.push(w);
}

/** A self-requirement warning with its place in fast-parse's order (own ways first, then document order). */
interface SelfWarning {
  cap: boolean;
  way: number;
  k: number;
  path: JsonPath;
}

/** Compiles a scanned map; null when a requirement or capability way names a capability not provided. */
function compileScanned(s: ScannedMap, resolved: Int32Array): ParseResult | null {
  const { table, ways, names } = s;
  const n = table.ids.length;
  const layout = slotLayout(table);
  const { slotBase, slotHasCapWays, hasWays } = layout;
  const { caps } = table;
  for (let k = 0; k < ways.capKeyAccount.n; k++)
    if (!caps[ways.capKeyAccount.a[k]!]!.includes(names[ways.capKeyName.a[k]!]!)) return null;
  const W = ways.account.n;
  const out = new WayWriter(layout, W, ways.reqAccount.n);
  const accountWayStart = new Int32Array(n + 1);
  const order: number[] = [];
  const selfWarnings: Issue[] = [];
  const mine: SelfWarning[] = [];
  const { reqStart, reqAccount, reqCap, target, ordinal } = ways;
  for (let a = 0; a < n; a++) {
    accountWayStart[a] = out.count;
    wayOrder(s, a, order);
    mine.length = 0;
    for (const w of order) {
      const t = target.a[w]!;
      const cap = t === -1 ? '' : names[t]!;
      const opens = t === -1 ? -1 : slotBase[a]! + caps[a]!.indexOf(cap);
      if (t === -1) hasWays[a] = 1;
      else slotHasCapWays[opens] = 1;
      out.begin(a, opens, ordinal.a[w]!);
      for (let r = reqStart.a[w]!; r < reqStart.a[w + 1]!; r++) {
        const ref = reqAccount.a[r]!;
        const b = ref >= 0 ? ref : resolved[-1 - ref]!;
        const c = reqCap.a[r]!;
        const k = caps[b]!.indexOf(c < 0 ? 'access' : names[c]!);
        if (k < 0) return null;
        out.require(slotBase[b]! + k);
        if (b === a) {
          const at = t === -1 ? ['ways'] : ['capabilityWays', cap];
          const path = ['accounts', a, ...at, ordinal.a[w]!, 'requires', r - reqStart.a[w]!];
          mine.push({ cap: t !== -1, way: w, k: r, path });
        }
      }
      out.end();
    }
    if (mine.length > 0) {
      mine.sort((x, y) => Number(x.cap) - Number(y.cap) || x.way - y.way || x.k - y.k);
      for (const m of mine) selfWarnings.push(selfRequirement(m.path, table.ids[a]!));
    }
  }
  accountWayStart[n] = out.count;
  const compiled = assemble(s.map, table, layout, out, accountWayStart);
  const warnings = [...s.providerWarnings, ...selfWarnings];
  for (const w of unreachableWarnings(compiled)) warnings.push(w);
  return { ok: true, map: s.map, compiled, validation: { ok: true, errors: [], warnings } };
}

/**
 * Validates and compiles a map from its bytes, which must be valid UTF-8 (check first, e.g. with node's
 * `buffer.isUtf8`); null when it is not certainly a valid map (then parse the text and call parseMap).
 */
export function parseMapBytes(bytes: Uint8Array, decode?: Decode): ParseResult | null {
  try {
    const s = scanMapBytes(bytes, decode);
    const resolved = resolvePending(s);
    if (resolved === null) return null;
    if (s.scenarios !== null) {
      const scenarios = parseJsonBytes(bytes, s.scenarios.start, s.scenarios.end);
      if (!scenariosOk(scenarios, s.table)) return null;
      (s.map as { scenarios?: unknown }).scenarios = scenarios;
    }
    return compileScanned(s, resolved);
  } catch (e) {
    if (e instanceof Decline) return null;
    throw e;
  }
}
