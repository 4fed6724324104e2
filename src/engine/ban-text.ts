/**
 * @module Parses the short text form of a ban used by the command line and query strings: `qq` (full ban),
 * `wechat:pay,withdraw` (those capabilities) and `wechat@wechat_restricted_permanent` (a preset); holds the
 * same way without presets (`phone`, `phone:sms`).
 */
import type { Ban, Hold, Issue } from '../model/index.js';
import { makeIssue } from './issues.js';

/**
 * Parses one ban text. Ids may themselves contain ":", so a text that names an account wins, and otherwise
 * the split is at the first ":" whose prefix names an account (falling back to the first ":").
 * @param isAccount tells whether an id names an account of the map
 * @returns the ban, or the issue with the text (code `ban_without_capability`)
 */
export function parseBanText(text: string, isAccount: (id: string) => boolean): Ban | Issue {
  if (isAccount(text)) return { account: text };
  const at = text.indexOf('@');
  if (at > 0) return { account: text.slice(0, at), preset: text.slice(at + 1) };
  const split = splitCapabilities(text, isAccount);
  if ('code' in split) return split;
  return split.caps === undefined ? { account: split.account } : { account: split.account, lose: split.caps };
}

/** Parses one hold text (`phone`, `phone:sms`), split like a ban text; no presets. */
export function parseHoldText(text: string, isAccount: (id: string) => boolean): Hold | Issue {
  if (isAccount(text)) return { account: text };
  const split = splitCapabilities(text, isAccount);
  if ('code' in split) return split;
  return split.caps === undefined
    ? { account: split.account }
    : { account: split.account, capabilities: split.caps };
}

/** Splits `id:cap,cap` at the first ":" whose prefix names an account (else the first ":"). */
function splitCapabilities(
  text: string,
  isAccount: (id: string) => boolean,
): { account: string; caps?: string[] } | Issue {
  let colon = text.indexOf(':');
  if (colon < 0) return { account: text };
  for (let k = colon; k >= 0; k = text.indexOf(':', k + 1)) {
    if (isAccount(text.slice(0, k))) {
      colon = k;
      break;
    }
  }
  const caps = text
    .slice(colon + 1)
    .split(',')
    .filter((s) => s !== '');
  if (caps.length === 0) return makeIssue('ban_without_capability', [], { text });
  return { account: text.slice(0, colon), caps };
}
