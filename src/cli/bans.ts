/** Parses `--ban ID[:cap,cap]` and `--ban ID@preset` options into bans. */
import type { Ban } from '../model/index.js';
import { UsageError } from './errors.js';

/** `qq` → full ban; `wechat:pay,withdraw` → those capabilities; `wechat@wechat_restricted_permanent` → a preset. */
export function parseBanOption(text: string): Ban {
  const at = text.indexOf('@');
  if (at > 0) return { account: text.slice(0, at), preset: text.slice(at + 1) };
  const colon = text.indexOf(':');
  if (colon < 0) return { account: text };
  const lose = text
    .slice(colon + 1)
    .split(',')
    .filter((s) => s !== '');
  if (lose.length === 0) throw new UsageError(`--ban ${text}: name at least one capability after ":"`);
  return { account: text.slice(0, colon), lose };
}
