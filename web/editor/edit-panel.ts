/**
 * The side panel in edit mode when no account is open: the map's name, adding an account (the catalog
 * picker), and every account of the map as a button that opens it in the editor (the keyboard's way in, and
 * a list for people who do not use the graph).
 */
import { setTitle } from '../../src/engine/edit.js';
import { text } from '../../src/text/index.js';
import { kindIcon } from '../graph/legend.js';
import { data, dataText, h } from '../shell/dom.js';
import { catalogPicker, type PickerState } from './catalog-picker.js';
import type { EditContext } from './context.js';
import { field, isTextField, showIssues } from './fields.js';

export interface EditPanelProps {
  ctx: EditContext;
  picker: PickerState;
  onPicker(state: PickerState): void;
  onAdded(id: string): void;
}

/** Renders the panel. */
export function editPanel(props: EditPanelProps): HTMLElement {
  const { ctx } = props;
  const { lang } = ctx;
  const map = ctx.map;
  const t = text(lang).web;
  const root = h('div', { class: 'edit-panel' });
  const title = data(
    h('input', {
      id: 'map-title-input',
      type: 'text',
      maxlength: 200,
      value: map.title ?? '',
      placeholder: t.mapTitlePlaceholder,
      'data-key': 'map-title-input',
      'data-path': 'title',
    }),
  );
  title.addEventListener('change', () => {
    const candidate = setTitle(ctx.map, title.value);
    const errors = ctx.commit(candidate, { quiet: isTextField(title) });
    if (errors) showIssues(root, errors, { lang, doc: candidate, fallback: title });
  });
  root.append(
    field(t.mapTitleLabel, title),
    h(
      'section',
      { class: 'add-account', 'aria-labelledby': 'add-title' },
      h('h3', { id: 'add-title' }, t.addHeading),
      catalogPicker({ ctx, state: props.picker, onState: props.onPicker, onAdded: props.onAdded }),
    ),
    h(
      'section',
      { class: 'account-list', 'aria-labelledby': 'account-list-title' },
      h('h3', { id: 'account-list-title' }, t.accountsHeading(map.accounts.length)),
      map.accounts.length
        ? h(
            'ul',
            {},
            map.accounts.map((a) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'account-item',
                    'data-account': a.id,
                    onclick: () => ctx.select(a.id),
                  },
                  kindIcon(a.kind, 14),
                  dataText(a.label),
                  h('span', { class: 'muted' }, t.kinds[a.kind]),
                ),
              ),
            ),
          )
        : h('p', { class: 'muted' }, t.accountsNone),
    ),
  );
  return root;
}
