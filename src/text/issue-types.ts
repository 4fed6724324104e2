/** @module The shape of an issue catalogue section: one pure text function per issue code, in each language. */
import type { IssueCode, IssueParams } from '../model/index.js';

/** What a text function may ask about the issue's place: account labels, and the field the path ends at. */
export interface IssueAt {
  /** An account named as a person knows it (its label, quoted), else its id. */
  who(id: string): string;
  /** The last field name on the path (`value` for `accounts[0].assets[1].value`), if any. */
  field: string | undefined;
}

export type IssueTexts = { [C in IssueCode]: (p: IssueParams<C>, at: IssueAt) => string } & {
  /** An issue whose code or parameters this version does not know; `message` is its English default. */
  other: (code: string, message: string) => string;
};
