/**
 * The dependency graph (d3): accounts as shapes coloured by kind, laid out in layers (roots left), each way
 * drawn as its own arrow into the account (OR), the requirements of one way meeting at a junction dot first
 * (AND). `renderGraph(container, data, options)` returns a handle: `update(data)` redraws after an edit,
 * keeping zoom, pan, focus and hand-moved accounts, and animates only the accounts whose place changed;
 * `show(view)` re-colours for a simulation or a selection without touching the layout.
 */
import { type Lang, text } from '../../src/text/index.js';
import { createLayers, type Drawn, drawScene, placeAll, placeMoved } from './draw.js';
import type { GraphData, LinkRef } from './graph-data.js';
import { bindLinks, bindNodes, createRings, createZoom, type InteractionOptions } from './interaction.js';
import { type GraphView, paintEdge, paintJunction, paintNode } from './paint.js';
import { buildScene, type Scene } from './scene.js';

export type { GraphView } from './paint.js';
export { labelWidth, truncateLabel } from './scene.js';

export interface GraphOptions extends InteractionOptions {
  /** The UI language for aria-labels and status names. Default "en". */
  lang?: Lang;
  /** Longest label before truncation, in width units (a CJK character counts 2). Default 26. */
  maxLabel?: number;
  /** Edit mode: links can be clicked to select them, and a drag can draw a new link. Default false. */
  editable?: boolean;
}

export interface GraphHandle {
  /** Redraws for new data (after an edit), keeping the view; animates accounts that moved. */
  update(data: GraphData): void;
  /** Shows a simulation's statuses, the selection, the language. Omitted fields stay as they are. */
  show(view: Partial<GraphView>): void;
  /** Edit mode on or off (link clicks and link drawing). */
  setEditable(editable: boolean): void;
  /** Fits the whole graph in view. */
  fit(): void;
  /** Fits again after the space changed, unless the person has zoomed or panned since the last fit. */
  refit(): void;
  /** Zooms around the centre by a factor. */
  zoomBy(k: number): void;
  /** Moves keyboard focus to an account's node. */
  focus(id: string): void;
  destroy(): void;
}

const MOVE_MS = 260;

/** Draws the graph into `container` (emptied first). */
export function renderGraph(
  container: HTMLElement,
  data: GraphData,
  options: GraphOptions = {},
): GraphHandle {
  const maxLabel = options.maxLabel ?? 26;
  let editable = options.editable ?? false;
  const view: GraphView = {
    statuses: null,
    lang: options.lang ?? 'en',
    selected: null,
    selectedLink: null,
    takeover: null,
  };
  const layers = createLayers(container);
  const rings = createRings(layers.rings);
  const zoom = createZoom(layers.svg, layers.viewport);
  /** Accounts moved by hand keep their place across edits. */
  const pinned = new Map<string, { x: number; y: number }>();
  let scene: Scene = buildScene(data, maxLabel);
  let drawn: Drawn;
  let frame = 0;

  const placeRings = () => rings.place(scene.byId, view.selected);
  const paint = () => {
    layers.svg.attr('aria-label', text(view.lang).web.graphLabel);
    drawn.nodes.each(function (d) {
      paintNode(this, d, view);
    });
    drawn.edges.each(function (s) {
      paintEdge(this, s, view);
    });
    drawn.junctions.each(function (w) {
      paintJunction(this, w, view);
    });
    placeRings();
  };
  const draw = () => {
    drawn = drawScene(layers, scene, editable);
    const hooks = {
      rings: placeRings,
      moved: (d: { id: string; x: number; y: number }) => {
        pinned.set(d.id, { x: d.x, y: d.y });
        placeMoved(drawn, scene.byId, new Set([d.id]));
        placeRings();
      },
    };
    bindNodes(drawn.nodes, layers.viewport, options, hooks, rings);
    bindLinks(drawn, layers.svg, () => scene.byId, options, editable);
  };

  /** Moves the accounts from where they were to where the new scene has them, over a few frames. */
  const animate = (from: ReadonlyMap<string, { x: number; y: number }>) => {
    cancelAnimationFrame(frame);
    const moves = scene.nodes.flatMap((d) => {
      const a = from.get(d.id);
      return a && (a.x !== d.x || a.y !== d.y) ? [{ d, ax: a.x, ay: a.y, bx: d.x, by: d.y }] : [];
    });
    if (moves.length === 0 || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const ids = new Set(moves.map((m) => m.d.id));
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / MOVE_MS);
      const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
      for (const m of moves) {
        m.d.x = m.ax + (m.bx - m.ax) * e;
        m.d.y = m.ay + (m.by - m.ay) * e;
      }
      placeMoved(drawn, scene.byId, ids);
      placeRings();
      if (t < 1) frame = requestAnimationFrame(step);
    };
    step(start);
  };

  draw();
  placeAll(drawn!, scene.byId);
  paint();
  // Fit once the container has its size (it may be laid out after this call returns).
  zoom.fit(scene.nodes);

  return {
    update(next) {
      const before = new Map([...scene.byId].map(([id, d]) => [id, { x: d.x, y: d.y }] as const));
      const wasEmpty = scene.nodes.length === 0;
      for (const id of pinned.keys()) if (!next.nodes.some((n) => n.id === id)) pinned.delete(id);
      scene = buildScene(next, maxLabel, pinned);
      draw();
      placeAll(drawn, scene.byId);
      paint();
      if (wasEmpty) zoom.fit(scene.nodes);
      else animate(before);
    },
    show(v) {
      Object.assign(view, v);
      paint();
    },
    setEditable(on) {
      if (on === editable) return;
      editable = on;
      draw();
      placeAll(drawn, scene.byId);
      paint();
    },
    fit: () => zoom.fit(scene.nodes),
    refit: () => {
      if (!zoom.touched()) zoom.fit(scene.nodes);
    },
    zoomBy: (k) => zoom.zoomBy(k),
    focus(id) {
      drawn.nodes
        .filter((d) => d.id === id)
        .node()
        ?.focus();
    },
    destroy() {
      cancelAnimationFrame(frame);
      zoom.destroy();
      container.replaceChildren();
    },
  };
}

export type { LinkRef };
