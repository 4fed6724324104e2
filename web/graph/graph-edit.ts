/**
 * Editing in the graph: after a link is drawn from one account onto another, a small chooser asks which
 * capability of the first the second needs, and whether that is a new way in (OR) or one more requirement of
 * an existing way (AND); and the removal of a selected link (one requirement, or a whole way when it was its
 * only one, so deleting an arrow never leaves a way that needs nothing).
 */
import { capabilitiesOf } from '../../src/engine/compile.js';
import type { Lang } from '../../src/engine/describe.js';
import { addRequirement, removeRequirement, removeWay } from '../../src/engine/edit.js';
import type { BindingMap } from '../../src/model/index.js';
import { text } from '../../src/text/index.js';
import { capWords, defaultCapability } from '../editor/ways-form.js';
import { h } from '../shell/dom.js';
import type { LinkRef } from './graph-data.js';

export interface ChooserProps {
  map: BindingMap;
  lang: Lang;
  /** The account needed… */
  from: string;
  /** …by this one. */
  to: string;
  /** Where the link was dropped, in window coordinates. */
  at: { x: number; y: number };
  /** The map with the new requirement, or null when the person cancelled. */
  onDone(candidate: BindingMap | null): void;
}

/** Opens the chooser beside the drop point, focused on its first control. */
export function openLinkChooser(props: ChooserProps): HTMLElement {
  document.getElementById('link-chooser')?.remove();
  const { map, lang } = props;
  const t = text(lang).web;
  const from = map.accounts.find((a) => a.id === props.from)!;
  const to = map.accounts.find((a) => a.id === props.to)!;
  const label = (id: string) => map.accounts.find((a) => a.id === id)?.label ?? id;
  const cap = h(
    'select',
    { id: 'link-cap' },
    capabilitiesOf(from).map((c) => h('option', { value: c }, capWords(c, t.capNames))),
  );
  cap.value = defaultCapability(from);
  const way = h('select', { id: 'link-way' }, h('option', { value: 'new' }, t.linkNewWay));
  (to.ways ?? []).forEach((w, j) => {
    const summary = w.requires.map((r) => label(r.account)).join(' + ') || t.needsNothing;
    way.append(h('option', { value: String(j) }, t.linkExisting(j + 1, summary)));
  });
  let done = false;
  const finish = (candidate: BindingMap | null) => {
    if (done) return;
    done = true;
    box.remove();
    document.removeEventListener('pointerdown', outside, true);
    props.onDone(candidate);
  };
  // A press anywhere else cancels: the map may change after that, and the chooser would be out of date.
  const outside = (e: PointerEvent) => {
    if (!box.contains(e.target as Node)) finish(null);
  };
  const box = h(
    'form',
    { id: 'link-chooser', class: 'link-chooser', role: 'dialog', 'aria-labelledby': 'link-title' },
    h('p', { id: 'link-title', class: 'link-title' }, t.linkTitle(to.label, from.label)),
    h('label', { for: 'link-cap', class: 'field-label' }, t.reqCapability),
    cap,
    h('label', { for: 'link-way', class: 'field-label' }, t.linkAs),
    way,
    h(
      'div',
      { class: 'form-actions' },
      h('button', { type: 'submit', class: 'primary', id: 'link-add' }, t.linkAdd),
      h('button', { type: 'button', id: 'link-cancel', onclick: () => finish(null) }, t.cancel),
    ),
  );
  box.addEventListener('submit', (e) => {
    e.preventDefault();
    const index = way.value === 'new' ? 'new' : Number(way.value);
    finish(
      addRequirement(map, { account: to.id }, index, { account: from.id, capability: cap.value }, 'login'),
    );
  });
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      finish(null);
    }
  });
  document.body.append(box);
  document.addEventListener('pointerdown', outside, true);
  // Beside the drop point, kept inside the window.
  const r = box.getBoundingClientRect();
  box.style.left = `${Math.max(8, Math.min(props.at.x + 12, window.innerWidth - r.width - 8))}px`;
  box.style.top = `${Math.max(8, Math.min(props.at.y + 12, window.innerHeight - r.height - 8))}px`;
  cap.focus();
  return box;
}

/** The map without a link: its requirement, or its whole way when that was the way's only requirement. */
export function removeLink(map: BindingMap, link: LinkRef): BindingMap {
  const ref = {
    account: link.account,
    index: link.index,
    ...(link.capability !== undefined ? { capability: link.capability } : {}),
  };
  return link.req === null ? removeWay(map, ref) : removeRequirement(map, ref, link.req, true);
}
