/**
 * The parts of the ways editor: one requirement row (an account and a capability of it), one way card (its
 * purpose, label and requirements), and the picker that adds one of the provider's typical ways. They share
 * a WaysScope: the list being edited and the functions that commit a change to one of its ways.
 */
import { getProvider } from '../../src/catalog/index.js';
import { capabilitiesOf } from '../../src/engine/compile.js';
import { addWay, removeWay, type WayList } from '../../src/engine/edit.js';
import type { Account, BindingMap, Requirement, Way } from '../../src/model/index.js';
import type { Catalogue } from '../../src/text/index.js';
import { data, h } from '../shell/dom.js';
import type { EditContext } from './context.js';
import { field, pathKey } from './fields.js';
import { slotCandidates, slotKind, slotProvider, templateWay } from './new-account.js';

const PREFERRED = ['mail', 'sms', 'oauth', 'access'];

/** The capability a new requirement on an account starts with: mail, sms or oauth when it has one. */
export function defaultCapability(account: Account): string {
  const caps = capabilitiesOf(account);
  return PREFERRED.find((c) => caps.includes(c)) ?? 'access';
}

/** A capability in words with its name: "收邮件 (mail)". */
export function capWords(cap: string, names: Record<string, string>): string {
  const words = names[cap];
  return words ? `${words} (${cap})` : cap;
}

/** The first account other than `self` (and not already in `taken`), or undefined. */
export function firstOther(
  map: BindingMap,
  self: string,
  taken: readonly Requirement[] = [],
): Account | undefined {
  return map.accounts.find((a) => a.id !== self && !taken.some((r) => r.account === a.id));
}

/** A requirement on an account with its default capability. */
export const reqOn = (a: Account): Requirement => ({ account: a.id, capability: defaultCapability(a) });

/** One list of ways being edited, and how to change it. */
export interface WaysScope {
  ctx: EditContext;
  account: Account;
  capability: string | undefined;
  list: WayList;
  /** The JSON path of the list. */
  base: (string | number)[];
  /** The prefix of element ids ("way", "cw-pay"). */
  prefix: string;
  t: Catalogue['web'];
  root: HTMLElement;
  apply(candidate: BindingMap, from: HTMLElement): void;
  setWay(j: number, change: (way: Way) => Way, from: HTMLElement): void;
}

const withReq = (k: number, r: Requirement) => (way: Way) => ({
  ...way,
  requires: way.requires.map((x, i) => (i === k ? r : x)),
});

/** The row of requirement `k` of way `j`. */
export function reqRow(w: WaysScope, j: number, r: Requirement, k: number): HTMLElement {
  const { ctx, account, base, prefix, t } = w;
  const map = ctx.map;
  const { setWay } = w;
  const id = `${prefix}-${j}-req-${k}`;
  const accountSel = h('select', {
    id: `${id}-account`,
    class: 'req-account',
    'data-key': `${id}-account`,
    'data-path': pathKey([...base, j, 'requires', k, 'account']),
    'aria-label': t.reqAccount,
  });
  for (const a of map.accounts)
    if (a.id !== account.id || r.account === account.id)
      accountSel.append(data(h('option', { value: a.id }, a.label)));
  accountSel.value = r.account;
  const target = map.accounts.find((a) => a.id === r.account);
  const capSel = h('select', {
    id: `${id}-cap`,
    class: 'req-cap',
    'data-key': `${id}-cap`,
    'data-path': pathKey([...base, j, 'requires', k, 'capability']),
    'aria-label': t.reqCapability,
  });
  const caps = target ? capabilitiesOf(target) : [];
  const cap = r.capability ?? 'access';
  for (const c of caps.includes(cap) ? caps : [...caps, cap])
    capSel.append(h('option', { value: c }, capWords(c, t.capNames)));
  capSel.value = cap;
  accountSel.addEventListener('change', () => {
    const chosen = ctx.map.accounts.find((a) => a.id === accountSel.value)!;
    const keep = capabilitiesOf(chosen).includes(cap) ? cap : defaultCapability(chosen);
    setWay(j, withReq(k, { account: chosen.id, capability: keep }), accountSel);
  });
  capSel.addEventListener('change', () =>
    setWay(j, withReq(k, { account: r.account, capability: capSel.value }), capSel),
  );
  return h(
    'li',
    { class: 'req-row' },
    h('span', { class: 'req-needs' }, t.wayNeeds),
    accountSel,
    capSel,
    h(
      'button',
      {
        type: 'button',
        class: 'icon-button small req-remove',
        'aria-label': t.wayRemoveReq,
        title: t.wayRemoveReq,
        'data-key': `${id}-remove`,
        onclick: (e: Event) =>
          setWay(
            j,
            (way) => ({ ...way, requires: way.requires.filter((_, i) => i !== k) }),
            e.currentTarget as HTMLElement,
          ),
      },
      '×',
    ),
  );
}

/** The card of way `j`. */
export function wayCard(w: WaysScope, way: Way, j: number): HTMLElement {
  const { ctx, account, capability, base, prefix, t } = w;
  const map = ctx.map;
  const { apply, setWay, list } = w;
  const purpose = h(
    'select',
    {
      id: `${prefix}-${j}-purpose`,
      'data-key': `${prefix}-${j}-purpose`,
      'data-path': pathKey([...base, j, 'purpose']),
    },
    h('option', { value: 'login' }, t.purposeLogin),
    h('option', { value: 'recovery' }, t.purposeRecovery),
  );
  purpose.value = way.purpose ?? 'login';
  purpose.addEventListener('change', () =>
    setWay(j, (w) => ({ ...w, purpose: purpose.value as 'login' | 'recovery' }), purpose),
  );
  const label = data(
    h('input', {
      id: `${prefix}-${j}-label`,
      type: 'text',
      maxlength: 200,
      value: way.label ?? '',
      'data-key': `${prefix}-${j}-label`,
      'data-path': pathKey([...base, j, 'label']),
    }),
  );
  label.addEventListener('change', () =>
    setWay(
      j,
      (w) => {
        const { label: _old, ...rest } = w;
        const text = label.value.trim();
        return text ? { ...rest, label: text } : rest;
      },
      label,
    ),
  );
  const canAdd = firstOther(map, account.id, way.requires) !== undefined;
  const reqs = h('ul', { class: 'reqs' });
  way.requires.forEach((r, k) => {
    if (k > 0) reqs.append(h('li', { class: 'req-and', 'aria-hidden': 'true' }, t.wayAnd));
    reqs.append(reqRow(w, j, r, k));
  });
  if (way.requires.length === 0) reqs.append(h('li', { class: 'muted' }, t.wayNothing));
  return h(
    'fieldset',
    { class: 'way-card', 'data-way': j },
    h('legend', {}, t.way(j + 1)),
    h(
      'div',
      { class: 'way-head' },
      capability === undefined ? field(t.wayPurpose, purpose, { inline: true }) : null,
      field(t.wayLabel, label, { inline: true }),
    ),
    reqs,
    h(
      'div',
      { class: 'way-actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'small add-req',
          disabled: !canAdd,
          'data-key': `${prefix}-${j}-add-req`,
          onclick: (e: Event) =>
            setWay(
              j,
              (w) => {
                const other = firstOther(ctx.map, account.id, w.requires);
                return other ? { ...w, requires: [...w.requires, reqOn(other)] } : w;
              },
              e.currentTarget as HTMLElement,
            ),
        },
        t.wayAddReq,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'small danger',
          'data-key': `${prefix}-${j}-remove`,
          onclick: (e: Event) =>
            apply(removeWay(ctx.map, { ...list, index: j }), e.currentTarget as HTMLElement),
        },
        t.wayRemove,
      ),
    ),
  );
}

/** A typical way of the provider, each slot filled with the best of the person's accounts for it. */
export function templatePicker(w: WaysScope): HTMLElement | null {
  const { ctx, account, capability, list, root, t, apply } = w;
  const { lang } = ctx;
  const templates =
    capability === undefined && account.provider ? (getProvider(account.provider)?.ways ?? []) : [];
  if (templates.length) {
    // A typical way of the provider, each slot filled with the best of the person's accounts for it.
    const pick = h(
      'select',
      { id: 'way-template', 'data-key': 'way-template', 'aria-label': t.wayFromTemplate },
      h('option', { value: '' }, t.wayFromTemplate),
      templates.map((tpl, i) => h('option', { value: String(i) }, tpl.names[lang])),
    );
    pick.addEventListener('change', () => {
      const tpl = templates[Number(pick.value)];
      if (!tpl) return;
      const requires: Requirement[] = [];
      for (const slot of tpl.requires) {
        const best = slotCandidates(ctx.map, slot).find((a) => a.id !== account.id);
        if (!best) {
          const what = slotProvider(slot)?.names[lang] ?? t.kinds[slotKind(slot)];
          pick.value = '';
          root.querySelector('.template-missing')?.remove();
          pick.after(
            h('p', { class: 'field-warning template-missing', role: 'status' }, t.wayTemplateMissing(what)),
          );
          return;
        }
        requires.push({ account: best.id, capability: slot.capability });
      }
      const way = templateWay(
        tpl,
        requires.map((r) => r.account),
        lang,
      );
      apply(addWay(ctx.map, list, way), pick);
    });
    return pick;
  }
  return null;
}
