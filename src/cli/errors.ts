/** The command line's expected errors: usage mistakes (exit 2) and bad input (exit 1), with their messages. */
import { formatPath, type Issue } from '../model/index.js';

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}

/** Bad input, such as an invalid map: exit code 1, one line per problem. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly issues: Issue[] = [],
    /** The file the issues' paths point into. */
    readonly file = '',
  ) {
    super(message);
  }
}

/** Lines naming the file, the JSON path and the problem: `map.json: accounts[4].id: duplicate account id "qq"`. */
export function formatIssues(file: string, issues: readonly Issue[]): string {
  return issues.map((i) => `${file}: ${formatPath(i.path)}: ${i.message}`).join('\n');
}
