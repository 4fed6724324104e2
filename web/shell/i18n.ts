/**
 * The web UI's words in Chinese and English: one table per language with the same keys (the English table is
 * typed by the Chinese one, so a missing translation fails `tsc`). The language comes from localStorage, else
 * from navigator.languages; status names come from the engine's STATUS_NAMES so the terminal and page agree.
 */
import { type Lang, STATUS_NAMES } from '../../src/engine/describe.js';
import type { Status } from '../../src/model/index.js';
import { EDITOR_STRINGS } from './i18n-editor.js';
import { enBase } from './i18n-en.js';
import { zhBase } from './i18n-zh.js';

export type { Lang };

const zh = { ...zhBase, ...EDITOR_STRINGS.zh };
export type Strings = typeof zh;
const en: Strings = { ...enBase, ...EDITOR_STRINGS.en };

/** Both tables, for tests that check a screen holds no string of the other language. */
export const STRINGS: Record<Lang, Strings> = { zh, en };

const STORAGE_KEY = 'banradius.lang';

/** The language to start in: the remembered choice, else the first of navigator.languages we speak, else en. */
export function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // Storage can be disabled; fall back to the browser's languages.
  }
  const langs = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const l of langs) {
    if (/^zh\b/i.test(l)) return 'zh';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'en';
}

/** Remembers the chosen language for the next visit. */
export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembering is harmless.
  }
}

/** The table of one language. */
export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

/** A status name in a language (the engine's names, shared with the terminal). */
export function statusName(status: Status, lang: Lang): string {
  return STATUS_NAMES[status][lang];
}

/** The HTML lang attribute for a language. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
