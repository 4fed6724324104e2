/**
 * Adding an account: search the provider catalog (Chinese, English, pinyin initials, aliases), pick one, and
 * get a short form: its name (prefilled), and its typical ways as templates where the person only ticks the
 * ways their account uses and picks which of their accounts fills each slot ("password + code to email":
 * which email?), or lets a new account be made for it. A custom account needs only a name and a kind.
 */
import { getProvider, searchProviders } from '../../src/catalog/index.js';
import { KINDS, type Kind, type Provider } from '../../src/model/index.js';
import { kindIcon } from '../graph/legend.js';
import { data, h, replace } from '../shell/dom.js';
import { strings } from '../shell/i18n.js';
import type { EditContext } from './context.js';
import { field, pathKey, showIssues } from './fields.js';
import {
  addFromCatalog,
  defaultChoices,
  KIND_CAPABILITIES,
  type Slot,
  type SlotChoice,
  slotCandidates,
  slotKind,
  slotProvider,
  type TemplateChoice,
} from './new-account.js';
import { capWords } from './ways-form.js';

/** What the picker shows: the search (with its query), a provider's form, or the custom account form. */
export interface PickerState {
  query: string;
  provider: string | null;
}

export interface PickerProps {
  ctx: EditContext;
  state: PickerState;
  onState(state: PickerState): void;
  /** After an account was added, with its id. */
  onAdded(id: string): void;
}

const NEW = '__new__';
export const CUSTOM = '__custom__';

/** Renders the picker for its state. */
export function catalogPicker(props: PickerProps): HTMLElement {
  const { state } = props;
  if (state.provider === CUSTOM) return customForm(props);
  const provider = state.provider ? getProvider(state.provider) : undefined;
  return provider ? providerForm(props, provider) : search(props);
}

function search(props: PickerProps): HTMLElement {
  const { ctx, state } = props;
  const t = strings(ctx.lang);
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

/** The name to show for what a slot wants: its provider's name, else its kind's. */
function slotWhat(slot: Slot, lang: 'zh' | 'en'): string {
  const p = slotProvider(slot);
  return p ? p.names[lang] : strings(lang).kinds[slotKind(slot)];
}

/** "用你的哪个邮箱（要能收邮件）：" — a kind's name reads in lower case inside an English sentence. */
function slotQuestion(slot: Slot, lang: 'zh' | 'en'): string {
  const t = strings(lang);
  const p = slotProvider(slot);
  const what = p
    ? p.names[lang]
    : lang === 'en'
      ? t.kinds[slotKind(slot)].toLowerCase()
      : t.kinds[slotKind(slot)];
  return t.slotWhich(
    what,
    slot.capability === 'access' ? null : (t.capNames[slot.capability] ?? slot.capability),
  );
}

function providerForm(props: PickerProps, provider: Provider): HTMLElement {
  const { ctx } = props;
  const { lang, map } = ctx;
  const t = strings(lang);
  const label = data(
    h('input', {
      id: 'new-label',
      type: 'text',
      maxlength: 200,
      required: true,
      value: provider.names[lang],
      'data-key': 'new-label',
    }),
  );
  // The typical ways whose slots the person's accounts fill come pre-ticked and pre-filled (DESIGN §4d).
  const defaults = new Map(defaultChoices(map, provider).map((c) => [c.template, c.slots]));
  const rows = provider.ways.map((template, ti) => {
    const chosen = defaults.get(template);
    const box = h('input', { type: 'checkbox', id: `tpl-${ti}`, 'data-key': `tpl-${ti}` });
    box.checked = chosen !== undefined;
    const slots = template.requires.map((slot, si) => {
      const candidates = slotCandidates(map, slot);
      const sel = h(
        'select',
        { id: `tpl-${ti}-slot-${si}`, 'data-key': `tpl-${ti}-slot-${si}`, 'data-slot': slot.slot },
        candidates.map((a) => data(h('option', { value: a.id }, a.label))),
        h('option', { value: NEW }, t.slotNew(slotWhat(slot, lang))),
      );
      const pre = chosen?.[si];
      if (pre !== undefined && 'account' in pre) sel.value = pre.account;
      sel.addEventListener('change', () => {
        box.checked = true;
      });
      return {
        slot,
        sel,
        el: field(slotQuestion(slot, lang), sel, { inline: true }),
      };
    });
    return {
      template,
      box,
      slots,
      el: h(
        'div',
        { class: 'template', 'data-template': ti },
        h(
          'label',
          { class: 'template-choice', for: box.id },
          box,
          h('span', {}, template.names[lang]),
          h(
            'span',
            { class: `purpose-badge ${template.purpose}` },
            template.purpose === 'recovery' ? t.purposeRecovery : t.purposeLogin,
          ),
        ),
        slots.length
          ? h(
              'div',
              { class: 'slots' },
              slots.map((s) => s.el),
            )
          : h('p', { class: 'muted slot-none' }, t.needsNothing),
      ),
    };
  });
  const form = h('form', { class: 'new-account', 'aria-labelledby': 'new-title' });
  const add = () => {
    const templates: TemplateChoice[] = rows
      .filter((r) => r.box.checked)
      .map((r) => ({
        template: r.template,
        slots: r.slots.map(
          (s): SlotChoice => (s.sel.value === NEW ? { create: true } : { account: s.sel.value }),
        ),
      }));
    const { map: candidate, id } = addFromCatalog(ctx.map, {
      provider,
      kind: provider.kind,
      label: label.value,
      templates,
      lang,
      slotLabel: (slot) => slotWhat(slot, lang),
    });
    label.dataset.path = pathKey(['accounts', candidate.accounts.length - 1, 'label']);
    const errors = ctx.commit(candidate, { announce: t.added(label.value.trim()) });
    if (errors) showIssues(form, errors, { lang, doc: candidate, fallback: label });
    else props.onAdded(id);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    add();
  });
  replace(
    form,
    h(
      'div',
      { class: 'card-head' },
      kindIcon(provider.kind, 22),
      h('h3', { id: 'new-title', tabindex: -1 }, t.newFrom(provider.names[lang])),
    ),
    field(t.labelField, label, { hint: t.labelHint }),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t.kindField),
      h('dd', {}, t.kinds[provider.kind]),
      h('dt', {}, t.capsField),
      h(
        'dd',
        {},
        provider.capabilities.map((c) => capWords(c, t.capNames)).join(lang === 'zh' ? '、' : ', '),
      ),
    ),
    rows.length
      ? h(
          'fieldset',
          { class: 'templates' },
          h('legend', {}, t.templatesLegend),
          rows.map((r) => r.el),
          h('p', { class: 'hint' }, t.templatesNone),
        )
      : null,
    formActions(props),
  );
  return form;
}

/** The add / cancel buttons under both new-account forms. */
function formActions(props: PickerProps): HTMLElement {
  const t = strings(props.ctx.lang);
  return h(
    'div',
    { class: 'form-actions' },
    h('button', { type: 'submit', class: 'primary', id: 'new-add' }, t.addConfirm),
    h(
      'button',
      { type: 'button', id: 'new-cancel', onclick: () => props.onState({ ...props.state, provider: null }) },
      t.cancel,
    ),
  );
}

function customForm(props: PickerProps): HTMLElement {
  const { ctx } = props;
  const { lang, map } = ctx;
  const t = strings(lang);
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
    caps.textContent = `${t.capsField}: ${KIND_CAPABILITIES[kind.value as Kind].map((c) => capWords(c, t.capNames)).join(lang === 'zh' ? '、' : ', ')}`;
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
