/**
 * @module The analyses a request may run, by name: what each computes from a compiled map, whether it is cheap
 * enough to run on the event loop, and what to reduce when it runs past the deadline. The analysis pool
 * (analysis-pool.ts) runs the same functions in its worker; another analysis joins by adding an entry here.
 */
import { type Compiled, impact } from '../engine/index.js';
import type { Ban, Impact, Risk, RiskOrder, TargetRisk } from '../model/index.js';
import { riskAnswer } from './risk-answer.js';

/** One analysis: its computation, and when it may run inline. */
export interface Job<A, R> {
  run(c: Compiled, args: A): R;
  /** True when the map is small enough that the analysis cannot hold up the event loop noticeably. */
  inline(c: Compiled): boolean;
  /** What to ask for instead when it runs past the deadline (the end of the 503's message). */
  reduce: string;
}

/** Every analysis by name. */
export const JOBS = {
  impact: {
    run: (c, args) => impact(c, args.bans),
    // NOTE: linear; a few thousand accounts take a few milliseconds, less than a trip to the worker would.
    inline: (c) => c.ids.length <= 5_000,
    reduce: 'send a smaller map',
  } satisfies Job<{ bans: readonly Ban[] }, Impact>,
  risk: {
    run: (c, args) => riskAnswer(c, args.order, args.target),
    // NOTE: cut sets grow faster than the map; only a person-sized map stays on the event loop.
    inline: (c) => c.ids.length <= 40,
    reduce: 'ask for a lower order, for one target account, or send a smaller map',
  } satisfies Job<{ order: RiskOrder; target: string | undefined }, Risk | TargetRisk>,
};

export type JobName = keyof typeof JOBS;
export type JobArgs<N extends JobName> = Parameters<(typeof JOBS)[N]['run']>[1];
export type JobResult<N extends JobName> = ReturnType<(typeof JOBS)[N]['run']>;
