/**
 * @module The worker thread of the analysis pool: receives `{id, job, map, args}` (a map already validated by
 * the main thread), compiles it, runs the job from analysis-jobs.ts and answers `{id, ok, result}` or
 * `{id, ok: false, error}`. Expected errors travel as their code, message and issues; anything else as a bare
 * failure, so nothing about a defect leaves through the answer.
 */
import { parentPort } from 'node:worker_threads';
import { compile } from '../engine/index.js';
import type { BindingMap } from '../model/index.js';
import { JOBS, type JobName } from './analysis-jobs.js';
import { ApiError } from './errors.js';

/** A request to the worker. */
export interface JobRequest {
  id: number;
  job: JobName;
  map: BindingMap;
  args: unknown;
}

/** The worker's answer. */
export type JobReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { code: string; message: string; issues?: unknown } | null };

parentPort?.on('message', (req: JobRequest) => {
  let reply: JobReply;
  try {
    const job = JOBS[req.job] as { run(c: ReturnType<typeof compile>, args: unknown): unknown };
    reply = { id: req.id, ok: true, result: job.run(compile(req.map), req.args) };
  } catch (e) {
    const error = e instanceof ApiError ? { code: e.code, message: e.message, issues: e.issues } : null;
    reply = { id: req.id, ok: false, error };
  }
  parentPort?.postMessage(reply);
});
// Every module is loaded: tell the pool this worker can take jobs.
parentPort?.postMessage({ ready: true });
