/**
 * @module The warnings validation gives on a valid map (DESIGN §2), built in one place for both the schema
 * path (validate.ts) and the fast path (fast-parse.ts): an unknown provider, a way that requires its own
 * account, an account unreachable even before any ban.
 */
import type { Issue, JsonPath } from '../model/index.js';
import { baseline } from './baseline.js';
import type { Compiled } from './compile.js';
import { makeIssue } from './issues.js';

/** Account `i` names a provider the catalog does not know. */
export function unknownProvider(i: number, provider: string, listed: boolean): Issue {
  return makeIssue('unknown_provider', ['accounts', i, 'provider'], { provider, listed });
}

/** The requirement at `path` names the account that owns the way. */
export function selfRequirement(path: JsonPath, owner: string): Issue {
  return makeIssue('self_requirement', path, { account: owner });
}

/** Warnings for accounts with no capability available even before any ban. */
export function unreachableWarnings(c: Compiled): Issue[] {
  const base = baseline(c);
  const out: Issue[] = [];
  for (let a = 0; a < c.ids.length; a++) {
    let any = false;
    for (let s = c.slotBase[a]!; s < c.slotBase[a + 1]!; s++) if (base.slot[s] === 1) any = true;
    if (!any) out.push(makeIssue('unreachable', ['accounts', a], { account: c.ids[a]! }));
  }
  return out;
}
