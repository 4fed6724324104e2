/**
 * The ways of an account in the editor: each way a card of requirements (all needed, AND), the cards
 * alternatives (OR). A requirement is picked from the person's accounts and then from the capabilities that
 * account provides; a way is marked as a way to log in or to recover. The same editor serves the extra
 * conditions of one capability (capability ways). Handlers read the map when they run (see EditContext).
 * The cards and rows themselves are in way-parts.ts.
 */
import { capabilitiesOf } from '../../src/engine/compile.js';
import { addWay, replaceWay, setWays, type WayList, waysOf } from '../../src/engine/edit.js';
import type { Account, BindingMap, Way } from '../../src/model/index.js';
import { text } from '../../src/text/index.js';
import { h } from '../shell/dom.js';
import type { EditContext } from './context.js';
import { field, isTextField, showIssues } from './fields.js';
import { capWords, firstOther, reqOn, templatePicker, type WaysScope, wayCard } from './way-parts.js';

export { capWords, defaultCapability } from './way-parts.js';

/** The editor of one list of ways of `account` (its own ways, or those of one capability). */
export function waysEditor(ctx: EditContext, account: Account, capability?: string): HTMLElement {
  const { lang } = ctx;
  const map = ctx.map;
  const t = text(lang).web;
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

  const w: WaysScope = { ctx, account, capability, list, base, prefix, t, root, apply, setWay };
  ways.forEach((way, j) => {
    if (j > 0) root.append(h('p', { class: 'way-or' }, t.wayOr));
    root.append(wayCard(w, way, j));
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
  const picker = templatePicker(w);
  if (picker) root.append(picker);
  if (!hasOther) root.append(h('p', { class: 'hint' }, t.wayNoOthers));
  return root;
}

/** The extra conditions of capabilities: one ways editor per capability that has some, and a way to add one. */
export function capabilityWaysEditor(ctx: EditContext, account: Account): HTMLElement {
  const t = text(ctx.lang).web;
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
