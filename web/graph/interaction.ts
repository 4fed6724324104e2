/**
 * What a person does with the graph: click, Enter or Space on an account; focus and hover show the full label
 * and a focus ring; drag moves an account, or (edit mode, shift or link mode) draws a link onto another; click
 * selects a link; wheel and drag zoom and pan. Handlers read the element's current datum, so they survive
 * every redraw.
 */
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomBehavior, zoom, zoomIdentity } from 'd3-zoom';
import { s as svgElement } from '../shell/dom.js';
import type { Drawn, Layers } from './draw.js';
import type { GraphNode, LinkRef } from './graph-data.js';
import { NODE_R, type NodeDatum, type Segment, sceneBounds } from './scene.js';

export interface InteractionOptions {
  /** Called when an account is clicked, or focused and activated with Enter or Space. */
  onActivate?: (id: string) => void;
  /** Whether a drag that starts with this event draws a link instead of moving the node. Default: never. */
  linking?: (event: MouseEvent | TouchEvent) => boolean;
  /** A link was drawn from one account onto another, dropped at this point of the window. */
  onLink?: (from: string, to: string, at: { x: number; y: number }) => void;
  /** A link was clicked (or the background, with null); edit mode only. */
  onSelectLink?: (link: LinkRef | null) => void;
}

/** The focus ring and the selection ring: one of each, moved around rather than one per node. */
export interface Rings {
  focused: NodeDatum | null;
  place(byId: ReadonlyMap<string, NodeDatum>, selected: string | null): void;
}

export function createRings(layer: Layers['rings']): Rings {
  const ring = (cls: string, r: number) =>
    layer.append('circle').attr('class', `ring ${cls}`).attr('r', r).attr('visibility', 'hidden');
  const focusRing = ring('focus', NODE_R + 7);
  const selectRing = ring('select', NODE_R + 5);
  const rings: Rings = {
    focused: null,
    place(byId, selected) {
      const sel = selected === null ? undefined : byId.get(selected);
      selectRing.attr('visibility', sel ? 'visible' : 'hidden');
      if (sel) selectRing.attr('cx', sel.x).attr('cy', sel.y);
      const f = rings.focused ? byId.get(rings.focused.id) : undefined;
      focusRing.attr('visibility', f ? 'visible' : 'hidden');
      if (f) focusRing.attr('cx', f.x).attr('cy', f.y);
    },
  };
  return rings;
}

const pointOf = (e: MouseEvent | TouchEvent) => {
  const p = 'changedTouches' in e ? e.changedTouches[0] : e;
  return { x: p?.clientX ?? 0, y: p?.clientY ?? 0 };
};
const nodeAt = (e: MouseEvent | TouchEvent) => {
  const { x, y } = pointOf(e);
  return document.elementFromPoint(x, y)?.closest<SVGGElement>('.node') ?? null;
};

/** Binds clicks, keys, focus, hover and drag to the drawn nodes. `moved` re-places what a drag moved. */
export function bindNodes(
  nodes: Drawn['nodes'],
  viewport: Layers['viewport'],
  options: InteractionOptions,
  hooks: { rings: () => void; moved: (d: NodeDatum) => void },
  rings: Rings,
): void {
  const showLabel = (el: SVGGElement, d: NodeDatum, full: boolean) => {
    select(el)
      .select('text.label')
      .text(full ? d.label : d.short);
  };
  nodes
    .on('click', (_event, d) => options.onActivate?.(d.id))
    .on('keydown', (event: KeyboardEvent, d) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        options.onActivate?.(d.id);
      }
    })
    .on('focus', function (_event, d) {
      showLabel(this, d, true);
      rings.focused = this.matches(':focus-visible') ? d : null;
      hooks.rings();
    })
    .on('blur', function (_event, d) {
      showLabel(this, d, false);
      rings.focused = null;
      hooks.rings();
    })
    .on('mouseenter', function (_event, d) {
      showLabel(this, d, true);
    })
    .on('mouseleave', function (_event, d) {
      if (document.activeElement !== this) showLabel(this, d, false);
    });
  let draft = viewport.select<SVGLineElement>('line.link-draft');
  if (draft.empty()) draft = viewport.append('line').attr('class', 'link-draft').attr('visibility', 'hidden');
  let linkFrom: NodeDatum | null = null;
  let linkOver: Element | null = null;
  nodes.call(
    drag<SVGGElement, NodeDatum>()
      .clickDistance(4)
      .on('start', (event, d) => {
        linkFrom = options.linking?.(event.sourceEvent) ? d : null;
      })
      .on('end', (event, d) => {
        if (linkFrom === null) return;
        draft.attr('visibility', 'hidden');
        linkOver?.classList.remove('link-target');
        linkOver = null;
        linkFrom = null;
        const target = nodeAt(event.sourceEvent)?.getAttribute('data-id');
        if (target && target !== d.id) options.onLink?.(d.id, target, pointOf(event.sourceEvent));
      })
      .on('drag', function (event, d) {
        if (linkFrom === null) {
          d.x = event.x;
          d.y = event.y;
          hooks.moved(d);
          return;
        }
        draft
          .attr('visibility', 'visible')
          .attr('x1', d.x + NODE_R)
          .attr('y1', d.y)
          .attr('x2', event.x)
          .attr('y2', event.y);
        const over = nodeAt(event.sourceEvent);
        if (over !== linkOver) {
          linkOver?.classList.remove('link-target');
          if (over && over !== this) over.classList.add('link-target');
          linkOver = over;
        }
      }),
  );
}

/** Binds link clicks (edit mode) and the hover text of links and junctions, made on first hover. */
export function bindLinks(
  drawn: Drawn,
  svg: Layers['svg'],
  byId: () => ReadonlyMap<string, GraphNode>,
  options: InteractionOptions,
  editable: boolean,
): void {
  // Thousands of <title> elements up front would slow every style recalculation of a large map.
  const addTitle = (el: Element, text: string) => {
    if (el.firstElementChild?.tagName !== 'title') el.prepend(svgElement('title', { 'data-user': '' }, text));
  };
  // A kept link may now join accounts with other names: its hover text is made again.
  const dropTitle = (el: Element) => {
    if (el.firstElementChild?.tagName === 'title') el.firstElementChild.remove();
  };
  for (const el of [...drawn.edges.nodes(), ...drawn.hits.nodes(), ...drawn.junctions.nodes()]) dropTitle(el);
  drawn.hits
    .on('click', (event: MouseEvent, seg) => {
      event.stopPropagation();
      options.onSelectLink?.(refOf(seg));
    })
    .on('mouseover', function (_event, seg) {
      addTitle(this, edgeTitle(seg, byId()));
    });
  if (editable) svg.on('click.select', () => options.onSelectLink?.(null));
  else svg.on('click.select', null);
  drawn.edges.on('mouseover', function (_event, seg) {
    addTitle(this, edgeTitle(seg, byId()));
  });
  drawn.junctions.on('mouseover', function (_event, w) {
    const names = w.requires.map((r) => `${byId().get(r.account)?.label ?? r.account}.${r.capability}`);
    addTitle(this, names.join(' + '));
  });
}

function refOf(seg: Segment): LinkRef {
  return {
    account: seg.way.account,
    ...(seg.way.capability !== undefined ? { capability: seg.way.capability } : {}),
    index: seg.way.index,
    req: seg.req ? { account: seg.req.account, capability: seg.req.capability } : null,
  };
}

function edgeTitle(s: Segment, byId: ReadonlyMap<string, GraphNode>): string {
  const target = byId.get(s.way.account)?.label ?? s.way.account;
  const reqs = s.req ? [s.req] : s.way.requires;
  const from = reqs.map((r) => `${byId.get(r.account)?.label ?? r.account}.${r.capability}`).join(' + ');
  const capability = s.way.capability ? ` (${s.way.capability})` : '';
  return `${from} → ${target}${capability}`;
}

export interface Zoom {
  /** Fits these nodes in view. */
  fit(nodes: readonly NodeDatum[]): void;
  zoomBy(k: number): void;
  /** Whether the person zoomed or panned since the last fit (then a resize leaves the view alone). */
  touched(): boolean;
  /** The current transform, as "translate(x,y) scale(k)". */
  transform(): string;
  destroy(): void;
}

/** The smallest scale a fit goes to: 13 px labels stay about 10 px on screen. */
const READABLE_SCALE = 0.75;

/** Zoom and pan on the SVG, applied to the viewport layer (double-click does not zoom). */
export function createZoom(svg: Layers['svg'], viewport: Layers['viewport']): Zoom {
  let current = zoomIdentity;
  let touched = false;
  const zoomer: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.05, 4])
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      current = event.transform;
      if (event.sourceEvent) touched = true;
      viewport.attr('transform', event.transform.toString());
    });
  svg.call(zoomer).on('dblclick.zoom', null);
  return {
    fit(nodes) {
      touched = false;
      const el = svg.node()!;
      const width = el.clientWidth || 800;
      const height = el.clientHeight || 600;
      if (nodes.length === 0) {
        svg.call(zoomer.transform, zoomIdentity);
        return;
      }
      const { minX, maxX, minY, maxY } = sceneBounds(nodes);
      const whole = Math.min(1.3, (width - 32) / (maxX - minX), (height - 32) / (maxY - minY));
      // NOTE: never fit so small that labels cannot be read (a phone, a wide map): start at the roots, on the
      // left (and at the top when it is taller than the view), at a readable scale; the person pans to the rest.
      const k = Math.max(whole, READABLE_SCALE);
      const tx = k === whole ? (width - k * (maxX - minX)) / 2 - k * minX : 16 - k * minX;
      const tall = k * (maxY - minY) > height - 32;
      const ty = tall ? 16 - k * minY : (height - k * (maxY - minY)) / 2 - k * minY;
      svg.call(zoomer.transform, zoomIdentity.translate(tx, ty).scale(k));
    },
    zoomBy(k) {
      svg.call(zoomer.scaleBy, k);
      touched = true;
    },
    touched: () => touched,
    transform: () => current.toString(),
    destroy() {
      svg.on('.zoom', null);
    },
  };
}
