/**
 * @module The limits of one cut-set computation and the expected error past them (`map_too_complex`): the
 * message says which limit was hit and what to ask for instead, so a shell can show it as it is.
 */

/** Why a risk analysis could not be done within the work budget (the engine's expected error). */
export class TooComplexError extends Error {
  readonly code = 'map_too_complex';
  constructor(
    readonly order: number,
    readonly reason: 'work' | 'sets' | 'accounts' | 'recommendations',
  ) {
    const why =
      reason === 'accounts'
        ? `order ${order} handles at most ${maxAccounts(order).toLocaleString('en-US')} accounts`
        : reason === 'sets'
          ? 'the minimal cut sets are too many to hold'
          : reason === 'recommendations'
            ? 'valuing the recommendations takes too many steps (long chains of accounts that each need the one before)'
            : 'finding the minimal cut sets takes too many steps';
    const fix =
      order > 1 && reason !== 'recommendations'
        ? `ask for order ${order - 1}, one target account, or a smaller map`
        : 'ask for one target account or a smaller map';
    super(`the map is too complex for a risk report of order ${order}: ${why}; ${fix}`);
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
}

/** A few seconds of work on a slow core, and 20 million sets held (160 MB). */
export const DEFAULT_BUDGET: Budget = { steps: 100_000_000, sets: 20_000_000 };
