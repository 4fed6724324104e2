/**
 * Undo and redo for the editor: a history of map documents as immutable snapshots (every edit builds a new
 * document, sharing what did not change), the present between what can be undone and what can be redone.
 * Pure: main.ts keeps the history in its state and applies whatever document it returns.
 */
import type { BindingMap } from '../../src/model/index.js';

export interface History {
  readonly past: readonly BindingMap[];
  readonly present: BindingMap;
  readonly future: readonly BindingMap[];
}

/** How many steps back undo can go. */
export const HISTORY_LIMIT = 200;

/** A history holding only `map`. */
export function startHistory(map: BindingMap): History {
  return { past: [], present: map, future: [] };
}

/** Records an edit: `map` becomes the present and the redo list is dropped. The same history for no change. */
export function record(h: History, map: BindingMap): History {
  if (map === h.present) return h;
  const past = [...h.past, h.present];
  return { past: past.length > HISTORY_LIMIT ? past.slice(-HISTORY_LIMIT) : past, present: map, future: [] };
}

/** One step back, or null when there is nothing to undo. */
export function undo(h: History): History | null {
  const prev = h.past.at(-1);
  if (prev === undefined) return null;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] };
}

/** One step forward again, or null when there is nothing to redo. */
export function redo(h: History): History | null {
  const next = h.future[0];
  if (next === undefined) return null;
  return { past: [...h.past, h.present], present: next, future: h.future.slice(1) };
}

/** Steps back past the start of the history to an older saved version: redo comes back to the present. */
export function stepBackTo(h: History, map: BindingMap): History {
  return { past: [], present: map, future: [h.present, ...h.future] };
}
