/**
 * @module The map as a standalone SVG picture, pure (the page's SVG and PNG exports and `banradius export
 * --format svg` all draw it): the layered layout (roots left), one dot and label per account coloured by
 * kind, a small AND junction per way with two or more requirements, capability ways dashed. Only text the
 * map holds is written, escaped, and nothing else identifies an account (no ids, no aria or data attributes).
 */
import { eastAsianWidth } from 'get-east-asian-width';
import type { BindingMap, Kind, Way } from '../model/index.js';
import { compile } from './compile.js';
import { impact } from './impact.js';
import { layeredLayout } from './layout.js';
import { xmlText } from './text-escape.js';

/** The picture and its size in px. */
export interface MapSvg {
  svg: string;
  width: number;
  height: number;
}

/** The fill of each kind (also used by the DOT export). */
export const KIND_COLORS: Record<Kind, string> = {
  phone: '#fde68a',
  email: '#bfdbfe',
  messenger: '#bbf7d0',
  payment: '#fecaca',
  identity: '#e9d5ff',
  device: '#e5e7eb',
  service: '#ffffff',
};

const R = 9;
const FONT = 13;
const MAX_UNITS = 28;
const PAD = 24;
const UNIT_PX = 6.7;

/** A label cut to `max` width units (wide characters count 2), with an ellipsis. */
function shortLabel(label: string, max = MAX_UNITS): { text: string; units: number } {
  let units = 0;
  let out = '';
  for (const ch of label) {
    const w = eastAsianWidth(ch.codePointAt(0)!);
    if (units + w > max) return { text: `${out.trimEnd()}…`, units: units + 1 };
    units += w;
    out += ch;
  }
  return { text: out, units };
}

const n = (v: number) => String(Math.round(v));

interface WayRef {
  account: string;
  way: Way;
  capability: string | undefined;
}

function waysOf(map: BindingMap): WayRef[] {
  const out: WayRef[] = [];
  for (const a of map.accounts) {
    for (const way of a.ways ?? []) out.push({ account: a.id, way, capability: undefined });
    for (const [capability, list] of Object.entries(a.capabilityWays ?? {}))
      for (const way of list) out.push({ account: a.id, way, capability });
  }
  return out;
}

/** For each account the accounts it requires, all and those whose capability works with no ban. */
function requirementLists(map: BindingMap, ways: readonly WayRef[]) {
  const base = impact(compile(map), []);
  const requires = new Map<string, string[]>(map.accounts.map((a) => [a.id, []]));
  const requiresAvailable = new Map<string, string[]>(map.accounts.map((a) => [a.id, []]));
  for (const { account, way } of ways)
    for (const r of way.requires) {
      if (r.account === account) continue;
      const all = requires.get(account)!;
      if (!all.includes(r.account)) all.push(r.account);
      const works = base.accounts[r.account]?.kept.includes(r.capability ?? 'access') === true;
      const avail = requiresAvailable.get(account)!;
      if (works && !avail.includes(r.account)) avail.push(r.account);
    }
  return { requires, requiresAvailable };
}

const curve = (x1: number, y1: number, x2: number, y2: number) => {
  const mid = (x1 + x2) / 2;
  return `M${n(x1)},${n(y1)}C${n(mid)},${n(y1)},${n(mid)},${n(y2)},${n(x2)},${n(y2)}`;
};

/** Draws a validated map. Pure: the same map always gives the same bytes. */
export function mapSvg(map: BindingMap): MapSvg {
  const ways = waysOf(map);
  const labels = new Map(map.accounts.map((a) => [a.id, shortLabel(a.label)] as const));
  const extent = (id: string) => R + 6 + (labels.get(id)?.units ?? 0) * UNIT_PX;
  const placed = layeredLayout(
    { ids: map.accounts.map((a) => a.id), ...requirementLists(map, ways) },
    { widthOf: extent, layerGap: 90, rowGap: 34 },
  );
  let minX = 0;
  let minY = 0;
  let maxX = 0;
  let maxY = 0;
  for (const [id, p] of placed) {
    minX = Math.min(minX, p.x - R);
    maxX = Math.max(maxX, p.x + extent(id));
    minY = Math.min(minY, p.y - R - FONT);
    maxY = Math.max(maxY, p.y + R + 4);
  }
  const title = map.title ? shortLabel(map.title, 80).text : '';
  if (title) minY -= 28;
  const at = (id: string) => placed.get(id) ?? { x: 0, y: 0, layer: 0 };

  const edges: string[] = [];
  const junctions: string[] = [];
  for (const { account, way, capability } of ways) {
    const to = at(account);
    const dash = capability === undefined ? '' : ' stroke-dasharray="5,3"';
    const targets = way.requires.filter((r) => placed.has(r.account));
    if (targets.length === 1) {
      const from = at(targets[0]!.account);
      edges.push(`<path d="${curve(from.x + extent(targets[0]!.account), from.y, to.x - R, to.y)}"${dash}/>`);
    } else if (targets.length > 1) {
      const jx = to.x - R - 28;
      const jy = to.y;
      for (const r of targets) {
        const from = at(r.account);
        edges.push(`<path d="${curve(from.x + extent(r.account), from.y, jx - 4, jy)}"${dash}/>`);
      }
      edges.push(`<path d="M${n(jx + 4)},${n(jy)}L${n(to.x - R)},${n(to.y)}"${dash}/>`);
      junctions.push(`<circle cx="${n(jx)}" cy="${n(jy)}" r="4"/>`);
    }
  }
  const nodes = map.accounts.map((a) => {
    const p = at(a.id);
    return `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${R}" fill="${KIND_COLORS[a.kind]}"/>`;
  });
  const texts = map.accounts.map((a) => {
    const p = at(a.id);
    return `<text x="${n(p.x + R + 5)}" y="${n(p.y + 4)}">${xmlText(labels.get(a.id)?.text ?? '')}</text>`;
  });
  const x0 = minX - PAD;
  const y0 = minY - PAD;
  const width = Math.ceil(maxX - minX + 2 * PAD);
  const height = Math.ceil(maxY - minY + 2 * PAD);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${n(x0)},${n(y0)},${width},${height}" font-family="sans-serif" font-size="${FONT}">`,
    `<rect x="${n(x0)}" y="${n(y0)}" width="${width}" height="${height}" fill="#ffffff"/>`,
    title
      ? `<text x="${n(minX)}" y="${n(minY + 16)}" font-size="16" font-weight="bold">${xmlText(title)}</text>`
      : '',
    `<g fill="none" stroke="#6b7280" stroke-width="1.5">${edges.join('')}</g>`,
    `<g fill="#6b7280">${junctions.join('')}</g>`,
    `<g stroke="#374151" stroke-width="1.5">${nodes.join('')}</g>`,
    `<g fill="#111827">${texts.join('')}</g>`,
    '</svg>',
  ].join('\n');
  return { svg: `${svg}\n`, width, height };
}
