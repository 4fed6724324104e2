/**
 * The page shell's words: the static text of index.html (elements marked `data-i18n` and `data-i18n-label`),
 * the document's language and title, the language switch and the storage line; and the alert box above the
 * main view.
 */

import { type Lang, text } from '../../src/text/index.js';
import { byId, h, replace } from './dom.js';
import { htmlLang } from './i18n.js';

/** Puts the shell's words in `lang`; `storage` says whether the local store is connected. */
export function applyStaticText(lang: Lang, storage: boolean): void {
  const t = text(lang).web;
  document.documentElement.lang = htmlLang(lang);
  document.title = t.docTitle;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const value = t[el.dataset.i18n as keyof typeof t];
    if (typeof value === 'string') el.textContent = value;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const value = t[el.dataset.i18nLabel as keyof typeof t];
    if (typeof value === 'string') {
      if (el.tagName === 'BUTTON') el.setAttribute('aria-label', value);
      el.title = value;
    }
  }
  const sw = byId('lang-switch');
  const other = lang === 'zh' ? 'en' : 'zh';
  replace(sw, h('span', { lang: htmlLang(other) }, text(other).web.langName));
  sw.setAttribute('aria-label', t.switchLang);
  sw.title = t.switchLang;
  byId('api-status').textContent = storage ? t.apiOnline : t.apiOffline;
}

/** Shows one alert (replacing the last) with a dismiss button, focused for errors. */
export function showAlert(
  lang: Lang,
  title: string,
  lines: string[],
  kind: 'error' | 'warning' | 'info',
): void {
  const box = byId('alerts');
  const dismiss = h(
    'button',
    { type: 'button', onclick: () => box.replaceChildren() },
    text(lang).web.dismiss,
  );
  replace(
    box,
    h(
      'div',
      { class: `alert ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
      h('p', { class: 'alert-title' }, title),
      lines.length
        ? h(
            'ul',
            {},
            lines.map((l) => h('li', {}, l)),
          )
        : null,
      dismiss,
    ),
  );
  if (kind === 'error') dismiss.focus();
}
