/**
 * Adding an account: search the provider catalog (Chinese, English, pinyin initials, aliases), pick one, and
 * get a short form: its name (prefilled), and its typical ways as templates where the person only ticks the
 * ways their account uses and picks which of their accounts fills each slot ("password + code to email":
 * which email?), or lets a new account be made for it. A custom account needs only a name and a kind.
 */
import { getProvider, searchProviders } from '../../src/catalog/index.js';
import { KINDS, type Kind, type Provider } from '../../src/model/index.js';
import { listOf, text } from '../../src/text/index.js';
import { kindIcon } from '../graph/legend.js';
import { data, h, replace } from '../shell/dom.js';
import { field, pathKey, showIssues } from './fields.js';
import { addFromCatalog, KIND_CAPABILITIES } from './new-account.js';
import { CUSTOM, type PickerProps } from './picker-state.js';
import { formActions, providerForm } from './provider-form.js';
import { capWords } from './ways-form.js';

export { CUSTOM, type PickerProps, type PickerState } from './picker-state.js';

/** Renders the picker for its state. */
export function catalogPicker(props: PickerProps): HTMLElement {
  const { state } = props;
  if (state.provider === CUSTOM) return customForm(props);
  const provider = state.provider ? getProvider(state.provider) : undefined;
  return provider ? providerForm(props, provider) : search(props);
}

function search(props: PickerProps): HTMLElement {
  const { ctx, state } = props;
  const t = text(ctx.lang).web;
  const input = h('input', {
    id: 'catalog-search',
    type: 'search',
    autocomplete: 'off',
    placeholder: t.searchPlaceholder,
    value: state.query,
    'data-key': 'catalog-search',
    'aria-controls': 'catalog-results',
  });
  const results = h('ul', { id: 'catalog-results', class: 'catalog-results' });
  const pick = (p: Provider) => props.onState({ query: input.value, provider: p.id });
  const list = () => {
    const q = input.value;
    const found = searchProviders(q, 12);
    replace(
      results,
      found.map((p) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'catalog-item',
              'data-provider': p.id,
              onclick: () => pick(p),
            },
            kindIcon(p.kind, 16),
            h('span', { class: 'catalog-name' }, p.names[ctx.lang]),
            h('span', { class: 'muted catalog-kind' }, t.kinds[p.kind]),
          ),
        ),
      ),
      found.length === 0 ? h('li', { class: 'muted' }, t.searchNone(q.trim())) : null,
    );
  };
  input.addEventListener('input', () => {
    state.query = input.value;
    list();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      results.querySelector<HTMLButtonElement>('.catalog-item')?.click();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      results.querySelector<HTMLButtonElement>('.catalog-item')?.focus();
    }
  });
  results.addEventListener('keydown', (e) => {
    const items = [...results.querySelectorAll<HTMLButtonElement>('.catalog-item')];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown') items[Math.min(i + 1, items.length - 1)]?.focus();
    else if (e.key === 'ArrowUp') (i === 0 ? input : items[i - 1])?.focus();
    else return;
    e.preventDefault();
  });
  list();
  return h(
    'div',
    { class: 'catalog-picker' },
    field(t.searchLabel, input, { hint: t.searchHint }),
    results,
    h(
      'button',
      {
        type: 'button',
        id: 'custom-account',
        class: 'small',
        onclick: () => props.onState({ query: input.value, provider: CUSTOM }),
      },
      t.customAccount,
    ),
  );
}

function customForm(props: PickerProps): HTMLElement {
  const { ctx } = props;
  const { lang, map } = ctx;
  const t = text(lang).web;
  const label = data(
    h('input', {
      id: 'new-label',
      type: 'text',
      maxlength: 200,
      required: true,
      value: props.state.query.trim(),
      'data-key': 'new-label',
      'data-path': pathKey(['accounts', map.accounts.length, 'label']),
    }),
  );
  const kind = h(
    'select',
    { id: 'new-kind', 'data-key': 'new-kind' },
    KINDS.map((k) => h('option', { value: k }, t.kinds[k])),
  );
  kind.value = 'service';
  const caps = h('p', { class: 'hint', id: 'new-kind-caps' });
  const showCaps = () => {
    caps.textContent = t.labelled(
      t.capsField,
      listOf(
        KIND_CAPABILITIES[kind.value as Kind].map((c) => capWords(c, t.capNames)),
        lang,
        'unit',
      ),
    );
  };
  kind.addEventListener('change', showCaps);
  showCaps();
  const form = h('form', { class: 'new-account', 'aria-labelledby': 'new-title' });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const { map: candidate, id } = addFromCatalog(ctx.map, {
      kind: kind.value as Kind,
      label: label.value,
      templates: [],
      lang,
      slotLabel: () => '',
    });
    const errors = ctx.commit(candidate, { announce: t.added(label.value.trim()) });
    if (errors) showIssues(form, errors, { lang, doc: candidate, fallback: label });
    else props.onAdded(id);
  });
  replace(
    form,
    h('h3', { id: 'new-title', tabindex: -1 }, t.newCustom),
    field(t.labelField, label, { hint: t.labelHint }),
    field(t.kindField, kind),
    caps,
    formActions(props),
  );
  return form;
}
