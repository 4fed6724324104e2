/**
 * @module Kept so the web UI's imports keep working until it reads src/text directly: validation issues in words
 * now live in the text layer (src/text/issue-text.ts).
 */
export { issueText, valueAt } from '../text/index.js';
