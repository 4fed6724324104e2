/**
 * The banner of a page that is not connected to the local store (opened from a bookmark, after a restart,
 * with an old key): it says the saved maps are safe, how to get the launch link back (`banradius serve`
 * prints it; the key is in the data directory's token file), and takes a pasted link or key to reconnect.
 */
import { text } from '../../src/text/index.js';
import { byId, h, replace } from '../shell/dom.js';
import type { App } from '../shell/state.js';

/** The token in a pasted launch URL, or the pasted text itself when it looks like a bare token. */
export function tokenFrom(pasted: string): string | null {
  const s = pasted.trim();
  const inUrl = /[#&]token=([^&\s]+)/.exec(s);
  if (inUrl) return decodeURIComponent(inUrl[1]!);
  return /^[A-Za-z0-9_-]{20,}$/.test(s) ? s : null;
}

function renderBanner(app: App): void {
  const { access, lang } = app.store.get();
  const box = byId('access-banner');
  box.hidden = access === 'ok';
  if (access === 'ok') {
    box.replaceChildren();
    return;
  }
  const t = text(lang).access;
  const input = h('input', {
    type: 'text',
    id: 'access-paste',
    placeholder: t.pastePlaceholder,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const problem = h('p', { class: 'form-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'access-paste' },
    h('label', { for: 'access-paste', class: 'field-label' }, t.pasteLabel),
    h('div', { class: 'access-row' }, input, h('button', { type: 'submit', class: 'primary' }, t.connect)),
    problem,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = tokenFrom(input.value);
    if (!token) {
      problem.textContent = t.pasteInvalid;
      return;
    }
    location.hash = `token=${encodeURIComponent(token)}`;
    location.reload();
  });
  replace(
    box,
    h('h2', { id: 'access-title' }, t.title[access]),
    h('p', { class: 'access-safe' }, t.safe),
    h(
      'ol',
      { class: 'access-steps' },
      h('li', {}, t.stepServe),
      h('li', {}, t.stepFile('token')),
      access === 'bad-token' ? h('li', {}, t.stepNewToken) : null,
    ),
    form,
  );
}

export function mountAccessBanner(app: App): void {
  app.store.subscribe(['access', 'lang'], () => renderBanner(app));
  renderBanner(app);
}
