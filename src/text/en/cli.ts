/** @module The command line's words in English: usage, hints and result lines. */
import type { CliText } from '../zh/cli.js';

export const cli: CliText = {
  valid: (file: string) => `${file}: valid`,
  warning: 'warning',
};
