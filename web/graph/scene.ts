/**
 * The graph's geometry, without any DOM: where each account sits (layered layout, roots left), how each way
 * enters its account (its own arrow, an AND junction dot when it needs several accounts), and the path of
 * every drawn segment. Pure, so the layout is tested in Node and recomputed on every edit.
 */

import { layeredLayout } from '../../src/engine/layout.js';
import {
  type GraphData,
  type GraphNode,
  type GraphReq,
  type GraphWay,
  requirementLists,
} from './graph-data.js';

export interface NodeDatum extends GraphNode {
  x: number;
  y: number;
  layer: number;
  short: string;
  /** Where outgoing edges start, right of the centre: past the label, so edges never cross it. */
  extent: number;
}

export interface WayDatum extends GraphWay {
  /** Vertical offset where it enters its account, so OR alternatives from one source stay apart. */
  offset: number;
  junction: boolean;
}

export interface Segment {
  /** The way this segment belongs to. */
  way: WayDatum;
  /** A requirement (into the junction or straight into the account) or null for junction → account. */
  req: GraphReq | null;
}

export interface Scene {
  /** In tab order: left to right, top to bottom. */
  nodes: NodeDatum[];
  byId: Map<string, NodeDatum>;
  ways: WayDatum[];
  segments: Segment[];
}

export const NODE_R = 11;
export const LABEL_DX = 9;
const JUNCTION_DX = 64;

const charUnits = (ch: string) => (/[\u1100-\uFFFF]/.test(ch) && !/[\u2000-\u206F]/.test(ch) ? 2 : 1);

/** Truncates a label to `max` width units (CJK and other wide characters count 2), adding an ellipsis. */
export function truncateLabel(label: string, max: number): string {
  let width = 0;
  let out = '';
  for (const ch of label) {
    const w = charUnits(ch);
    if (width + w > max) return `${out.trimEnd()}…`;
    width += w;
    out += ch;
  }
  return out;
}

/** Estimated width in px of a label at the graph's 13px font (a width unit is about 6.7px). */
export function labelWidth(label: string): number {
  let units = 0;
  for (const ch of label) units += charUnits(ch);
  return units * 6.7;
}

/** A stable key of a segment, for data joins and for `data-link`. */
export function segmentKey(seg: Segment): string {
  const req = seg.req ? `${seg.req.account}.${seg.req.capability}` : '';
  return `${seg.way.account}|${seg.way.capability ?? ''}|${seg.way.index}|${req}`;
}

/** Lays out `data`; accounts in `pinned` (moved by hand) keep their place. */
export function buildScene(
  data: GraphData,
  maxLabel: number,
  pinned: ReadonlyMap<string, { x: number; y: number }> = new Map(),
): Scene {
  const shortLabels = new Map(data.nodes.map((n) => [n.id, truncateLabel(n.label, maxLabel)] as const));
  const extent = (id: string) => NODE_R + LABEL_DX + labelWidth(shortLabels.get(id) ?? '') + 4;
  const placed = layeredLayout(
    { ids: data.nodes.map((n) => n.id), ...requirementLists(data) },
    { widthOf: extent },
  );
  const nodes: NodeDatum[] = data.nodes.map((n) => {
    const p = placed.get(n.id) ?? { x: 0, y: 0, layer: 0 };
    const at = pinned.get(n.id) ?? p;
    return { ...n, x: at.x, y: at.y, layer: p.layer, short: shortLabels.get(n.id)!, extent: extent(n.id) };
  });
  nodes.sort((a, b) => a.layer - b.layer || a.y - b.y);
  const byId = new Map(nodes.map((n) => [n.id, n] as const));

  const ways: WayDatum[] = [];
  const waysInto = new Map<string, WayDatum[]>();
  for (const w of data.ways) {
    // A way that requires its own account can never be the way in (validation warns); it gets no arrow.
    const reqs = w.requires.filter((r) => byId.has(r.account) && r.account !== w.account);
    if (reqs.length === 0 || !byId.has(w.account)) continue;
    const d: WayDatum = {
      ...w,
      requires: reqs,
      offset: 0,
      junction: new Set(reqs.map((r) => r.account)).size > 1,
    };
    ways.push(d);
    const list = waysInto.get(w.account) ?? [];
    list.push(d);
    waysInto.set(w.account, list);
  }
  for (const list of waysInto.values()) {
    list.forEach((w, k) => {
      w.offset = (k - (list.length - 1) / 2) * Math.min(7, 22 / Math.max(1, list.length - 1));
    });
  }
  const segments: Segment[] = [];
  for (const w of ways) {
    for (const r of w.requires) segments.push({ way: w, req: r });
    if (w.junction) segments.push({ way: w, req: null });
  }
  return { nodes, byId, ways, segments };
}

/** Where the requirements of an AND way meet before entering its account. */
export function junctionPoint(byId: ReadonlyMap<string, NodeDatum>, w: WayDatum): { x: number; y: number } {
  const t = byId.get(w.account)!;
  return { x: t.x - JUNCTION_DX, y: t.y + w.offset * 2 };
}

/** The SVG path of a segment: a horizontal S-curve, or a loop below for a backward (recovery cycle) edge. */
export function segmentPath(byId: ReadonlyMap<string, NodeDatum>, s: Segment): string {
  const target = byId.get(s.way.account)!;
  let x0: number;
  let y0: number;
  let x1 = target.x - NODE_R - 3;
  let y1 = target.y + s.way.offset;
  if (s.req === null) {
    ({ x: x0, y: y0 } = junctionPoint(byId, s.way));
  } else {
    const src = byId.get(s.req.account)!;
    x0 = src.x + src.extent;
    y0 = src.y;
    if (s.way.junction) ({ x: x1, y: y1 } = junctionPoint(byId, s.way));
  }
  if (x1 < x0 + 20) {
    const dip = Math.max(y0, y1) + 40 + Math.abs(x0 - x1) * 0.15;
    return `M${x0},${y0}C${x0 + 60},${dip} ${x1 - 60},${dip} ${x1},${y1}`;
  }
  const mx = (x0 + x1) / 2;
  return `M${x0},${y0}C${mx},${y0} ${mx},${y1} ${x1},${y1}`;
}

/** The bounding box of the drawn nodes and their labels. */
export function sceneBounds(nodes: readonly NodeDatum[]): {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
} {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const n of nodes) {
    minX = Math.min(minX, n.x - NODE_R - 10);
    maxX = Math.max(maxX, n.x + n.extent + 8);
    minY = Math.min(minY, n.y - NODE_R - 14);
    maxY = Math.max(maxY, n.y + NODE_R + 22);
  }
  return { minX, maxX, minY, maxY };
}
