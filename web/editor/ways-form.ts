/**
 * The ways of an account in the editor: each way a card of requirements (all needed, AND), the cards
 * alternatives (OR). A requirement is picked from the person's accounts and then from the capabilities that
 * account provides; a way is marked as a way to log in or to recover. The same editor serves the extra
 * conditions of one capability (capability ways). Handlers read the map when they run (see EditContext).
 */
import { getProvider } from '../../src/catalog/index.js';
import { capabilitiesOf } from '../../src/engine/compile.js';
import { addWay, removeWay, replaceWay, setWays, type WayList, waysOf } from '../../src/engine/edit.js';
import type { Account, BindingMap, Requirement, Way } from '../../src/model/index.js';
import { data, h } from '../shell/dom.js';
import { strings } from '../shell/i18n.js';
import type { EditContext } from './context.js';
import { field, isTextField, pathKey, showIssues } from './fields.js';
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
function firstOther(map: BindingMap, self: string, taken: readonly Requirement[] = []): Account | undefined {
  return map.accounts.find((a) => a.id !== self && !taken.some((r) => r.account === a.id));
}

/** A requirement on an account with its default capability. */
const reqOn = (a: Account): Requirement => ({ account: a.id, capability: defaultCapability(a) });

/** The editor of one list of ways of `account` (its own ways, or those of one capability). */
export function waysEditor(ctx: EditContext, account: Account, capability?: string): HTMLElement {
  const { lang } = ctx;
  const map = ctx.map;
  const t = strings(lang);
  const index = map.accounts.findIndex((a) => a.id === account.id);
  const list: WayList =
    capability === undefined ? { account: account.id } : { account: account.id, capability };
  const base: (string | number)[] =
    capability === undefined
      ? ['accounts', index, 'ways']
      : ['accounts', index, 'capabilityWays', capability];
  const prefix = capability === undefined ? 'way' : `cw-${capability}`;
  const ways = waysOf(account, capability);
  const root = h('div', { class: 'ways-editor', 'data-list': capability ?? '' });

  /** The way as it is now. */
  const current = (j: number): Way | undefined => {
    const a = ctx.map.accounts.find((x) => x.id === account.id);
    return a ? waysOf(a, capability)[j] : undefined;
  };
  const apply = (candidate: BindingMap, from: HTMLElement) => {
    const errors = ctx.commit(candidate, { quiet: isTextField(from) });
    if (errors) showIssues(root, errors, { lang, doc: candidate, fallback: from });
  };
  const setWay = (j: number, change: (way: Way) => Way, from: HTMLElement) => {
    const way = current(j);
    if (way) apply(replaceWay(ctx.map, { ...list, index: j }, change(way)), from);
  };
  const withReq = (k: number, r: Requirement) => (way: Way) => ({
    ...way,
    requires: way.requires.map((x, i) => (i === k ? r : x)),
  });

  const reqRow = (j: number, r: Requirement, k: number) => {
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
  };

  ways.forEach((way, j) => {
    if (j > 0) root.append(h('p', { class: 'way-or' }, t.wayOr));
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
      reqs.append(reqRow(j, r, k));
    });
    if (way.requires.length === 0) reqs.append(h('li', { class: 'muted' }, t.wayNothing));
    root.append(
      h(
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
      ),
    );
  });

  const hasOther = firstOther(map, account.id) !== undefined;
  const add = h(
    'button',
    {
      type: 'button',
      class: 'small add-way',
      id: capability === undefined ? 'way-add' : undefined,
      'data-key': `${prefix}-add`,
      onclick: () => {
        const other = firstOther(ctx.map, account.id);
        apply(
          addWay(ctx.map, list, {
            ...(capability === undefined ? { purpose: 'login' as const } : {}),
            requires: other ? [reqOn(other)] : [],
          }),
          add,
        );
      },
    },
    t.wayAdd,
  );
  if (ways.length === 0 && capability === undefined) root.append(h('p', { class: 'muted' }, t.waysNone));
  root.append(add);
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
    root.append(pick);
  }
  if (!hasOther) root.append(h('p', { class: 'hint' }, t.wayNoOthers));
  return root;
}

/** The extra conditions of capabilities: one ways editor per capability that has some, and a way to add one. */
export function capabilityWaysEditor(ctx: EditContext, account: Account): HTMLElement {
  const t = strings(ctx.lang);
  const caps = capabilitiesOf(account);
  const present = Object.keys(account.capabilityWays ?? {});
  // Rarely needed, so folded away unless the account has some.
  const root = h(
    'details',
    { class: 'capways', open: present.length > 0 },
    h('summary', { id: 'capways-title' }, t.capWaysHeading),
    h('p', { class: 'hint' }, t.capWaysHint),
  );
  for (const cap of present)
    root.append(
      h(
        'div',
        { class: 'capway-group' },
        h('h4', {}, t.capWaysFor(capWords(cap, t.capNames))),
        waysEditor(ctx, account, cap),
      ),
    );
  const free = caps.filter((c) => !present.includes(c));
  if (free.length && firstOther(ctx.map, account.id)) {
    const pick = h(
      'select',
      { id: 'capway-pick', 'data-key': 'capway-pick' },
      free.map((c) => h('option', { value: c }, capWords(c, t.capNames))),
    );
    const add = h('button', { type: 'button', class: 'small', 'data-key': 'capway-add' }, t.capWayAdd);
    add.addEventListener('click', () => {
      const other = firstOther(ctx.map, account.id);
      if (!other) return;
      const candidate = setWays(ctx.map, { account: account.id, capability: pick.value }, [
        { requires: [reqOn(other)] },
      ]);
      const errors = ctx.commit(candidate);
      if (errors) showIssues(root, errors, { lang: ctx.lang, doc: candidate, fallback: pick });
    });
    root.append(h('div', { class: 'capway-add' }, field(t.capWayPick, pick, { inline: true }), add));
  }
  return root;
}
