/**
 * Drawing the graph's SVG: the layers (edges, click targets of links, junctions, nodes, rings), the fill
 * patterns and arrow markers, and the keyed data joins that add, keep or remove elements when the map changes,
 * so an edit redraws only what it touched and keeps focus and the view.
 */
import { type Selection, select } from 'd3-selection';
import { symbol } from 'd3-shape';
import { KIND_LOOK, STATUS_LOOK } from './palette.js';
import {
  junctionPoint,
  LABEL_DX,
  NODE_R,
  type NodeDatum,
  type Scene,
  type Segment,
  segmentKey,
  segmentPath,
  type WayDatum,
} from './scene.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface Layers {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  viewport: G;
  edges: G;
  hits: G;
  junctions: G;
  nodes: G;
  rings: G;
}

export interface Drawn {
  nodes: Selection<SVGGElement, NodeDatum, SVGGElement, unknown>;
  edges: Selection<SVGPathElement, Segment, SVGGElement, unknown>;
  hits: Selection<SVGPathElement, Segment, SVGGElement, unknown>;
  junctions: Selection<SVGCircleElement, WayDatum, SVGGElement, unknown>;
}

const SYMBOL = symbol();
const shapePath = (d: NodeDatum) =>
  SYMBOL.type(KIND_LOOK[d.kind].symbol).size(d.kind === 'messenger' ? 440 : 320)() ?? '';

/** Empties `container` and creates the SVG with its layers, patterns and markers. */
export function createLayers(container: HTMLElement): Layers {
  container.replaceChildren();
  const svg = select(container)
    .append('svg')
    .attr('class', 'graph-svg')
    .attr('role', 'group')
    .attr('aria-roledescription', 'graph');
  addPatterns(svg.append('defs'));
  const viewport = svg.append('g').attr('class', 'viewport');
  const edges = viewport.append('g').attr('class', 'edges');
  // In edit mode a wide transparent twin of every link takes the clicks a thin line would miss.
  const hits = viewport.append('g').attr('class', 'edge-hits');
  const junctions = viewport.append('g').attr('class', 'junctions');
  const nodes = viewport.append('g').attr('class', 'nodes');
  const rings = viewport.append('g').attr('class', 'rings');
  return { svg, viewport, edges, hits, junctions, nodes, rings };
}

/** Joins the scene into the layers: new elements are created, kept ones updated, gone ones removed. */
export function drawScene(layers: Layers, scene: Scene, editable: boolean): Drawn {
  const nodes = layers.nodes
    .selectAll<SVGGElement, NodeDatum>('g.node')
    .data(scene.nodes, (d) => d.id)
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('tabindex', 0)
        .attr('role', 'button')
        .attr('data-id', (d) => d.id);
      g.append('title').attr('data-user', '');
      g.append('path').attr('class', 'shape');
      g.append('text')
        .attr('class', 'label')
        .attr('data-user', '')
        .attr('x', NODE_R + LABEL_DX)
        .attr('dy', '0.35em');
      g.append('text')
        .attr('class', 'status-label')
        .attr('x', NODE_R + LABEL_DX)
        .attr('dy', '1.55em');
      return g.attr('class', 'node');
    })
    .each(function (d) {
      for (const c of [...this.classList])
        if (c.startsWith('kind-') && c !== `kind-${d.kind}`) this.classList.remove(c);
      this.classList.add(`kind-${d.kind}`);
      this.classList.toggle('unreachable', d.unreachable);
      this.querySelector('path.shape')!.setAttribute('d', shapePath(d));
      // A focused or hovered node shows its full label.
      const full = document.activeElement === this || this.matches(':hover');
      this.querySelector('text.label')!.textContent = full ? d.label : d.short;
    })
    .order();
  const edges = layers.edges
    .selectAll<SVGPathElement, Segment>('path')
    .data(scene.segments, segmentKey)
    .join('path');
  const hits = layers.hits
    .selectAll<SVGPathElement, Segment>('path')
    .data(editable ? scene.segments : [], segmentKey)
    .join('path')
    .attr('class', 'edge-hit')
    .attr('data-link', segmentKey);
  const junctions = layers.junctions
    .selectAll<SVGCircleElement, WayDatum>('circle')
    .data(
      scene.ways.filter((w) => w.junction),
      (w) => `${w.account}|${w.capability ?? ''}|${w.index}`,
    )
    .join('circle')
    .attr('class', 'junction')
    .attr('r', 4.5);
  return { nodes, edges, hits, junctions };
}

/** Puts every element where the scene has it. */
export function placeAll(drawn: Drawn, byId: ReadonlyMap<string, NodeDatum>): void {
  drawn.nodes.attr('transform', (d) => `translate(${d.x},${d.y})`);
  drawn.edges.attr('d', (s) => segmentPath(byId, s));
  drawn.hits.attr('d', (s) => segmentPath(byId, s));
  drawn.junctions.attr('cx', (w) => junctionPoint(byId, w).x).attr('cy', (w) => junctionPoint(byId, w).y);
}

/** Re-places only the elements attached to the accounts in `moved` (a drag, a step of an animation). */
export function placeMoved(
  drawn: Drawn,
  byId: ReadonlyMap<string, NodeDatum>,
  moved: ReadonlySet<string>,
): void {
  const touches = (s: Segment) => moved.has(s.way.account) || (s.req !== null && moved.has(s.req.account));
  drawn.nodes.filter((d) => moved.has(d.id)).attr('transform', (d) => `translate(${d.x},${d.y})`);
  drawn.edges.filter(touches).attr('d', (s) => segmentPath(byId, s));
  drawn.hits.filter(touches).attr('d', (s) => segmentPath(byId, s));
  drawn.junctions
    .filter((w) => moved.has(w.account))
    .attr('cx', (w) => junctionPoint(byId, w).x)
    .attr('cy', (w) => junctionPoint(byId, w).y);
}

/** Fill patterns: hatching for cut, stripes for partial, dots for degraded, a cross-hatch for banned. */
function addPatterns(defs: Selection<SVGDefsElement, unknown, null, undefined>): void {
  const pattern = (id: string, bg: string) =>
    defs
      .append('pattern')
      .attr('id', id)
      .attr('patternUnits', 'userSpaceOnUse')
      .attr('width', 6)
      .attr('height', 6)
      .call((p) => p.append('rect').attr('width', 6).attr('height', 6).attr('fill', bg));
  pattern('br-pat-cut', STATUS_LOOK.cut.color)
    .attr('patternTransform', 'rotate(45)')
    .append('rect')
    .attr('width', 2)
    .attr('height', 6)
    .attr('fill', '#ffffff')
    .attr('opacity', 0.55);
  pattern('br-pat-partial', STATUS_LOOK.partial.color)
    .append('rect')
    .attr('width', 6)
    .attr('height', 2)
    .attr('fill', '#ffffff')
    .attr('opacity', 0.6);
  pattern('br-pat-degraded', STATUS_LOOK.degraded.color)
    .append('circle')
    .attr('cx', 3)
    .attr('cy', 3)
    .attr('r', 1.2)
    .attr('fill', '#6b5a00');
  const banned = pattern('br-pat-banned', STATUS_LOOK.banned.color);
  banned.append('path').attr('d', 'M0,0L6,6M6,0L0,6').attr('stroke', '#777').attr('stroke-width', 1);
  const marker = (id: string, cls: string) =>
    defs
      .append('marker')
      .attr('id', id)
      .attr('viewBox', '0 -4 8 8')
      .attr('refX', 7)
      .attr('markerUnits', 'userSpaceOnUse')
      .attr('markerWidth', 9)
      .attr('markerHeight', 9)
      .attr('orient', 'auto')
      .append('path')
      .attr('d', 'M0,-4L8,0L0,4Z')
      .attr('class', cls);
  marker('br-arrow', 'arrow');
  marker('br-arrow-broken', 'arrow broken');
}
