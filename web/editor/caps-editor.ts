/**
 * The capabilities of an account in the editor: a checkbox per capability it or its provider has ("access"
 * always stays), and a field to add one by name. Each change is committed through the edit context.
 */
import { getProvider } from '../../src/catalog/index.js';
import { capabilitiesOf } from '../../src/engine/compile.js';
import { setField } from '../../src/engine/edit.js';
import type { Account, BindingMap } from '../../src/model/index.js';
import { text } from '../../src/text/index.js';
import { h } from '../shell/dom.js';
import type { EditContext } from './context.js';
import { field, showIssues } from './fields.js';
import { capWords } from './ways-form.js';

export interface CapsEditorProps {
  ctx: EditContext;
  account: Account;
  /** The account form, where problems are shown. */
  root: HTMLElement;
  path: (...p: (string | number)[]) => string;
  apply(candidate: BindingMap, from: HTMLElement): void;
  /** The map with this account changed (built from the map as it is when called). */
  change(f: (a: Account) => Account): BindingMap;
}

export function capsEditor(props: CapsEditorProps): HTMLElement {
  const { ctx, account, root, path, apply, change } = props;
  const { lang } = ctx;
  const t = text(lang).web;
  const provider = account.provider ? getProvider(account.provider) : undefined;
  // Capabilities: the account's own, then its provider's that it dropped; "access" always stays.
  const caps = capabilitiesOf(account);
  const offered = [...new Set(['access', ...caps, ...(provider?.capabilities ?? [])])];
  const capsBox = h('fieldset', {
    class: 'caps-editor',
    id: 'edit-caps',
    'data-path': path('capabilities'),
    'data-key': 'edit-caps',
  });
  capsBox.append(h('legend', { class: 'field-label' }, t.capsField));
  for (const cap of offered) {
    const box = h('input', {
      type: 'checkbox',
      value: cap,
      checked: caps.includes(cap),
      disabled: cap === 'access',
      'data-key': `edit-cap-${cap}`,
    });
    box.addEventListener('change', () => {
      apply(
        change((a) => {
          const now = capabilitiesOf(a);
          const next = box.checked ? [...now, cap] : now.filter((c) => c !== cap);
          return setField(a, 'capabilities', next);
        }),
        capsBox,
      );
    });
    capsBox.append(
      h(
        'label',
        { class: 'cap-choice' },
        box,
        capWords(cap, t.capNames),
        cap === 'access' ? h('span', { class: 'muted' }, t.capsAlways) : null,
      ),
    );
  }
  const newCap = h('input', {
    id: 'edit-cap-new',
    type: 'text',
    maxlength: 64,
    placeholder: t.capAddPlaceholder,
    'data-key': 'edit-cap-new',
    'data-path': path('capabilities', caps.length),
    spellcheck: 'false',
  });
  const addCap = () => {
    const cap = newCap.value.trim();
    if (cap === '' || caps.includes(cap)) return;
    // Not quiet: the new capability appears as a checkbox.
    const candidate = change((a) => setField(a, 'capabilities', [...capabilitiesOf(a), cap]));
    const errors = ctx.commit(candidate);
    if (errors) showIssues(root, errors, { lang, doc: candidate, fallback: newCap });
  };
  newCap.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      addCap();
    }
  });
  capsBox.append(
    h(
      'div',
      { class: 'cap-add' },
      field(t.capAddLabel, newCap),
      h('button', { type: 'button', class: 'small', 'data-key': 'edit-cap-add', onclick: addCap }, t.capAdd),
    ),
  );
  return capsBox;
}
