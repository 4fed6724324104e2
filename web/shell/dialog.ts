/**
 * Modal dialogs on the native <dialog> element (focus kept inside, Escape closes, focus returns to where it
 * was): a generic one for the maps menu and import/export, and a confirmation that resolves to the choice.
 */
import { type Children, h } from './dom.js';

export interface DialogOptions {
  id: string;
  title: string;
  body: Children;
  /** The label of the close button at the bottom. */
  closeLabel: string;
  onClose?(): void;
}

/** Opens a modal dialog (replacing one with the same id); it removes itself when closed. */
export function openDialog(opts: DialogOptions): HTMLDialogElement {
  document.getElementById(opts.id)?.remove();
  const back = document.activeElement as HTMLElement | null;
  const dialog = h(
    'dialog',
    { id: opts.id, class: 'dialog', 'aria-labelledby': `${opts.id}-title` },
    h('h2', { id: `${opts.id}-title` }, opts.title),
    h('div', { class: 'dialog-body' }, opts.body),
    h(
      'div',
      { class: 'dialog-actions' },
      h('button', { type: 'button', class: 'dialog-close', onclick: () => dialog.close() }, opts.closeLabel),
    ),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    opts.onClose?.();
    if (back?.isConnected) back.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

export interface ConfirmOptions {
  title: string;
  body: Children;
  confirm: string;
  cancel: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
}

/** Asks a question; resolves true when the person confirms. Cancel is focused first, so Enter is safe. */
export function confirmDialog(opts: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    document.getElementById('confirm-dialog')?.remove();
    const back = document.activeElement as HTMLElement | null;
    let answer = false;
    const cancel = h(
      'button',
      { type: 'button', id: 'confirm-cancel', onclick: () => dialog.close() },
      opts.cancel,
    );
    const dialog = h(
      'dialog',
      { id: 'confirm-dialog', class: 'dialog confirm', 'aria-labelledby': 'confirm-title' },
      h('h2', { id: 'confirm-title' }, opts.title),
      h('div', { class: 'dialog-body' }, opts.body),
      h(
        'div',
        { class: 'dialog-actions' },
        h(
          'button',
          {
            type: 'button',
            id: 'confirm-ok',
            class: opts.danger ? 'danger-solid' : 'primary',
            onclick: () => {
              answer = true;
              dialog.close();
            },
          },
          opts.confirm,
        ),
        cancel,
      ),
    );
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (back?.isConnected) back.focus();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
