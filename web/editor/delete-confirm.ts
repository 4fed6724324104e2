/**
 * The confirmation before an account is deleted, saying what goes with it: the ways of other accounts that
 * need it (removed too), the accounts those leave with no way in (they become roots), its scenario bans, and
 * that undo brings it all back.
 */
import type { Lang } from '../../src/engine/describe.js';
import { deleteEffects } from '../../src/engine/edit.js';
import type { BindingMap } from '../../src/model/index.js';
import { text } from '../../src/text/index.js';
import { confirmDialog } from '../shell/dialog.js';
import { dataText, h } from '../shell/dom.js';

/** Asks; true when the person confirms. */
export function confirmDelete(map: BindingMap, id: string, lang: Lang): Promise<boolean> {
  const t = text(lang).web;
  const label = (x: string) => map.accounts.find((a) => a.id === x)?.label ?? x;
  const effects = deleteEffects(map, id);
  const list = (ids: string[]) =>
    h(
      'ul',
      {},
      ids.map((x) => h('li', {}, dataText(label(x)))),
    );
  return confirmDialog({
    title: t.deleteTitle(label(id)),
    body: [
      effects.ways.length
        ? [h('p', {}, t.deleteWays(effects.ways.length)), list(effects.ways.map((w) => w.account))]
        : null,
      effects.newRoots.length ? [h('p', {}, t.deleteRoots), list(effects.newRoots)] : null,
      effects.bans ? h('p', {}, t.deleteBans(effects.bans)) : null,
      h('p', { class: 'muted' }, t.deleteUndo),
    ],
    confirm: t.deleteConfirm,
    cancel: t.cancel,
    danger: true,
  });
}
