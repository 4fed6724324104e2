/**
 * @module The limits of one cut-set computation and the expected error past them (`map_too_complex`): it
 * carries a `too_complex` issue (which limit was hit, at which order) whose words come from src/text, so a
 * shell can say in its own language and terms what to ask for instead.
 */
import type { Issue, IssueParams, TooComplexReason } from '../model/index.js';
import { makeIssue } from './issues.js';

/** Why a risk analysis could not be done within the work budget (the engine's expected error). */
export class TooComplexError extends Error {
  readonly code = 'map_too_complex';
  /** The issue: code `too_complex`, its parameters, and the default English message (this error's message). */
  readonly issue: Issue;
  constructor(
    readonly order: number,
    readonly reason: TooComplexReason,
  ) {
    const params: IssueParams<'too_complex'> = { order, reason, max: maxAccounts(order) };
    const issue = makeIssue('too_complex', [], params);
    super(issue.message);
    this.issue = issue;
  }
}

/** Steps the recommendations may take: slots turned back on by the trial fixes, summed (a few seconds). */
export const RECOMMEND_BUDGET = 20_000_000;

/** At most this many cut sets in one report (all accounts together); beyond, the report is too big to hold. */
export const REPORT_SETS = 2_000_000;

/** The largest account count whose sets of `order` members still encode exactly in a double. */
export function maxAccounts(order: number): number {
  return Math.floor(2 ** (53 / Math.max(1, order))) - 2;
}

/** Limits on one computation: steps (candidate sets built or looked up) and sets held at once. */
export interface Budget {
  steps: number;
  sets: number;
  /** With no targets: at most this many sets in the report, counted as they are found. */
  report?: number;
}

/** A few seconds of work on a slow core, and 20 million sets held (160 MB). */
export const DEFAULT_BUDGET: Budget = { steps: 100_000_000, sets: 20_000_000 };
