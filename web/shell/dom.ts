/**
 * Tiny DOM helpers for the web UI. Elements are built with createElement and textContent only: no HTML
 * strings, so map data can never inject markup and nothing conflicts with the page's strict CSP.
 */

type Child = Node | string | number | null | undefined | false;
/** Children may nest in arrays to any depth; they are flattened in order. */
export type Children = Child | readonly Children[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * Creates an HTML element. Attributes whose name starts with `on` are event listeners; `true` sets an empty
 * attribute, `false`/`null`/`undefined` leave it out. Children that are strings become text nodes.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element (same conventions as `h`). */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Children[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(el: Element, children: readonly Children[]): void {
  for (const child of children) {
    if (Array.isArray(child)) {
      append(el, child);
      continue;
    }
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'number' ? String(child) : (child as Node | string));
  }
}

/** Replaces every child of `el`. */
export function replace(el: Element, ...children: Children[]): void {
  el.replaceChildren();
  append(el, children);
}

/** The element with this id, or a thrown error naming it (the page shell is ours, so this is a bug). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing element #${id}`);
  return el as T;
}

/** Marks a node as map data (labels, notes): any language, excluded from the UI language checks. */
export function data<T extends Element>(el: T): T {
  el.setAttribute('data-user', '');
  return el;
}

/** A span holding map data such as an account label. */
export function dataText(text: string, tag: 'span' | 'strong' = 'span'): HTMLElement {
  return data(h(tag, {}, text));
}
