/** @module Generic ban presets that apply to any account, whatever its provider (data only). */
import type { PresetInput } from './types.js';

/** Presets offered for every account; provider-specific presets live with their provider. */
export const GENERIC_PRESETS: PresetInput[] = [
  {
    id: 'full_ban',
    names: { zh: '全部封禁', en: 'Full ban' },
    lose: 'all',
    source: 'generic: the account is closed to you entirely (封号); also what the risk report assumes',
  },
  {
    id: 'account_cancelled',
    names: { zh: '账号注销', en: 'Account cancelled' },
    lose: 'all',
    source:
      'generic: the account is closed (注销) by you or the provider; its name or number may later go to someone else',
  },
];
