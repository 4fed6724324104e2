/**
 * The editor's words (adding accounts from the catalog, ways, assets, undo, autosave, several maps,
 * import and export) in Chinese and English. i18n.ts merges them into its tables, so the language checks of
 * the browser tests cover them too; the English table is typed by the Chinese one.
 */
import { editorEn } from './i18n-editor-en.js';
import { editorZh } from './i18n-editor-zh.js';

export const EDITOR_STRINGS = { zh: editorZh, en: editorEn };
