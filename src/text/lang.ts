/** @module The two languages banradius speaks, and how a locale string (LANG, navigator.language) picks one. */

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The BCP 47 tag Intl formatters and `<html lang>` use for a language. */
export const LOCALE_TAGS: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

/** The language a locale names (`zh_CN.UTF-8`, `zh-Hans`, `en-US`), or undefined when it names neither. */
export function langOfLocale(locale: string | undefined): Lang | undefined {
  if (!locale) return undefined;
  if (/^zh(?:[-_.@]|$)/i.test(locale)) return 'zh';
  if (/^en(?:[-_.@]|$)/i.test(locale) || /^(?:C|POSIX)(?:[.@]|$)/.test(locale)) return 'en';
  return undefined;
}

/**
 * The terminal's language from the environment, in POSIX order: the first of LC_ALL, LC_MESSAGES and LANG that
 * is set decides, then GNU's LANGUAGE list; Chinese when it says zh, else English.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (locale) return langOfLocale(locale) ?? 'en';
  for (const part of (env.LANGUAGE ?? '').split(':')) {
    const lang = langOfLocale(part);
    if (lang) return lang;
  }
  return 'en';
}

/** The first language of a browser's preference list that banradius speaks, else English. */
export function langFromPreferences(locales: readonly string[]): Lang {
  for (const l of locales) {
    const lang = langOfLocale(l);
    if (lang) return lang;
  }
  return 'en';
}
