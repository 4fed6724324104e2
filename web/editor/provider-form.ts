/**
 * The form for an account of a catalog provider: its name (prefilled) and its typical ways as templates the
 * person ticks, each slot filled by one of their accounts or a new one ("password + code to email": which
 * email?). Also the add / cancel buttons shared with the custom form.
 */
import type { BindingMap, Provider, WayTemplate } from '../../src/model/index.js';
import { type Lang, listOf, text } from '../../src/text/index.js';
import { kindIcon } from '../graph/legend.js';
import { confirmDialog } from '../shell/dialog.js';
import { data, h, replace } from '../shell/dom.js';
import { field, pathKey, showIssues } from './fields.js';
import {
  addFromCatalog,
  defaultChoices,
  type Slot,
  type SlotChoice,
  slotCandidates,
  slotKind,
  slotProvider,
  type TemplateChoice,
} from './new-account.js';
import { NEW, type PickerProps } from './picker-state.js';
import { capWords } from './ways-form.js';

/** "You hold it directly?" for an account added with no way in. */
function confirmRoot(lang: Lang, label: string): Promise<boolean> {
  const t = text(lang).survey;
  return confirmDialog({
    title: t.rootTitle(label),
    body: t.rootBody,
    confirm: t.rootConfirm,
    cancel: t.rootCancel,
  });
}

/** The name to show for what a slot wants: its provider's name, else its kind's. */
function slotWhat(slot: Slot, lang: 'zh' | 'en'): string {
  const p = slotProvider(slot);
  return p ? p.names[lang] : text(lang).web.kinds[slotKind(slot)];
}

/** "用你的哪个邮箱（要能收邮件）：" — a kind's name reads in lower case inside an English sentence. */
function slotQuestion(slot: Slot, lang: 'zh' | 'en'): string {
  const t = text(lang).web;
  const p = slotProvider(slot);
  const what = p ? p.names[lang] : t.kindInText(t.kinds[slotKind(slot)]);
  return t.slotWhich(
    what,
    slot.capability === 'access' ? null : (t.capNames[slot.capability] ?? slot.capability),
  );
}

/** One typical way as a tickable row, each slot a choice among the person's accounts (or a new one). */
function templateRow(
  map: BindingMap,
  template: WayTemplate,
  ti: number,
  chosen: readonly SlotChoice[] | undefined,
  lang: Lang,
) {
  const t = text(lang).web;
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
}

export function providerForm(props: PickerProps, provider: Provider): HTMLElement {
  const { ctx } = props;
  const { lang, map } = ctx;
  const t = text(lang).web;
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
  const rows = provider.ways.map((template, ti) =>
    templateRow(map, template, ti, defaults.get(template), lang),
  );
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
    // No way at all makes the account a root: ask before that, it is rarely what the person means (DESIGN §4d).
    if (provider.ways.length === 0 || rows.some((r) => r.box.checked)) add();
    else void confirmRoot(lang, label.value.trim()).then((yes) => yes && add());
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
        listOf(
          provider.capabilities.map((c) => capWords(c, t.capNames)),
          lang,
          'unit',
        ),
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
export function formActions(props: PickerProps): HTMLElement {
  const t = text(props.ctx.lang).web;
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
