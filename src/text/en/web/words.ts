/** @module Counted nouns the English web parts share: `countOf(n, 'en', ACCOUNTS)` → "1 account", "3 accounts". */
import type { PluralForms } from '../../format.js';

export const ACCOUNTS: PluralForms = { one: 'account', other: 'accounts' };
