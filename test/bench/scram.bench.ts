/**
 * Side by side with SCRAM (DESIGN §12), when /usr/bin/scram exists: random Aralia-like fault trees (AND/OR
 * gates over shared basic events) written both as Open-PSA MEF XML and as maps (basic events as roots, an OR
 * gate as one way requiring every child, an AND gate as one way per child). The minimal cut sets of the top
 * event at order 3 must be the same; the figures are banradius (in process, and through the CLI) over SCRAM.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { XMLParser } from 'fast-xml-parser';
import { compile, targetRisk } from '../../src/engine/index.js';
import type { Account, BindingMap } from '../../src/model/index.js';
import { lcg } from './generate.js';

const SCRAM = '/usr/bin/scram';

/** A fault tree: gate i has children among gates j > i and basic events, so it is a DAG rooted at gate 0. */
export interface FaultTree {
  gates: { op: 'and' | 'or'; children: string[] }[];
  events: number;
}

/**
 * A random tree of `nodes` nodes (about 40% basic events), each gate with 2–4 children, a third of them
 * events shared with other gates, one gate in three an AND (Aralia's trees mix both about so).
 */
export function generateFaultTree(nodes: number, seed: number): FaultTree {
  const rnd = lcg(seed);
  const events = Math.round(nodes * 0.4);
  const gateCount = nodes - events;
  const used = new Uint8Array(events);
  const gates: FaultTree['gates'] = [];
  for (let i = 0; i < gateCount; i++) {
    const arity = 2 + Math.floor(rnd() * 3);
    const children = new Set<string>();
    while (children.size < arity) {
      const pickGate = i + 1 < gateCount && rnd() < 0.45;
      if (pickGate) children.add(`G${i + 1 + Math.floor(rnd() * Math.min(12, gateCount - i - 1))}`);
      else {
        const e = Math.floor(rnd() * events);
        used[e] = 1;
        children.add(`B${e}`);
      }
    }
    gates.push({ op: rnd() < 0.35 ? 'and' : 'or', children: [...children] });
  }
  // Every gate but the top hangs under an earlier one (so the whole tree is below the top event).
  for (let i = 1; i < gateCount; i++)
    if (!gates.slice(0, i).some((g) => g.children.includes(`G${i}`)))
      gates[Math.floor(rnd() * i)]!.children.push(`G${i}`);
  return { gates, events };
}

/** The tree as Open-PSA MEF XML (basic events with a probability, so SCRAM accepts the model). */
export function treeToMef(t: FaultTree): string {
  const child = (c: string) => (c.startsWith('G') ? `<gate name="${c}"/>` : `<basic-event name="${c}"/>`);
  const gates = t.gates.map(
    (g, i) => `<define-gate name="G${i}"><${g.op}>${g.children.map(child).join('')}</${g.op}></define-gate>`,
  );
  const events = Array.from(
    { length: t.events },
    (_, e) => `<define-basic-event name="B${e}"><float value="0.01"/></define-basic-event>`,
  );
  return `<?xml version="1.0"?>\n<opsa-mef><define-fault-tree name="FT">${gates.join('')}</define-fault-tree><model-data>${events.join('')}</model-data></opsa-mef>\n`;
}

/** The tree as a map: events are roots; an OR gate fails when any child does, an AND gate when all do. */
export function treeToMap(t: FaultTree): BindingMap {
  const accounts: Account[] = Array.from({ length: t.events }, (_, e) => ({
    id: `B${e}`,
    kind: 'device',
    label: `B${e}`,
  }));
  t.gates.forEach((g, i) => {
    const req = (c: string) => ({ account: c });
    const ways =
      g.op === 'or' ? [{ requires: g.children.map(req) }] : g.children.map((c) => ({ requires: [req(c)] }));
    accounts.push({ id: `G${i}`, kind: 'service', label: `G${i}`, ways });
  });
  return { version: 1, title: 'fault tree', accounts };
}

/** The minimal cut sets of the top event in SCRAM's report, as sorted "B1 B7" strings. */
function scramProducts(reportXml: string): string[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['product', 'basic-event'].includes(name),
  });
  const doc = parser.parse(reportXml);
  const sumOf = doc.report.results['sum-of-products'];
  const products: { 'basic-event'?: { '@_name': string }[] }[] = sumOf.product ?? [];
  return products
    .map((p) =>
      (p['basic-event'] ?? [])
        .map((e) => e['@_name'])
        .sort()
        .join(' '),
    )
    .sort();
}

/** Banradius's cut sets of the top gate that hold basic events only (the others name gates, not events). */
function ourProducts(map: BindingMap): string[] {
  const r = targetRisk(compile(map), 'G0', 3);
  const sets = [...r.cutSets.spof.map((a) => [a]), ...r.cutSets.pairs, ...(r.cutSets.triples ?? [])];
  return sets
    .filter((s) => s.every((a) => a.startsWith('B')))
    .map((s) => [...s].sort().join(' '))
    .sort();
}

const wall = (fn: () => unknown, runs: number): number => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
};

/** Figures of the SCRAM comparison (empty with a note when SCRAM is not installed). */
export function benchScram(sizes = [200, 400, 600, 900]): Record<string, string | number> {
  if (!existsSync(SCRAM)) return { scram: 'not installed (apt-get install scram): skipped' };
  const dir = mkdtempSync(join(tmpdir(), 'banradius-scram-'));
  const out: Record<string, string | number> = {};
  let worst = 0;
  for (const nodes of sizes) {
    for (const seed of [1, 2]) {
      const tree = generateFaultTree(nodes, seed * 1000 + nodes);
      const xml = join(dir, `tree-${nodes}-${seed}.xml`);
      const mapFile = join(dir, `tree-${nodes}-${seed}.json`);
      writeFileSync(xml, treeToMef(tree));
      const map = treeToMap(tree);
      writeFileSync(mapFile, JSON.stringify(map));
      const algos = ['--bdd', '--zbdd', '--mocus'];
      const scramMs: Record<string, number> = {};
      let report = '';
      for (const algo of algos) {
        const report1 = join(dir, `report-${algo.slice(2)}.xml`);
        scramMs[algo] = wall(() => execFileSync(SCRAM, [algo, '--limit-order', '3', xml, '-o', report1]), 3);
        if (algo === '--bdd') report = readFileSync(report1, 'utf8');
      }
      const best = Object.entries(scramMs).sort((a, b) => a[1] - b[1])[0]!;
      const theirs = scramProducts(report);
      const ours = ourProducts(map);
      if (JSON.stringify(theirs) !== JSON.stringify(ours))
        throw new Error(`cut sets differ from SCRAM's on a ${nodes}-node tree (seed ${seed})`);
      const inProcess = wall(() => targetRisk(compile(treeToMap(tree)), 'G0', 3), 5);
      const cli = wall(
        () =>
          spawnSync(
            process.execPath,
            ['bin/banradius.js', 'risk', mapFile, '--target', 'G0', '--order', '3', '--json'],
            {
              stdio: 'ignore',
            },
          ),
        3,
      );
      const ratio = inProcess / best[1];
      worst = Math.max(worst, ratio);
      out[`${nodes} nodes #${seed}: ${theirs.length} cut sets, SCRAM ${best[0].slice(2)}`] =
        `${best[1].toFixed(1)} ms; banradius ${inProcess.toFixed(1)} ms in process (${ratio.toFixed(2)}×), CLI ${cli.toFixed(0)} ms`;
    }
  }
  const tiny = join(dir, 'tiny.xml');
  writeFileSync(tiny, treeToMef({ gates: [{ op: 'or', children: ['B0', 'B1'] }], events: 2 }));
  out['SCRAM on a 3-node tree (its start-up)'] =
    `${wall(() => execFileSync(SCRAM, ['--bdd', '--limit-order', '3', tiny, '-o', join(dir, 'tiny-report.xml')]), 3).toFixed(1)} ms`;
  out['worst ratio banradius / SCRAM (target ≤ 1×)'] = `${worst.toFixed(2)}×`;
  return out;
}
