/**
 * The dependency graph (d3): accounts as shapes coloured by kind, laid out in layers (roots left), each way
 * drawn as its own arrow into the account (OR), the requirements of one way meeting at a junction dot first
 * (AND). Zoom, pan and drag; nodes are focusable buttons. `renderGraph(container, data, options)` returns
 * `{update, destroy}`; `update` re-colours for a simulation without rebuilding anything.
 */
import { drag } from 'd3-drag';
import { type Selection, select } from 'd3-selection';
import { symbol } from 'd3-shape';
import { type D3ZoomEvent, type ZoomBehavior, zoom, zoomIdentity } from 'd3-zoom';
import type { Status } from '../../src/model/index.js';
import { s as svgElement } from '../shell/dom.js';
import { type Lang, statusName, strings } from '../shell/i18n.js';
import {
  type GraphData,
  type GraphNode,
  type GraphReq,
  type GraphWay,
  type LinkRef,
  requirementLists,
  type StatusView,
} from './graph-data.js';
import { layeredLayout } from './layout.js';
import { KIND_LOOK, STATUS_LOOK } from './palette.js';

export interface GraphOptions {
  /** Called when an account is clicked, or focused and activated with Enter or Space. Default: nothing. */
  onActivate?: (id: string) => void;
  /** The UI language for aria-labels and status names. Default "en". */
  lang?: Lang;
  /** Longest label before truncation, in width units (a CJK character counts 2). Default 26. */
  maxLabel?: number;
  /** Edit mode: links can be clicked to select them, and a drag can draw a new link. Default false. */
  editable?: boolean;
  /** Whether a drag that starts with this event draws a link instead of moving the node. Default: never. */
  linking?: (event: MouseEvent | TouchEvent) => boolean;
  /** A link was drawn from one account onto another, dropped at this point of the window. */
  onLink?: (from: string, to: string, at: { x: number; y: number }) => void;
  /** A link was clicked (or the background, with null). */
  onSelectLink?: (link: LinkRef | null) => void;
}

export interface GraphState {
  /** Per account, its status under the current simulation; null for no simulation. */
  statuses?: StatusView;
  lang?: Lang;
  /** The account whose panel is open. */
  selected?: string | null;
  /** The selected link (edit mode). */
  selectedLink?: LinkRef | null;
}

export interface GraphHandle {
  update(state: GraphState): void;
  /** Fits the whole graph in view. */
  fit(): void;
  /** Zooms around the centre by a factor. */
  zoomBy(k: number): void;
  /** Moves keyboard focus to an account's node. */
  focus(id: string): void;
  destroy(): void;
}

interface NodeDatum extends GraphNode {
  x: number;
  y: number;
  layer: number;
  short: string;
  /** Where outgoing edges start, right of the centre: past the label, so edges never cross it. */
  extent: number;
}

interface Segment {
  /** The way this segment belongs to. */
  way: WayDatum;
  /** A requirement (into the junction or straight into the account) or null for junction → account. */
  req: GraphReq | null;
}

interface WayDatum extends GraphWay {
  /** Vertical offset where it enters its account, so OR alternatives from one source stay apart. */
  offset: number;
  junction: boolean;
}

const NODE_R = 11;
const LABEL_DX = 9;
const JUNCTION_DX = 64;
const SYMBOL = symbol();

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

/** Draws the graph into `container` (emptied first). */
export function renderGraph(
  container: HTMLElement,
  data: GraphData,
  options: GraphOptions = {},
): GraphHandle {
  let lang: Lang = options.lang ?? 'en';
  const maxLabel = options.maxLabel ?? 26;
  let statuses: StatusView = null;
  let selected: string | null = null;
  let selectedLink: LinkRef | null = null;

  // Copy before layout and drag mutate anything.
  const shortLabels = new Map(data.nodes.map((n) => [n.id, truncateLabel(n.label, maxLabel)] as const));
  const extent = (id: string) => NODE_R + LABEL_DX + labelWidth(shortLabels.get(id) ?? '') + 4;
  const placed = layeredLayout(
    { ids: data.nodes.map((n) => n.id), ...requirementLists(data) },
    { widthOf: extent },
  );
  const nodes: NodeDatum[] = data.nodes.map((n) => {
    const p = placed.get(n.id) ?? { x: 0, y: 0, layer: 0 };
    return { ...n, x: p.x, y: p.y, layer: p.layer, short: shortLabels.get(n.id)!, extent: extent(n.id) };
  });
  // Tab order follows the picture: left to right, top to bottom.
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

  container.replaceChildren();
  const svg = select(container)
    .append('svg')
    .attr('class', 'graph-svg')
    .attr('role', 'group')
    .attr('aria-roledescription', 'graph');
  const defs = svg.append('defs');
  addPatterns(defs);
  const viewport = svg.append('g').attr('class', 'viewport');
  const edgeLayer = viewport.append('g').attr('class', 'edges');
  const junctionLayer = viewport.append('g').attr('class', 'junctions');
  const nodeLayer = viewport.append('g').attr('class', 'nodes');

  const junctionPoint = (w: WayDatum) => {
    const t = byId.get(w.account)!;
    return { x: t.x - JUNCTION_DX, y: t.y + w.offset * 2 };
  };
  const segmentPath = (s: Segment): string => {
    const target = byId.get(s.way.account)!;
    let x0: number;
    let y0: number;
    let x1: number;
    let y1: number;
    if (s.req === null) {
      const j = junctionPoint(s.way);
      x0 = j.x;
      y0 = j.y;
      x1 = target.x - NODE_R - 3;
      y1 = target.y + s.way.offset;
    } else {
      const src = byId.get(s.req.account)!;
      x0 = src.x + src.extent;
      y0 = src.y;
      if (s.way.junction) {
        const j = junctionPoint(s.way);
        x1 = j.x;
        y1 = j.y;
      } else {
        x1 = target.x - NODE_R - 3;
        y1 = target.y + s.way.offset;
      }
    }
    if (x1 < x0 + 20) {
      // A backward or same-layer edge (a recovery cycle): loop around below.
      const dip = Math.max(y0, y1) + 40 + Math.abs(x0 - x1) * 0.15;
      return `M${x0},${y0}C${x0 + 60},${dip} ${x1 - 60},${dip} ${x1},${y1}`;
    }
    const mx = (x0 + x1) / 2;
    return `M${x0},${y0}C${mx},${y0} ${mx},${y1} ${x1},${y1}`;
  };

  const edgeSel = edgeLayer.selectAll<SVGPathElement, Segment>('path').data(segments).join('path');
  // In edit mode a wide transparent twin of every link takes the clicks a thin line would miss.
  const hitSel = viewport
    .insert('g', '.junctions')
    .attr('class', 'edge-hits')
    .selectAll<SVGPathElement, Segment>('path')
    .data(options.editable ? segments : [])
    .join('path')
    .attr('class', 'edge-hit')
    .attr(
      'data-link',
      (seg) =>
        `${seg.way.account}|${seg.way.capability ?? ''}|${seg.way.index}|${seg.req ? `${seg.req.account}.${seg.req.capability}` : ''}`,
    );

  const junctionSel = junctionLayer
    .selectAll<SVGCircleElement, WayDatum>('circle')
    .data(ways.filter((w) => w.junction))
    .join('circle')
    .attr('class', 'junction')
    .attr('r', 4.5);

  const nodeSel = nodeLayer
    .selectAll<SVGGElement, NodeDatum>('g.node')
    .data(nodes, (d) => d.id)
    .join('g')
    .attr('class', (d) => `node kind-${d.kind}${d.unreachable ? ' unreachable' : ''}`)
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('data-id', (d) => d.id);
  nodeSel
    .append('title')
    .attr('data-user', '')
    .text((d) => d.label);
  nodeSel
    .append('path')
    .attr('class', 'shape')
    .attr('d', (d) => SYMBOL.type(KIND_LOOK[d.kind].symbol).size(d.kind === 'messenger' ? 440 : 320)() ?? '');
  nodeSel
    .append('text')
    .attr('class', 'label')
    .attr('data-user', '')
    .attr('x', NODE_R + LABEL_DX)
    .attr('dy', '0.35em')
    .text((d) => d.short);
  nodeSel
    .append('text')
    .attr('class', 'status-label')
    .attr('x', NODE_R + LABEL_DX)
    .attr('dy', '1.55em');

  // One ring for keyboard focus and one for the selected account, moved around rather than one per node.
  const ringLayer = viewport.append('g').attr('class', 'rings');
  const focusRing = ringLayer
    .append('circle')
    .attr('class', 'ring focus')
    .attr('r', NODE_R + 7)
    .attr('visibility', 'hidden');
  const selectRing = ringLayer
    .append('circle')
    .attr('class', 'ring select')
    .attr('r', NODE_R + 5)
    .attr('visibility', 'hidden');
  let focused: NodeDatum | null = null;
  const placeRings = () => {
    const sel = selected === null ? undefined : byId.get(selected);
    selectRing.attr('visibility', sel ? 'visible' : 'hidden');
    if (sel) selectRing.attr('cx', sel.x).attr('cy', sel.y);
    focusRing.attr('visibility', focused ? 'visible' : 'hidden');
    if (focused) focusRing.attr('cx', focused.x).attr('cy', focused.y);
  };

  const positionAll = () => {
    nodeSel.attr('transform', (d) => `translate(${d.x},${d.y})`);
    edgeSel.attr('d', segmentPath);
    hitSel.attr('d', segmentPath);
    junctionSel.attr('cx', (w) => junctionPoint(w).x).attr('cy', (w) => junctionPoint(w).y);
  };

  const showLabel = (el: SVGGElement, d: NodeDatum, full: boolean) => {
    select(el)
      .select('text.label')
      .text(full ? d.label : d.short);
  };

  nodeSel
    .on('click', (_event, d) => options.onActivate?.(d.id))
    .on('keydown', (event: KeyboardEvent, d) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        options.onActivate?.(d.id);
      }
    })
    .on('focus', function (_event, d) {
      showLabel(this, d, true);
      focused = this.matches(':focus-visible') ? d : null;
      placeRings();
    })
    .on('blur', function (_event, d) {
      showLabel(this, d, false);
      focused = null;
      placeRings();
    })
    .on('mouseenter', function (_event, d) {
      showLabel(this, d, true);
    })
    .on('mouseleave', function (_event, d) {
      if (document.activeElement !== this) showLabel(this, d, false);
    });

  const linkLine = viewport.append('line').attr('class', 'link-draft').attr('visibility', 'hidden');
  let linkFrom: NodeDatum | null = null;
  let linkOver: Element | null = null;
  const pointOf = (e: MouseEvent | TouchEvent) => {
    const p = 'changedTouches' in e ? e.changedTouches[0] : e;
    return { x: p?.clientX ?? 0, y: p?.clientY ?? 0 };
  };
  const nodeAt = (e: MouseEvent | TouchEvent) => {
    const { x, y } = pointOf(e);
    return document.elementFromPoint(x, y)?.closest<SVGGElement>('.node') ?? null;
  };
  nodeSel.call(
    drag<SVGGElement, NodeDatum>()
      .clickDistance(4)
      .on('start', (event, d) => {
        linkFrom = options.linking?.(event.sourceEvent) ? d : null;
      })
      .on('end', (event, d) => {
        if (linkFrom === null) return;
        linkLine.attr('visibility', 'hidden');
        linkOver?.classList.remove('link-target');
        linkOver = null;
        linkFrom = null;
        const target = nodeAt(event.sourceEvent)?.getAttribute('data-id');
        if (target && target !== d.id) options.onLink?.(d.id, target, pointOf(event.sourceEvent));
      })
      .on('drag', function (event, d) {
        if (linkFrom !== null) {
          linkLine
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
          return;
        }
        d.x = event.x;
        d.y = event.y;
        select(this).attr('transform', `translate(${d.x},${d.y})`);
        edgeSel.filter((s) => s.way.account === d.id || s.req?.account === d.id).attr('d', segmentPath);
        hitSel.filter((s) => s.way.account === d.id || s.req?.account === d.id).attr('d', segmentPath);
        junctionSel
          .filter((w) => w.account === d.id)
          .attr('cx', (w) => junctionPoint(w).x)
          .attr('cy', (w) => junctionPoint(w).y);
        placeRings();
      }),
  );

  const zoomer: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.05, 4])
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      viewport.attr('transform', event.transform.toString());
    });
  svg.call(zoomer).on('dblclick.zoom', null);

  const fitView = () => {
    const el = svg.node()!;
    const width = el.clientWidth || 800;
    const height = el.clientHeight || 600;
    if (nodes.length === 0) {
      svg.call(zoomer.transform, zoomIdentity);
      return;
    }
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
    const k = Math.min(1.3, (width - 32) / (maxX - minX), (height - 32) / (maxY - minY));
    const tx = (width - k * (maxX - minX)) / 2 - k * minX;
    const ty = (height - k * (maxY - minY)) / 2 - k * minY;
    svg.call(zoomer.transform, zoomIdentity.translate(tx, ty).scale(k));
  };

  // Element references and what each shows now, so a repaint touches only what changed (1,000 accounts
  // re-colour in a few milliseconds).
  interface NodeEls {
    d: NodeDatum;
    g: SVGGElement;
    shape: SVGPathElement;
    status: SVGTextElement;
    title: SVGTitleElement;
    shown: string;
  }
  const nodeEls: NodeEls[] = [];
  nodeSel.each(function (d) {
    nodeEls.push({
      d,
      g: this,
      shape: this.querySelector<SVGPathElement>('path.shape')!,
      status: this.querySelector<SVGTextElement>('text.status-label')!,
      title: this.querySelector<SVGTitleElement>('title')!,
      shown: '',
    });
  });
  const edgeEls: { s: Segment; el: SVGPathElement; shown: string }[] = [];
  edgeSel.each(function (s) {
    edgeEls.push({ s, el: this, shown: '' });
  });
  const junctionEls: { w: WayDatum; el: SVGCircleElement; shown: string }[] = [];
  junctionSel.each(function (w) {
    junctionEls.push({ w, el: this, shown: '' });
  });
  // Hover text of links ("QQ邮箱.mail → 微软账户") is made on first hover: thousands of <title> elements
  // up front would slow every style recalculation of a large map.
  const addTitle = (el: Element, text: string) => {
    if (el.firstElementChild?.tagName !== 'title') el.prepend(svgElement('title', { 'data-user': '' }, text));
  };
  const refOf = (seg: Segment): LinkRef => ({
    account: seg.way.account,
    ...(seg.way.capability !== undefined ? { capability: seg.way.capability } : {}),
    index: seg.way.index,
    req: seg.req ? { account: seg.req.account, capability: seg.req.capability } : null,
  });
  hitSel
    .on('click', (event: MouseEvent, seg) => {
      event.stopPropagation();
      options.onSelectLink?.(refOf(seg));
    })
    .on('mouseover', function (_event, seg) {
      addTitle(this, edgeTitle(seg, byId));
    });
  if (options.editable) svg.on('click.select', () => options.onSelectLink?.(null));
  edgeSel.on('mouseover', function (_event, seg) {
    addTitle(this, edgeTitle(seg, byId));
  });
  junctionSel.on('mouseover', function (_event, w) {
    addTitle(
      this,
      w.requires.map((r) => `${byId.get(r.account)?.label ?? r.account}.${r.capability}`).join(' + '),
    );
  });

  const paint = () => {
    const t = strings(lang);
    const simulating = statuses !== null;
    svg.attr('aria-label', t.graphLabel);
    for (const n of nodeEls) {
      const d = n.d;
      const status: Status = d.unreachable ? 'unreachable' : (statuses?.get(d.id)?.status ?? 'ok');
      const key = `${status}|${simulating}|${d.id === selected}|${lang}`;
      if (key === n.shown) continue;
      n.shown = key;
      const { g, shape } = n;
      g.classList.toggle('selected', d.id === selected);
      if (simulating || d.unreachable) g.setAttribute('data-status', status);
      else g.removeAttribute('data-status');
      const kindColor = KIND_LOOK[d.kind].color;
      const look = STATUS_LOOK[status];
      if (d.unreachable) {
        shape.setAttribute('fill', '#ffffff');
        shape.setAttribute('stroke', kindColor);
      } else if (!simulating) {
        shape.setAttribute('fill', kindColor);
        shape.setAttribute('stroke', '#ffffff');
      } else {
        shape.setAttribute('fill', look.fill);
        shape.setAttribute('stroke', status === 'ok' ? kindColor : look.color);
      }
      const showStatus = d.unreachable || (simulating && status !== 'ok');
      const name = d.unreachable ? t.unreachableShort : statusName(status, lang);
      // The status in words with its icon, so it never depends on colour alone.
      n.status.textContent = showStatus ? `${look.icon} ${name}` : '';
      g.setAttribute(
        'aria-label',
        t.nodeAria(d.label, t.kinds[d.kind], d.unreachable || simulating ? name : null),
      );
      n.title.textContent = showStatus ? `${d.label} · ${name}` : d.label;
    }
    for (const e of edgeEls) {
      const state = edgeState(e.s, statuses);
      const chosen = selectedLink !== null && sameLink(e.s, selectedLink);
      const key = `${state}|${chosen}`;
      if (key === e.shown) continue;
      e.shown = key;
      e.el.setAttribute(
        'class',
        `edge ${state}${e.s.way.capability !== undefined ? ' capway' : ''}${chosen ? ' selected' : ''}`,
      );
      if (!(e.s.way.junction && e.s.req !== null))
        e.el.setAttribute('marker-end', `url(#br-arrow${state === 'broken' ? '-broken' : ''})`);
    }
    for (const j of junctionEls) {
      const key = wayBroken(j.w, statuses) ? 'junction broken' : 'junction';
      if (key === j.shown) continue;
      j.shown = key;
      j.el.setAttribute('class', key);
    }
    placeRings();
  };

  positionAll();
  paint();
  // Fit once the container has its size (it may be laid out after this call returns).
  fitView();

  return {
    update(state) {
      if (state.statuses !== undefined) statuses = state.statuses;
      if (state.lang !== undefined) lang = state.lang;
      if (state.selected !== undefined) selected = state.selected;
      if (state.selectedLink !== undefined) selectedLink = state.selectedLink;
      paint();
    },
    fit: fitView,
    zoomBy(k) {
      svg.call(zoomer.scaleBy, k);
    },
    focus(id) {
      const el = nodeSel.filter((d) => d.id === id).node();
      el?.focus();
    },
    destroy() {
      svg.on('.zoom', null);
      container.replaceChildren();
    },
  };
}

type EdgeState = 'normal' | 'broken' | 'dead' | 'faded';

/** Whether a drawn segment is the selected link: the same way, and the same requirement (or the whole way). */
function sameLink(s: Segment, l: LinkRef): boolean {
  if (s.way.account !== l.account || s.way.index !== l.index || s.way.capability !== l.capability)
    return false;
  if (l.req === null) return true;
  return s.req !== null && s.req.account === l.req.account && s.req.capability === l.req.capability;
}

/** A requirement is broken when the simulation removed it; dead when it never worked. */
function reqState(r: GraphReq, statuses: StatusView): EdgeState {
  if (!r.available) return 'dead';
  if (statuses === null) return 'normal';
  return statuses.get(r.account)?.lost.includes(r.capability) ? 'broken' : 'faded';
}

function wayBroken(w: WayDatum, statuses: StatusView): boolean {
  return w.requires.some((r) => reqState(r, statuses) === 'broken');
}

function edgeState(s: Segment, statuses: StatusView): EdgeState {
  if (s.req !== null) return reqState(s.req, statuses);
  if (s.way.requires.some((r) => !r.available)) return 'dead';
  if (statuses === null) return 'normal';
  return wayBroken(s.way, statuses) ? 'broken' : 'faded';
}

function edgeTitle(s: Segment, byId: ReadonlyMap<string, GraphNode>): string {
  const target = byId.get(s.way.account)?.label ?? s.way.account;
  const reqs = s.req ? [s.req] : s.way.requires;
  const from = reqs.map((r) => `${byId.get(r.account)?.label ?? r.account}.${r.capability}`).join(' + ');
  const capability = s.way.capability ? ` (${s.way.capability})` : '';
  return `${from} → ${target}${capability}`;
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
