/** Chooses the terminal's language (Chinese when the locale says zh, else English). */
import { type Lang, langFromEnv } from '../text/index.js';

/** The language of the terminal from LC_ALL, LC_MESSAGES, LANG or LANGUAGE. */
export function terminalLang(env: NodeJS.ProcessEnv = process.env): Lang {
  return langFromEnv(env);
}
