/** Chooses the terminal's language (Chinese when the locale says zh, else English). */
import type { Lang } from '../engine/describe.js';

/** The language of the terminal from LC_ALL, LC_MESSAGES, LANG or LANGUAGE. */
export function terminalLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const loc = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  return /^zh/i.test(loc) ? 'zh' : 'en';
}
