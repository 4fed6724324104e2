/**
 * Painting the drawn graph for what is shown now: each account's status (colour, pattern, the status in words
 * and in its aria-label), each link's state (normal, broken by the simulation, dead at baseline, faded) and the
 * selected link. Each element remembers what it shows, so a repaint touches only what changed.
 */
import type { Status, TakeoverStatus } from '../../src/model/index.js';
import { type Lang, text } from '../../src/text/index.js';
import type { GraphReq, LinkRef, StatusView } from './graph-data.js';
import { KIND_LOOK, STATUS_LOOK, TAKEOVER_LOOK } from './palette.js';
import type { NodeDatum, Segment, WayDatum } from './scene.js';

/** What the graph shows besides the map itself. */
export interface GraphView {
  /** Per account, its status under the current simulation; null for no simulation. */
  statuses: StatusView;
  lang: Lang;
  /** The account whose panel is open. */
  selected: string | null;
  /** The selected link (edit mode). */
  selectedLink: LinkRef | null;
  /** Per account, its status when a stranger holds a number or mailbox (web/takeover); null for none. */
  takeover: ReadonlyMap<string, TakeoverStatus> | null;
}

/** What each element shows now (a key), so an unchanged element is skipped. */
const shown = new WeakMap<Element, string>();

function changed(el: Element, key: string): boolean {
  if (shown.get(el) === key) return false;
  shown.set(el, key);
  return true;
}

/** Paints one account node (`g.node` with its shape, status label and title). */
export function paintNode(g: SVGGElement, d: NodeDatum, view: GraphView): void {
  const held = view.takeover?.get(d.id);
  // Held and taken accounts show the takeover; the others keep the ban simulation's colour (a timeline step).
  if (held === 'held' || held === 'taken') {
    paintTakeover(g, d, view, held);
    return;
  }
  g.removeAttribute('data-takeover');
  const { statuses, lang, selected } = view;
  const simulating = statuses !== null;
  const status: Status = d.unreachable ? 'unreachable' : (statuses?.get(d.id)?.status ?? 'ok');
  if (
    !changed(g, `${status}|${simulating}|${d.id === selected}|${lang}|${d.kind}|${d.label}|${d.unreachable}`)
  )
    return;
  const t = text(lang).web;
  const shape = g.querySelector<SVGPathElement>('path.shape')!;
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
  const name = d.unreachable ? t.unreachableShort : text(lang).status[status];
  // The status in words with its icon, so it never depends on colour alone.
  g.querySelector('text.status-label')!.textContent = showStatus ? `${look.icon} ${name}` : '';
  g.setAttribute(
    'aria-label',
    t.nodeAria(d.label, t.kinds[d.kind], d.unreachable || simulating ? name : null),
  );
  g.querySelector('title')!.textContent = showStatus ? `${d.label} · ${name}` : d.label;
}

/** Paints one account node for a takeover: held and taken in purple with a dashed outline, safe plain. */
function paintTakeover(g: SVGGElement, d: NodeDatum, view: GraphView, status: TakeoverStatus): void {
  const { lang, selected } = view;
  if (!changed(g, `takeover|${status}|${d.id === selected}|${lang}|${d.kind}|${d.label}`)) return;
  const t = text(lang).web;
  const shape = g.querySelector<SVGPathElement>('path.shape')!;
  g.classList.toggle('selected', d.id === selected);
  g.removeAttribute('data-status');
  const kindColor = KIND_LOOK[d.kind].color;
  const look = status === 'safe' ? null : TAKEOVER_LOOK[status];
  if (look) g.setAttribute('data-takeover', status);
  else g.removeAttribute('data-takeover');
  shape.setAttribute('fill', look ? look.fill : '#e9ecf0');
  shape.setAttribute('stroke', look ? look.color : kindColor);
  const name = text(lang).takeover.status[status];
  g.querySelector('text.status-label')!.textContent = look ? `${look.icon} ${name}` : '';
  g.setAttribute('aria-label', t.nodeAria(d.label, t.kinds[d.kind], name));
  g.querySelector('title')!.textContent = look ? `${d.label} · ${name}` : d.label;
}

/** Paints one drawn segment of a way. */
export function paintEdge(el: SVGPathElement, s: Segment, view: GraphView): void {
  const state = edgeState(s, view.statuses);
  const chosen = view.selectedLink !== null && sameLink(s, view.selectedLink);
  if (!changed(el, `${state}|${chosen}`)) return;
  el.setAttribute(
    'class',
    `edge ${state}${s.way.capability !== undefined ? ' capway' : ''}${chosen ? ' selected' : ''}`,
  );
  if (!(s.way.junction && s.req !== null))
    el.setAttribute('marker-end', `url(#br-arrow${state === 'broken' ? '-broken' : ''})`);
}

/** Paints the junction dot of an AND way. */
export function paintJunction(el: SVGCircleElement, w: WayDatum, view: GraphView): void {
  const key = wayBroken(w, view.statuses) ? 'junction broken' : 'junction';
  if (changed(el, key)) el.setAttribute('class', key);
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
