/**
 * What the person sees of autosave: one status line (saved / saving / unsaved / error) in the edit bar, and
 * when the server refused a save, an alert that says what happened and what to do: after a conflict,
 * overwrite with mine, reload theirs or download mine; after another refusal, the problems with their JSON
 * paths, retry, download, or save as a new map when the stored one is gone.
 */
import { issueText } from '../../src/engine/issue-text.js';
import { type BindingMap, formatPath } from '../../src/model/index.js';
import { type Lang, text } from '../../src/text/index.js';
import { h, replace } from '../shell/dom.js';
import type { SaveState } from './autosave.js';

export interface SaveStatusProps {
  save: SaveState;
  lang: Lang;
  /** The unedited example or a new map (for the idle line). */
  idle: 'example' | 'new';
  map: BindingMap;
  onRetry(): void;
  onOverwrite(): void;
  onReload(): void;
  onDownload(): void;
  onSaveAsNew(): void;
}

/** The status line's text. */
function line(props: SaveStatusProps): string {
  const t = text(props.lang).web;
  const s = props.save;
  switch (s.kind) {
    case 'off':
      return t.saveOff;
    case 'idle':
      return props.idle === 'example' ? t.saveIdleExample : t.saveIdleNew;
    case 'pending':
      return t.savePending;
    case 'saving':
      return t.saving;
    case 'saved':
      return t.saved(s.version);
    case 'conflict':
      return t.saveConflictShort;
    case 'error':
      return s.retrying ? t.saveRetrying : t.saveErrorShort;
  }
}

/** Renders the status line into `status` and the alert (if any) into `alert`. */
export function renderSaveStatus(status: HTMLElement, alert: HTMLElement, props: SaveStatusProps): void {
  const t = text(props.lang).web;
  const s = props.save;
  status.textContent = line(props);
  status.dataset.state = s.kind;
  const button = (id: string, label: string, onclick: () => void, primary = false) =>
    h('button', { type: 'button', id, class: primary ? 'primary' : '', onclick }, label);
  if (s.kind === 'conflict') {
    replace(
      alert,
      h(
        'div',
        { class: 'alert error', id: 'conflict', role: 'alert' },
        h('p', { class: 'alert-title' }, t.conflictTitle),
        h('p', {}, t.conflictBody),
        h(
          'div',
          { class: 'alert-actions' },
          button('conflict-overwrite', t.conflictOverwrite, props.onOverwrite, true),
          button('conflict-reload', t.conflictReload, props.onReload),
          button('conflict-download', t.conflictDownload, props.onDownload),
        ),
        h('p', { class: 'hint' }, t.conflictReloadNote),
      ),
    );
    return;
  }
  if (s.kind === 'error' && !s.retrying) {
    const e = s.error;
    const title =
      e.status === 404
        ? t.saveGone
        : e.status === 401
          ? t.saveUnauthorized
          : e.status === 413
            ? t.saveTooLarge
            : t.saveRefused;
    replace(
      alert,
      h(
        'div',
        { class: 'alert error', id: 'save-error', role: 'alert' },
        h('p', { class: 'alert-title' }, title),
        e.issues.length
          ? h(
              'ul',
              {},
              e.issues
                .slice(0, 20)
                .map((i) => h('li', {}, t.labelled(formatPath(i.path), issueText(i, props.lang, props.map)))),
            )
          : null,
        props.lang === 'en' && e.issues.length === 0 ? h('p', { class: 'muted' }, e.message) : null,
        h('p', {}, t.saveRefusedKeep),
        h(
          'div',
          { class: 'alert-actions' },
          e.status === 404
            ? button('save-as-new', t.saveAsNew, props.onSaveAsNew, true)
            : button('save-retry', t.retry, props.onRetry, true),
          button('save-download', t.downloadJson, props.onDownload),
        ),
      ),
    );
    return;
  }
  alert.replaceChildren();
}
