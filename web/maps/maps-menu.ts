/**
 * "My maps": the stored maps in a dialog, each with open, rename, duplicate, versions and delete (with a
 * confirmation); the versions of a map with a preview (its accounts, and which differ from now) and restore
 * (POST …/restore with If-Match). Changes to the open map go through the page (undoable, autosaved); the
 * others are changed on the server directly.
 */
import { setTitle } from '../../src/engine/edit.js';
import type { BindingMap } from '../../src/model/index.js';
import type { ApiClient, MapSummary, StoredMap } from '../shell/api-client.js';
import { confirmDialog, openDialog } from '../shell/dialog.js';
import { data, dataText, h, replace } from '../shell/dom.js';
import { type Lang, strings } from '../shell/i18n.js';

export interface MapsMenuProps {
  api: ApiClient;
  lang: Lang;
  /** The stored map open in the page, if any. */
  currentId: string | null;
  onOpen(id: string): void;
  onNew(): void;
  /** Renames the open map through the editor (undoable), resolving once that is saved. */
  onRenameCurrent(title: string): Promise<void>;
  /** A stored map was deleted. */
  onDeleted(id: string): void;
  /** The open map was restored to an old version: what the store now has. */
  onRestored(record: StoredMap): void;
  /** Saves the open map's pending edits; its ETag afterwards (null when it could not be saved). */
  flushCurrent(): Promise<string | null>;
  /** The open map's document. */
  currentMap(): BindingMap;
  /** The list of stored maps changed (the header's picker refreshes). */
  onListChanged(): void;
}

/** A timestamp as people read it in the language. */
export function when(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** Opens the dialog. */
export function openMapsMenu(props: MapsMenuProps): void {
  const { api, lang } = props;
  const t = strings(lang);
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
    const rows = maps.map((m) => {
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
        const input = data(
          h('input', { type: 'text', maxlength: 200, value: m.title, class: 'rename-input' }),
        );
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
            const copy = await api.createMap(setTitle(stored.map, `${t.copyPrefix}${titleOf(m)}`));
            props.onListChanged();
            await showList(copy.id);
            status.textContent = t.mapsDuplicated(copy.title);
          } catch {
            fail();
          }
        }),
        button(t.mapsRevisions, 'map-revisions', () => void showRevisions(m)),
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
    });
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

  const showRevisions = async (m: MapSummary) => {
    status.textContent = '';
    let revisions: Awaited<ReturnType<ApiClient['listRevisions']>>;
    try {
      if (m.id === props.currentId) await props.flushCurrent();
      revisions = await api.listRevisions(m.id);
    } catch {
      fail();
      return;
    }
    const preview = h('div', { class: 'revision-preview', 'aria-live': 'polite' });
    const byId = (map: BindingMap) => new Map(map.accounts.map((a) => [a.id, a] as const));
    const show = async (version: number) => {
      try {
        const rev = await api.getRevision(m.id, version);
        const now = m.id === props.currentId ? props.currentMap() : (await api.getMap(m.id)).map;
        const then = byId(rev.map);
        const current = byId(now);
        const more = [...then.values()].filter((a) => !current.has(a.id)).map((a) => a.label);
        const less = [...current.values()].filter((a) => !then.has(a.id)).map((a) => a.label);
        const changed = [...then.values()]
          .filter((a) => current.has(a.id) && JSON.stringify(a) !== JSON.stringify(current.get(a.id)))
          .map((a) => a.label);
        const same = JSON.stringify(rev.map) === JSON.stringify(now);
        const sep = lang === 'zh' ? '、' : ', ';
        const line = (cls: string, text: string) => h('p', { class: cls }, text);
        replace(
          preview,
          h('p', {}, t.revisionSummary(version, rev.map.accounts.length)),
          h(
            'ul',
            { class: 'revision-accounts' },
            rev.map.accounts.map((a) => h('li', {}, dataText(a.label))),
          ),
          more.length ? line('diff-more', t.revisionMore(more.join(sep))) : null,
          less.length ? line('diff-less', t.revisionLess(less.join(sep))) : null,
          changed.length ? line('diff-changed', t.revisionChanged(changed.join(sep))) : null,
          same ? h('p', { class: 'muted' }, t.revisionSame) : null,
          h(
            'button',
            {
              type: 'button',
              class: 'primary',
              id: 'revision-restore',
              onclick: async () => {
                try {
                  const etag =
                    m.id === props.currentId ? await props.flushCurrent() : (await api.getMap(m.id)).etag;
                  if (etag === null) throw new Error('not saved');
                  const record = await api.restoreRevision(m.id, version, etag);
                  if (m.id === props.currentId) props.onRestored(record);
                  props.onListChanged();
                  status.textContent = t.revisionRestored(version);
                  await showRevisions({ ...m, version: record.version, title: record.title });
                  status.textContent = t.revisionRestored(version);
                } catch {
                  fail();
                }
              },
            },
            t.revisionRestore,
          ),
        );
      } catch {
        fail();
      }
    };
    replace(
      body,
      h('h3', {}, t.revisionsTitle(titleOf(m))),
      h(
        'ul',
        { class: 'revision-list' },
        revisions.map((r) =>
          h(
            'li',
            { 'data-version': r.version },
            h('span', {}, t.revision(r.version, when(r.savedAt, lang))),
            h(
              'button',
              { type: 'button', class: 'small revision-preview-button', onclick: () => void show(r.version) },
              t.revisionPreview,
            ),
          ),
        ),
      ),
      preview,
      h(
        'p',
        {},
        h('button', { type: 'button', id: 'revisions-back', onclick: () => void showList(m.id) }, t.back),
      ),
    );
  };

  void showList();
}
