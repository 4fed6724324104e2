/**
 * "My maps": the stored maps in a dialog, each with open, rename, duplicate, versions and delete (with a
 * confirmation); the versions of a map with a preview (its accounts, and which differ from now) and restore
 * (POST …/restore with If-Match). Changes to the open map go through the page (undoable, autosaved); the
 * others are changed on the server directly.
 */
import { setTitle } from '../../src/engine/edit.js';
import { text } from '../../src/text/index.js';
import type { MapSummary } from '../shell/api-client.js';
import { confirmDialog, openDialog } from '../shell/dialog.js';
import { data, dataText, h, replace } from '../shell/dom.js';
import { type MapsMenuProps, type MenuScope, showRevisions, when } from './revisions-view.js';

export type { MapsMenuProps } from './revisions-view.js';

/** One stored map in the list: open, rename, duplicate, versions, delete. */
function mapRow(scope: MenuScope, dialog: HTMLDialogElement, m: MapSummary): HTMLElement {
  const { props, t, status, fail, titleOf, showList } = scope;
  const { api, lang } = props;
  const actions = h('div', { class: 'map-row-actions' });
  const row = h(
    'li',
    { class: m.id === props.currentId ? 'map-row current' : 'map-row', 'data-map': m.id },
    h(
      'div',
      { class: 'map-row-head' },
      h('strong', {}, m.title ? dataText(m.title) : t.untitled),
      m.id === props.currentId ? h('span', { class: 'badge' }, t.mapsCurrent) : null,
    ),
    h('p', { class: 'muted' }, t.mapsMeta(m.version, when(m.updatedAt, lang))),
    actions,
  );
  const button = (label: string, cls: string, onclick: () => void, danger = false) =>
    h('button', { type: 'button', class: `small ${cls}${danger ? ' danger' : ''}`, onclick }, label);
  const rename = () => {
    const input = data(h('input', { type: 'text', maxlength: 200, value: m.title, class: 'rename-input' }));
    const save = async () => {
      const title = input.value;
      try {
        if (m.id === props.currentId) await props.onRenameCurrent(title);
        else {
          const stored = await api.getMap(m.id);
          await api.saveMap(m.id, setTitle(stored.map, title), stored.etag);
        }
        props.onListChanged();
        await showList(m.id);
      } catch {
        fail();
      }
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        void save();
      }
    });
    replace(
      actions,
      h('label', { class: 'field-label' }, t.mapsRenameLabel, input),
      button(t.save, 'rename-save', () => void save()),
      button(t.cancel, 'rename-cancel', () => void showList(m.id)),
    );
    input.focus();
    input.select();
  };
  if (m.id !== props.currentId)
    actions.append(
      button(t.mapsOpen, 'map-open', () => {
        dialog.close();
        props.onOpen(m.id);
      }),
    );
  actions.append(
    button(t.mapsRename, 'map-rename', rename),
    button(t.mapsDuplicate, 'map-duplicate', async () => {
      try {
        if (m.id === props.currentId) await props.flushCurrent();
        const stored = await api.getMap(m.id);
        const copy = await api.createMap(setTitle(stored.map, t.copyOf(titleOf(m))));
        props.onListChanged();
        await showList(copy.id);
        status.textContent = t.mapsDuplicated(copy.title);
      } catch {
        fail();
      }
    }),
    button(t.mapsRevisions, 'map-revisions', () => void showRevisions(scope, m)),
    button(
      t.mapsDelete,
      'map-delete',
      async () => {
        const ok = await confirmDialog({
          title: t.mapsDeleteTitle(titleOf(m)),
          body: h('p', {}, t.mapsDeleteBody),
          confirm: t.mapsDeleteConfirm,
          cancel: t.cancel,
          danger: true,
        });
        if (!ok) return;
        try {
          await api.deleteMap(m.id);
          props.onDeleted(m.id);
          props.onListChanged();
          await showList();
        } catch {
          fail();
        }
      },
      true,
    ),
  );
  return row;
}

/** Opens the dialog. */
export function openMapsMenu(props: MapsMenuProps): void {
  const { api, lang } = props;
  const t = text(lang).web;
  const body = h('div', { class: 'maps-menu' });
  const status = h('p', { class: 'maps-status', role: 'status' });
  const dialog = openDialog({
    id: 'maps-dialog',
    title: t.mapsTitle,
    body: [status, body],
    closeLabel: t.close,
  });
  const titleOf = (m: { title: string }) => m.title || t.untitled;
  const fail = () => {
    status.textContent = t.mapsError;
  };

  const showList = async (focusId?: string) => {
    let maps: MapSummary[];
    try {
      maps = await api.listMaps();
    } catch {
      fail();
      return;
    }
    const rows = maps.map((m) => mapRow(scope, dialog, m));
    replace(
      body,
      maps.length ? h('ul', { class: 'map-list' }, rows) : h('p', { class: 'muted' }, t.mapsNone),
      h(
        'p',
        {},
        h(
          'button',
          {
            type: 'button',
            id: 'maps-new',
            onclick: () => {
              dialog.close();
              props.onNew();
            },
          },
          t.newEmpty,
        ),
      ),
    );
    if (focusId) body.querySelector<HTMLElement>(`[data-map="${CSS.escape(focusId)}"] button`)?.focus();
  };

  const scope: MenuScope = { props, t, body, status, fail, titleOf, showList };
  void showList();
}
