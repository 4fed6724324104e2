/**
 * Search to select: a box above the graph ("/" focuses it) that finds an account by its label, its id or its
 * provider (Chinese, English, pinyin initials), so any account is two or three keys away: "/", a letter or
 * two, Enter. Arrow keys move through the matches; Enter opens the account in the side panel.
 */
import { searchProviders } from '../../src/catalog/index.js';
import type { BindingMap } from '../../src/model/index.js';
import { text } from '../../src/text/index.js';
import { byId, dataText, h, replace } from '../shell/dom.js';
import { selectAccount, setView } from '../shell/navigation.js';
import type { App } from '../shell/state.js';

const SHOWN = 8;

/** Accounts matching `query`, best first: label starts with it, label contains it, id or provider matches. */
export function findAccounts(map: BindingMap, query: string): string[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const providers = new Set(searchProviders(q, 50).map((p) => p.id));
  const ranked: { id: string; rank: number; order: number }[] = [];
  map.accounts.forEach((a, order) => {
    const label = a.label.toLowerCase();
    let rank = -1;
    if (label.startsWith(q)) rank = 0;
    else if (label.includes(q)) rank = 1;
    else if (a.id.toLowerCase().includes(q)) rank = 2;
    else if (a.provider && providers.has(a.provider)) rank = 3;
    if (rank >= 0) ranked.push({ id: a.id, rank, order });
  });
  return ranked.sort((x, y) => x.rank - y.rank || x.order - y.order).map((r) => r.id);
}

export function mountAccountSearch(app: App): void {
  const input = h('input', {
    type: 'search',
    id: 'account-search',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'account-search-list',
  });
  const list = h('ul', { id: 'account-search-list', role: 'listbox', class: 'search-results', hidden: true });
  const status = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  let matches: string[] = [];
  let active = 0;
  const choose = (id: string) => {
    input.value = '';
    close();
    if (app.store.get().view !== 'graph') setView(app, 'graph');
    selectAccount(app, id);
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const draw = () => {
    const { map, lang } = app.store.get();
    const t = text(lang).history;
    matches = findAccounts(map, input.value);
    active = Math.min(active, Math.max(0, matches.length - 1));
    const labels = new Map(map.accounts.map((a) => [a.id, a.label] as const));
    replace(
      list,
      matches.length === 0
        ? h('li', { class: 'muted', role: 'option', 'aria-disabled': 'true' }, t.searchNone)
        : matches.slice(0, SHOWN).map((id, i) =>
            h(
              'li',
              {
                role: 'option',
                id: `search-option-${i}`,
                'data-id': id,
                'aria-selected': String(i === active),
                onmousedown: (e: Event) => {
                  e.preventDefault();
                  choose(id);
                },
              },
              dataText(labels.get(id) ?? id),
            ),
          ),
    );
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (matches.length) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    status.textContent = list.hidden ? '' : matches.length ? t.searchCount(matches.length) : t.searchNone;
  };
  input.addEventListener('input', () => {
    active = 0;
    draw();
  });
  input.addEventListener('keydown', (event) => {
    const shown = Math.min(SHOWN, matches.length);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (shown) active = (active + (event.key === 'ArrowDown' ? 1 : shown - 1)) % shown;
      draw();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const id = matches[active];
      if (id) choose(id);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      input.value = '';
      close();
    }
  });
  input.addEventListener('blur', close);
  const label = h('label', { for: 'account-search', class: 'visually-hidden' });
  replace(byId('account-search-box'), label, input, list, status);
  const words = () => {
    const t = text(app.store.get().lang).history;
    label.textContent = t.searchLabel;
    input.placeholder = t.searchPlaceholder;
  };
  app.store.subscribe(['lang'], words);
  words();
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (
      target?.closest('input, textarea, select, [contenteditable]') ||
      document.querySelector('dialog[open]')
    )
      return;
    event.preventDefault();
    if (app.store.get().view !== 'graph') setView(app, 'graph');
    input.focus();
  });
}
