/**
 * The editor of one account: its name, kind, capabilities (those of its provider, plus any the person adds)
 * and notes, then its ways, capability conditions and assets, and the buttons to simulate its ban or delete
 * it. Every change is validated against the whole map before it is recorded; a problem appears beside the
 * field, and the warnings of this account (unreachable, a way needing itself) beside what they concern.
 */
import { getProvider } from '../../src/catalog/index.js';
import { setField, updateAccount } from '../../src/engine/edit.js';
import { type Account, type BindingMap, KINDS } from '../../src/model/index.js';
import { text } from '../../src/text/index.js';
import { kindIcon } from '../graph/legend.js';
import { data, dataText, h } from '../shell/dom.js';
import { assetsEditor } from './assets-form.js';
import { capsEditor } from './caps-editor.js';
import type { EditContext } from './context.js';
import { field, isTextField, pathKey, showIssues } from './fields.js';
import { capabilityWaysEditor, waysEditor } from './ways-form.js';

/** Renders the editor of `account`. */
export function accountForm(ctx: EditContext, account: Account): HTMLElement {
  const { lang } = ctx;
  const map = ctx.map;
  const t = text(lang).web;
  const index = map.accounts.findIndex((a) => a.id === account.id);
  const path = (...p: (string | number)[]) => pathKey(['accounts', index, ...p]);
  const provider = account.provider ? getProvider(account.provider) : undefined;
  const root = h('section', { class: 'account-editor', 'aria-labelledby': 'account-edit-title' });
  // Built from the map as it is when the handler runs (a text field may have committed since).
  const change = (f: (a: Account) => Account) => updateAccount(ctx.map, account.id, f);
  const apply = (candidate: BindingMap, from: HTMLElement) => {
    const errors = ctx.commit(candidate, { quiet: isTextField(from) });
    if (errors) showIssues(root, errors, { lang, doc: candidate, fallback: from });
  };
  const live = (candidate: BindingMap, from: HTMLElement) =>
    showIssues(root, ctx.check(candidate), { lang, doc: candidate, fallback: from });

  const label = data(
    h('input', {
      id: 'edit-label',
      type: 'text',
      maxlength: 200,
      required: true,
      value: account.label,
      'data-key': 'edit-label',
      'data-path': path('label'),
    }),
  );
  const withLabel = () => change((a) => ({ ...a, label: label.value.trim() }));
  label.addEventListener('input', () => live(withLabel(), label));
  label.addEventListener('change', () => apply(withLabel(), label));

  const kind = h(
    'select',
    { id: 'edit-kind', 'data-key': 'edit-kind', 'data-path': path('kind') },
    KINDS.map((k) => h('option', { value: k }, t.kinds[k])),
  );
  kind.value = account.kind;
  kind.addEventListener('change', () =>
    apply(
      change((a) => ({ ...a, kind: kind.value as Account['kind'] })),
      kind,
    ),
  );

  const capsBox = capsEditor({ ctx, account, root, path, apply, change });

  const notes = data(
    h('textarea', {
      id: 'edit-notes',
      rows: 3,
      maxlength: 10_000,
      'data-key': 'edit-notes',
      'data-path': path('notes'),
    }),
  );
  notes.value = account.notes ?? '';
  const withNotes = () => change((a) => setField(a, 'notes', notes.value.trim() || undefined));
  notes.addEventListener('change', () => apply(withNotes(), notes));

  root.append(
    h(
      'div',
      { class: 'card-head' },
      kindIcon(account.kind, 22),
      h('h2', { id: 'account-edit-title', tabindex: -1 }, dataText(account.label)),
      h(
        'button',
        {
          type: 'button',
          class: 'icon-button',
          id: 'edit-close',
          'aria-label': t.back,
          title: t.back,
          onclick: () => ctx.select(null),
        },
        '×',
      ),
    ),
    h(
      'p',
      { class: 'muted editing-what' },
      t.editing,
      ' · ',
      provider ? provider.names[lang] : t.providerNone,
    ),
    field(t.labelField, label),
    field(t.kindField, kind),
    capsBox,
    field(t.notesField, notes),
    h(
      'section',
      { class: 'ways-section', 'aria-labelledby': 'ways-title' },
      h('h3', { id: 'ways-title' }, t.waysHeading),
      h('p', { class: 'hint' }, t.waysHint),
      waysEditor(ctx, account),
    ),
    assetsEditor(ctx, account),
    capabilityWaysEditor(ctx, account),
    accountActions(ctx, account),
  );
  const mine = ctx.warnings.filter((w) => w.path[0] === 'accounts' && w.path[1] === index);
  if (mine.length)
    showIssues(root, mine, {
      lang,
      doc: map,
      fallback: root.querySelector<HTMLElement>('#ways-title'),
      warning: true,
    });
  return root;
}

/** Simulate this account's ban, or delete it (after a confirmation). */
function accountActions(ctx: EditContext, account: Account): HTMLElement {
  const t = text(ctx.lang).web;
  return h(
    'div',
    { class: 'form-actions account-actions' },
    h(
      'button',
      { type: 'button', id: 'simulate-account', onclick: () => ctx.simulate(account.id) },
      t.simulateAccount,
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'danger',
        id: 'delete-account',
        onclick: () => ctx.requestDelete(account.id),
      },
      t.deleteAccount,
    ),
  );
}
