/**
 * @module Exports of a map as a file (DESIGN §7, §8): pretty JSON, Graphviz DOT, GraphML, a Mermaid
 * flowchart, an SVG picture and the risk report as Markdown, each rendered from the redacted map when asked
 * (one redaction for every format, DESIGN §11). Edges run from a required account to the account that needs
 * it (roots on the left); a way with two or more requirements becomes a small AND node.
 */
import type { Account, BindingMap, Way } from '../model/index.js';
import { compile } from './compile.js';
import type { Lang } from './describe.js';
import { redactMap } from './redact.js';
import { risk } from './risk.js';
import { riskMarkdown } from './risk-markdown.js';
import { KIND_COLORS, mapSvg } from './svg.js';
import { cleanText as clean, xmlText as xml } from './text-escape.js';

export const EXPORT_FORMATS = ['json', 'dot', 'graphml', 'mermaid', 'svg', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Options of {@link exportMap}. */
export interface ExportOptions {
  /** Render the redacted map (see `redactMap`): ids renamed, personal data masked. Default false. */
  redact?: boolean;
  /** The language of the risk report (`markdown`). Default "en". */
  lang?: Lang;
}

/** An exported file: its media type, a suggested file name and its text. */
export interface ExportFile {
  contentType: string;
  filename: string;
  body: string;
}

/** One edge of the drawing: `from` → `to`, with the capability it carries. */
interface Edge {
  from: string;
  to: string;
  capability: string;
  /** The capability this edge's way opens, for capability ways. */
  opens?: string;
  way?: string;
}

/** An AND node: one way with two or more requirements. */
interface AndNode {
  id: string;
  account: string;
  opens?: string;
  label?: string;
}

/** The drawing of a map, independent of the output syntax. Ids of AND nodes contain `#`, which no id may. */
interface Drawing {
  accounts: readonly Account[];
  ands: AndNode[];
  edges: Edge[];
}

function draw(map: BindingMap): Drawing {
  const ands: AndNode[] = [];
  const edges: Edge[] = [];
  const addWay = (a: Account, way: Way, id: string, opens: string | undefined) => {
    const requires = way.requires;
    const extra = {
      ...(opens !== undefined ? { opens } : {}),
      ...(way.label !== undefined ? { way: way.label } : {}),
    };
    if (requires.length === 1) {
      const r = requires[0]!;
      edges.push({ from: r.account, to: a.id, capability: r.capability ?? 'access', ...extra });
    } else if (requires.length > 1) {
      ands.push({
        id,
        account: a.id,
        ...(opens !== undefined ? { opens } : {}),
        ...(way.label !== undefined ? { label: way.label } : {}),
      });
      for (const r of requires) edges.push({ from: r.account, to: id, capability: r.capability ?? 'access' });
      edges.push({ from: id, to: a.id, capability: '', ...extra });
    }
  };
  for (const a of map.accounts) {
    (a.ways ?? []).forEach((w, i) => {
      addWay(a, w, `${a.id}#way${i}`, undefined);
    });
    for (const [cap, ways] of Object.entries(a.capabilityWays ?? {}))
      ways.forEach((w, i) => {
        addWay(a, w, `${a.id}#${cap}#way${i}`, cap);
      });
  }
  return { accounts: map.accounts, ands, edges };
}

const edgeLabel = (e: Edge) => (e.opens === undefined ? e.capability : `${e.capability} → ${e.opens}`.trim());

// ---- DOT ----------------------------------------------------------------------------------------------

/** A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`. */
function dotString(s: string): string {
  return `"${clean(s)
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, '\\n')}"`;
}

function toDot(map: BindingMap): string {
  const d = draw(map);
  const lines = ['digraph banradius {', '  graph [rankdir=LR];'];
  if (map.title !== undefined) lines.push(`  graph [label=${dotString(map.title)}, labelloc=t];`);
  lines.push('  node [shape=box, style="rounded,filled", fontname="sans-serif"];');
  lines.push('  edge [fontname="sans-serif", fontsize=10];');
  for (const a of d.accounts)
    lines.push(
      `  ${dotString(a.id)} [label=${dotString(`${a.label}\n${a.kind}`)}, class=${dotString(`kind-${a.kind}`)}, fillcolor="${KIND_COLORS[a.kind]}"];`,
    );
  for (const n of d.ands) {
    const tip = n.label ?? (n.opens === undefined ? 'way' : `way to ${n.opens}`);
    lines.push(
      `  ${dotString(n.id)} [shape=circle, label="AND", fontsize=8, width=0.3, fixedsize=true, fillcolor="#f3f4f6", tooltip=${dotString(tip)}];`,
    );
  }
  for (const e of d.edges) {
    const attrs = [`label=${dotString(edgeLabel(e))}`];
    if (e.opens !== undefined) attrs.push('style=dashed');
    if (e.way !== undefined) attrs.push(`tooltip=${dotString(e.way)}`);
    lines.push(`  ${dotString(e.from)} -> ${dotString(e.to)} [${attrs.join(', ')}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

// ---- GraphML ------------------------------------------------------------------------------------------

const data = (key: string, value: string | undefined) =>
  value === undefined ? '' : `<data key="${key}">${xml(value)}</data>`;

function toGraphml(map: BindingMap): string {
  const d = draw(map);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="d0" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="d1" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="d2" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="d3" for="node" attr.name="provider" attr.type="string"/>',
    '  <key id="d4" for="node" attr.name="opens" attr.type="string"/>',
    '  <key id="d5" for="edge" attr.name="capability" attr.type="string"/>',
    '  <key id="d6" for="edge" attr.name="opens" attr.type="string"/>',
    '  <key id="d7" for="edge" attr.name="way" attr.type="string"/>',
    '  <key id="d8" for="graph" attr.name="title" attr.type="string"/>',
    '  <graph id="banradius" edgedefault="directed">',
  ];
  if (map.title !== undefined) out.push(`    ${data('d8', map.title)}`);
  for (const a of d.accounts)
    out.push(
      `    <node id="${xml(a.id)}">${data('d0', a.label)}${data('d1', a.kind)}${data('d2', 'account')}${data('d3', a.provider)}</node>`,
    );
  for (const n of d.ands)
    out.push(
      `    <node id="${xml(n.id)}">${data('d0', n.label ?? 'AND')}${data('d2', 'and')}${data('d4', n.opens)}</node>`,
    );
  d.edges.forEach((e, i) => {
    out.push(
      `    <edge id="e${i}" source="${xml(e.from)}" target="${xml(e.to)}">${data('d5', e.capability || undefined)}${data('d6', e.opens)}${data('d7', e.way)}</edge>`,
    );
  });
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}

// ---- Mermaid ------------------------------------------------------------------------------------------

/** A Mermaid quoted label: characters Mermaid or HTML would interpret become `#code;` entities. */
function mermaidString(s: string): string {
  const escaped = clean(s)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/["#&<>|`]/g, (c) => `#${c.codePointAt(0)};`);
  return `"${escaped}"`;
}

function toMermaid(map: BindingMap): string {
  const d = draw(map);
  const ids = new Map<string, string>();
  d.accounts.forEach((a, i) => {
    ids.set(a.id, `a${i}`);
  });
  d.ands.forEach((n, i) => {
    ids.set(n.id, `w${i}`);
  });
  const lines = ['flowchart LR'];
  for (const a of d.accounts) lines.push(`  ${ids.get(a.id)}[${mermaidString(`${a.label} (${a.kind})`)}]`);
  for (const n of d.ands) lines.push(`  ${ids.get(n.id)}((${mermaidString('AND')}))`);
  for (const e of d.edges) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (from === undefined || to === undefined) continue; // a dangling reference in an unvalidated map
    const label = edgeLabel(e);
    const arrow = e.opens === undefined ? '-->' : '-.->';
    lines.push(`  ${from} ${arrow}${label === '' ? '' : `|${mermaidString(label)}|`} ${to}`);
  }
  for (const [kind, color] of Object.entries(KIND_COLORS)) {
    const members = d.accounts.filter((a) => a.kind === kind).map((a) => ids.get(a.id));
    if (members.length === 0) continue;
    lines.push(`  classDef ${kind} fill:${color},stroke:#6b7280`);
    lines.push(`  class ${members.join(',')} ${kind}`);
  }
  return `${lines.join('\n')}\n`;
}

// ---- entry point --------------------------------------------------------------------------------------

/**
 * Renders a validated map as a file in one format; with `redact`, the redacted map. Pure: the same map and
 * options always give the same bytes.
 */
export function exportMap(map: BindingMap, format: ExportFormat, options: ExportOptions = {}): ExportFile {
  const m = options.redact ? redactMap(map) : map;
  switch (format) {
    case 'json':
      return {
        contentType: 'application/json; charset=utf-8',
        filename: 'banradius-map.json',
        body: `${JSON.stringify(m, null, 2)}\n`,
      };
    case 'dot':
      return {
        contentType: 'text/vnd.graphviz; charset=utf-8',
        filename: 'banradius-map.dot',
        body: toDot(m),
      };
    case 'graphml':
      return {
        contentType: 'application/graphml+xml; charset=utf-8',
        filename: 'banradius-map.graphml',
        body: toGraphml(m),
      };
    case 'mermaid':
      return { contentType: 'text/plain; charset=utf-8', filename: 'banradius-map.mmd', body: toMermaid(m) };
    case 'svg':
      return {
        contentType: 'image/svg+xml; charset=utf-8',
        filename: 'banradius-graph.svg',
        body: mapSvg(m).svg,
      };
    case 'markdown':
      return {
        contentType: 'text/markdown; charset=utf-8',
        filename: 'banradius-risk.md',
        body: riskMarkdown(m, risk(compile(m)), options.lang ?? 'en'),
      };
  }
}
