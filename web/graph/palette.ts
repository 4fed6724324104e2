/**
 * How kinds and statuses look. Kinds differ by colour (a colour-blind-safe set from Paul Tol's palettes,
 * kept clear of the status colours) and by shape; statuses differ by colour, fill pattern and an icon, so
 * nothing depends on telling colours apart.
 */
import {
  type SymbolType,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3-shape';
import type { Kind, Status, TakeoverStatus } from '../../src/model/index.js';

export interface KindLook {
  color: string;
  symbol: SymbolType;
}

export const KIND_LOOK: Record<Kind, KindLook> = {
  messenger: { color: '#332288', symbol: symbolStar },
  email: { color: '#1f78b4', symbol: symbolSquare },
  phone: { color: '#117733', symbol: symbolTriangle },
  payment: { color: '#aa4499', symbol: symbolDiamond },
  identity: { color: '#7a7a1f', symbol: symbolWye },
  device: { color: '#44aa99', symbol: symbolCross },
  service: { color: '#5b7fa8', symbol: symbolCircle },
};

/** Statuses shown on the graph during a simulation ("unreachable" is a flag, drawn separately). */
export interface StatusLook {
  color: string;
  /** An SVG pattern id (defined by the graph) or the plain colour. */
  fill: string;
  /** A one-character badge drawn beside the node and in the legend. */
  icon: string;
}

export const STATUS_LOOK: Record<Status, StatusLook> = {
  banned: { color: '#1a1a1a', fill: 'url(#br-pat-banned)', icon: '✕' },
  cut: { color: '#c62828', fill: 'url(#br-pat-cut)', icon: '✂' },
  partial: { color: '#e08a00', fill: 'url(#br-pat-partial)', icon: '◐' },
  degraded: { color: '#f2d21b', fill: 'url(#br-pat-degraded)', icon: '▽' },
  ok: { color: '#d9dde3', fill: '#e9ecf0', icon: '' },
  unreachable: { color: '#777777', fill: '#ffffff', icon: '⚠' },
};

/** Statuses in the order the legend and summaries list them. */
export const STATUS_ORDER: readonly Status[] = ['banned', 'cut', 'partial', 'degraded', 'ok', 'unreachable'];

/** How held and taken accounts look in a takeover: purple, never a ban colour, with a dotted outline (CSS). */
export const TAKEOVER_LOOK: Record<Exclude<TakeoverStatus, 'safe'>, StatusLook> = {
  held: { color: '#5b2a86', fill: '#c9a7e6', icon: '◉' },
  taken: { color: '#7b3fb0', fill: '#e6d5f5', icon: '⇢' },
};
