/** @module Undo back through saved versions after a reload, and the search that selects any account ("/"). */
import type { Catalogue } from '../catalogue.js';

export const history: Catalogue['history'] = {
  undoToVersion: (v) => `Undo: back to saved version ${v}`,
  backToVersion: (v) => `Back to version ${v} (redo goes forward again)`,
  versionGone: 'Older versions are no longer kept: nothing more to undo.',
  searchLabel: 'Find an account',
  searchPlaceholder: 'Find an account (press /)',
  searchNone: 'No account matches',
  searchCount: (n) => `${n} matching account${n === 1 ? '' : 's'}: arrow keys to choose, Enter to open`,
};
