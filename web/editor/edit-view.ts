/**
 * The side panel's content in edit mode: the open account's form, or the map's title, account list and the
 * catalog picker. The forms get an EditContext bound to the store, so they read the live map and commit edits.
 */
import { selectAccount, setMode } from '../shell/navigation.js';
import type { App } from '../shell/state.js';
import { accountForm } from './account-form.js';
import { CUSTOM } from './catalog-picker.js';
import type { EditContext } from './context.js';
import { check, commit, requestDelete } from './document.js';
import { editPanel } from './edit-panel.js';

function editContext(app: App): EditContext {
  const state = app.store.get();
  return {
    get map() {
      return app.store.get().map;
    },
    lang: state.lang,
    warnings: state.warnings,
    check,
    commit: (candidate, opts) => commit(app, candidate, opts),
    select: (id) => {
      app.store.set({ selected: id });
      if (id) document.getElementById('account-edit-title')?.focus();
      else document.getElementById('catalog-search')?.focus();
    },
    simulate: (id) => {
      setMode(app, 'simulate');
      selectAccount(app, id);
    },
    requestDelete: (id) => void requestDelete(app, id),
  };
}

/** The edit-mode parts of the side panel for the current state. */
export function editParts(app: App): HTMLElement[] {
  const state = app.store.get();
  const ctx = editContext(app);
  const account = state.selected ? state.map.accounts.find((a) => a.id === state.selected) : undefined;
  if (account) return [accountForm(ctx, account)];
  return [
    editPanel({
      ctx,
      picker: state.picker,
      onPicker: (picker) => {
        app.store.set({ picker });
        const first =
          picker.provider === null
            ? 'catalog-search'
            : picker.provider === CUSTOM
              ? 'new-label'
              : 'new-title';
        document.getElementById(first)?.focus();
      },
      onAdded: (id) => {
        app.store.set({ picker: { query: '', provider: null }, selected: id });
        document.getElementById('account-edit-title')?.focus();
      },
    }),
  ];
}
