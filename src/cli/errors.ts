/**
 * The command line's expected errors: usage mistakes (exit 2) and bad input (exit 1). A message is either plain
 * text or a function of the command line's words, worded in the terminal's language when it is printed.
 */
import { formatPath, type Issue } from '../model/index.js';
import { type Catalogue, issueText, type Lang, text } from '../text/index.js';

/** A message in the command line's words, `(t) => t.invalidMap(file)`, or text that needs no translation. */
export type Words = string | ((t: Catalogue['cli'], lang: Lang) => string);

const inLang = (words: Words, lang: Lang) =>
  typeof words === 'string' ? words : words(text(lang).cli, lang);

/** An error the command line expects; `message` is its English wording. */
class CliError extends Error {
  constructor(readonly words: Words) {
    super(inLang(words, 'en'));
  }

  /** The message in a language. */
  textIn(lang: Lang): string {
    return inLang(this.words, lang);
  }
}

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends CliError {}

/** Bad input, such as an invalid map: exit code 1, one line per problem. */
export class InputError extends CliError {
  constructor(
    words: Words,
    readonly issues: Issue[] = [],
    /** The file the issues' paths point into. */
    readonly file = '',
    /** The document the issues are about, to name accounts by their labels. */
    readonly doc?: unknown,
  ) {
    super(words);
  }
}

/**
 * Lines naming the file, the JSON path and the problem in the terminal's language:
 * `map.json: accounts[4].id: the account id “qq” is used twice`.
 */
export function formatIssues(file: string, issues: readonly Issue[], lang: Lang, doc?: unknown): string {
  return issues.map((i) => `${file}: ${formatPath(i.path)}: ${issueText(i, lang, doc)}`).join('\n');
}
