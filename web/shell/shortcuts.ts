/**
 * Keyboard shortcuts of the page: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and Ctrl+Y redo (left to the field
 * while typing in one, where they undo the typing), Delete or Backspace delete the selected link or account
 * (never while typing), Escape clears the selection or the simulation. None act while a dialog is open.
 */

export interface ShortcutActions {
  undo(): void;
  redo(): void;
  /** Deletes what is selected; false when nothing was. */
  deleteSelection(): boolean;
  /** Clears what Escape clears; false when there was nothing. */
  escape(): boolean;
}

/** Whether keys go to a field the person types in (its own undo and delete apply there). */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'file'].includes(target.type)
  );
}

/** Listens on the document. */
export function wireShortcuts(actions: ShortcutActions): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && !event.altKey && (key === 'z' || key === 'y')) {
      if (typing(event.target)) return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) actions.redo();
      else actions.undo();
      return;
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && !mod && !typing(event.target)) {
      if (actions.deleteSelection()) event.preventDefault();
      return;
    }
    if (event.key === 'Escape' && !typing(event.target) && actions.escape()) event.preventDefault();
  });
}
