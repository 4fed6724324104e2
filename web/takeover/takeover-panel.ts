/**
 * The "who else gets in" section of the simulate panel: a select of the map's phone numbers and mailboxes,
 * and, once one is held by a stranger, what the stranger takes (account by account, in words) and the money
 * exposed. Each taken account is a button that opens it.
 */
import type { Compiled } from '../../src/engine/compile.js';
import type { Takeover } from '../../src/model/index.js';
import { capabilityName, formatTotals, type Lang, listOf, text } from '../../src/text/index.js';
import { dataText, h } from '../shell/dom.js';
import { holderChoices } from './actions.js';

export interface TakeoverSectionProps {
  compiled: Compiled;
  lang: Lang;
  holder: string | null;
  takeover: Takeover | null;
  onHold(holder: string | null): void;
  onSelect(id: string): void;
}

function resultPart(props: TakeoverSectionProps, result: Takeover): HTMLElement {
  const { compiled, lang } = props;
  const t = text(lang).takeover;
  const labelOf = (id: string) => compiled.map.accounts[compiled.index.get(id)!]?.label ?? id;
  const holderLabel = labelOf(props.holder!);
  const taken = Object.entries(result.accounts).filter(([, r]) => r.status === 'taken');
  const held = Object.entries(result.accounts).filter(([, r]) => r.status === 'held');
  const item = (id: string, line: string) =>
    h(
      'li',
      { 'data-takeover-account': id, 'data-takeover-status': result.accounts[id]!.status },
      h('button', { type: 'button', class: 'link', onclick: () => props.onSelect(id) }, line),
    );
  const total = Object.keys(result.totals.exposed).length > 0;
  return h(
    'div',
    { class: 'takeover-result', id: 'takeover-result', 'aria-live': 'polite' },
    h(
      'p',
      { class: 'takeover-headline', id: 'takeover-headline' },
      t.panel.summary(holderLabel, taken.length),
    ),
    h('p', { class: 'muted' }, t.counts(result.counts.held, result.counts.taken, result.counts.safe)),
    taken.length === 0 ? h('p', {}, t.none) : null,
    h(
      'ul',
      { class: 'takeover-list' },
      held.map(([id]) => item(id, t.panel.heldLine(labelOf(id)))),
      taken.map(([id, r]) =>
        item(
          id,
          t.panel.takes(
            labelOf(id),
            listOf(
              r.takes.map((c) => capabilityName(c, lang)),
              lang,
            ),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'takeover-money', id: 'takeover-money' },
      total ? t.panel.money(formatTotals(result.totals.exposed, lang)) : t.panel.noMoney,
    ),
    result.assets.exposed.length > 0
      ? h(
          'ul',
          { class: 'takeover-assets' },
          result.assets.exposed.map((a) => h('li', {}, dataText(`${labelOf(a.account)} · ${a.label}`))),
        )
      : null,
  );
}

/** The section, or a short note when the map has no phone number or mailbox. */
export function takeoverSection(props: TakeoverSectionProps): HTMLElement {
  const t = text(props.lang).takeover;
  const choices = holderChoices(props.compiled);
  const select = h(
    'select',
    {
      id: 'takeover-holder',
      'data-key': 'takeover-holder',
      onchange: (e: Event) => {
        const v = (e.target as HTMLSelectElement).value;
        props.onHold(v === '' ? null : v);
      },
    },
    h('option', { value: '' }, t.panel.nobody),
    choices.map((c) => h('option', { value: c.id, selected: c.id === props.holder }, c.label)),
  );
  return h(
    'section',
    { class: 'takeover', 'aria-labelledby': 'takeover-title' },
    h('h3', { id: 'takeover-title' }, t.panel.title),
    choices.length === 0
      ? h('p', { class: 'muted' }, t.panel.none)
      : h('label', { class: 'takeover-pick' }, h('span', {}, t.panel.pick), select),
    props.takeover && props.holder ? resultPart(props, props.takeover) : null,
  );
}
