/**
 * The page's language: which one to start in, remembering the choice, and the `<html lang>` tag. The words
 * themselves live in the text layer (`text(lang).web`, src/text/zh/web and src/text/en/web); STRINGS is that
 * section in both languages, for the browser tests that check a screen holds no string of the other language.
 */
import { CATALOGUES, type Lang, langFromPreferences } from '../../src/text/index.js';

/** The web section of the catalogue, the same keys in every language. */
export type Strings = (typeof CATALOGUES)['zh']['web'];

/** Both languages' web words, for tests. */
export const STRINGS: Record<Lang, Strings> = { zh: CATALOGUES.zh.web, en: CATALOGUES.en.web };

const STORAGE_KEY = 'banradius.lang';

/** The language to start in: the remembered choice, else the first of navigator.languages we speak, else en. */
export function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // Storage can be disabled; fall back to the browser's languages.
  }
  return langFromPreferences(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/** Remembers the chosen language for the next visit. */
export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembering is harmless.
  }
}

/** The HTML lang attribute for a language. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
