/**
 * The versions of a stored map in the "my maps" dialog: each with a preview (its accounts, and which differ
 * from now) and restore (POST …/restore with If-Match; the open map goes through the page, undoable).
 */
import type { BindingMap } from '../../src/model/index.js';
import { type Catalogue, formatWhen, type Lang, listOf } from '../../src/text/index.js';
import type { ApiClient, MapSummary, StoredMap } from '../shell/api-client.js';
import { dataText, h, replace } from '../shell/dom.js';

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
  return formatWhen(iso, lang);
}

/** What the dialog's views share. */
export interface MenuScope {
  props: MapsMenuProps;
  t: Catalogue['web'];
  body: HTMLElement;
  status: HTMLElement;
  fail(): void;
  titleOf(m: { title: string }): string;
  showList(focusId?: string): Promise<void>;
}

/** The versions of one stored map: a preview of each (its accounts, what differs from now) and restore. */
export async function showRevisions(scope: MenuScope, m: MapSummary): Promise<void> {
  const { props, t, body, status, fail, titleOf } = scope;
  const { api, lang } = props;
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
      const line = (cls: string, text: string) => h('p', { class: cls }, text);
      replace(
        preview,
        h('p', {}, t.revisionSummary(version, rev.map.accounts.length)),
        h(
          'ul',
          { class: 'revision-accounts' },
          rev.map.accounts.map((a) => h('li', {}, dataText(a.label))),
        ),
        more.length ? line('diff-more', t.revisionMore(listOf(more, lang, 'unit'))) : null,
        less.length ? line('diff-less', t.revisionLess(listOf(less, lang, 'unit'))) : null,
        changed.length ? line('diff-changed', t.revisionChanged(listOf(changed, lang, 'unit'))) : null,
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
                await showRevisions(scope, { ...m, version: record.version, title: record.title });
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
      h('button', { type: 'button', id: 'revisions-back', onclick: () => void scope.showList(m.id) }, t.back),
    ),
  );
}
