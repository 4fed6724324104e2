/**
 * @module Analyses off the event loop: a small pool of worker threads runs each job of analysis-jobs.ts under
 * a deadline, so one dense risk report never stalls `/health` or other requests. Past the deadline the
 * worker is terminated (and replaced on the next job) and the request gets 503 `analysis_timeout` saying what
 * to reduce. Jobs on small maps run inline, where a trip to a worker would cost more than the work.
 */

import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Compiled } from '../engine/index.js';
import type { BindingMap } from '../model/index.js';
import { JOBS, type JobArgs, type JobName, type JobResult } from './analysis-jobs.js';
import type { JobReply, JobRequest } from './analysis-worker.js';
import { ApiError, type ErrorCode } from './errors.js';

/** Options of {@link AnalysisPool}. */
export interface AnalysisOptions {
  /** Worker threads (default 1 on two cores or fewer, else 2). */
  workers?: number;
  /** Milliseconds a job may take, queueing included, before the answer is 503 `analysis_timeout`. Default 20 s. */
  deadlineMs?: number;
  /** Run every job in a worker, small maps too (tests of the worker path). Default false. */
  alwaysInWorker?: boolean;
}

interface Task {
  readonly id: number;
  readonly job: JobName;
  readonly map: BindingMap;
  readonly args: unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  readonly worker: Worker;
  task: Task | null;
  /** Settles when the worker has loaded its modules (or has stopped). */
  readonly ready: Promise<void>;
}

/** What `new Worker(...)` is given: a file, or bootstrap code to evaluate. */
export interface WorkerEntry {
  readonly worker: URL | string;
  readonly eval: boolean;
}

/**
 * How to start the worker: the compiled `.js` beside this file, or, when running from the TypeScript sources
 * (tsx, vitest), a bootstrap that registers tsx's ESM hooks in the worker and then imports the `.ts` file.
 * NOTE: Node 20 does not apply `--import tsx` from a worker's execArgv to the worker's own imports, hence
 * the bootstrap; tsx is found from this file, so the working directory does not matter.
 */
export function workerEntry(moduleUrl: string = import.meta.url): WorkerEntry {
  if (!moduleUrl.endsWith('.ts')) return { worker: new URL('./analysis-worker.js', moduleUrl), eval: false };
  const require = createRequire(moduleUrl);
  const pkgFile = require.resolve('tsx/package.json');
  const pkg = require(pkgFile) as { exports: Record<string, { import: { default: string } }> };
  const api = new URL(pkg.exports['./esm/api']!.import.default, pathToFileURL(pkgFile)).href;
  const entry = new URL('./analysis-worker.ts', moduleUrl).href;
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return { worker: code, eval: true };
}

/** A pool of analysis workers with a deadline per job. Call {@link close} when the server stops. */
export class AnalysisPool {
  private readonly size: number;
  readonly deadlineMs: number;
  private readonly alwaysInWorker: boolean;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: AnalysisOptions = {}) {
    this.size = Math.max(1, options.workers ?? (availableParallelism() > 2 ? 2 : 1));
    this.deadlineMs = options.deadlineMs ?? 20_000;
    this.alwaysInWorker = options.alwaysInWorker ?? false;
  }

  /** Runs a job on a validated map (and its compiled form): inline when small, else in a worker. */
  run<N extends JobName>(
    job: N,
    map: BindingMap,
    compiled: Compiled,
    args: JobArgs<N>,
  ): Promise<JobResult<N>> {
    const spec = JOBS[job] as { run(c: Compiled, a: unknown): unknown; inline(c: Compiled): boolean };
    if (!this.alwaysInWorker && spec.inline(compiled)) {
      try {
        return Promise.resolve(spec.run(compiled, args) as JobResult<N>);
      } catch (e) {
        return Promise.reject(e);
      }
    }
    return new Promise((resolve, reject) => {
      const task: Task = {
        id: this.nextId++,
        job,
        map,
        args,
        resolve: resolve as (v: unknown) => void,
        reject,
      };
      task.timer = setTimeout(() => this.expire(task), this.deadlineMs);
      this.queue.push(task);
      this.pump();
    });
  }

  /** Starts the pool's workers now rather than on the first job; resolves when they can take jobs. */
  async warm(): Promise<void> {
    while (this.slots.length < this.size && !this.closed) this.spawn();
    await Promise.all(this.slots.map((s) => s.ready));
  }

  /** Stops every worker; jobs still running or queued fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) this.fail(task, new Error('analysis pool closed'));
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        if (slot.task) this.fail(slot.task, new Error('analysis pool closed'));
        return slot.worker.terminate();
      }),
    );
  }

  /** Hands queued tasks to idle workers, starting workers up to the pool's size. */
  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = this.slots.find((s) => s.task === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      const request: JobRequest = { id: task.id, job: task.job, map: task.map, args: task.args };
      slot.worker.postMessage(request);
    }
  }

  private spawn(): Slot {
    const entry = workerEntry();
    const worker = new Worker(entry.worker, { eval: entry.eval });
    // NOTE: an idle worker never keeps the process alive (a test or CLI that forgets close() still exits).
    worker.unref();
    let ready = () => {};
    const slot: Slot = { worker, task: null, ready: new Promise((r) => (ready = r)) };
    worker.on('message', (reply: JobReply | { ready: true }) => {
      if ('ready' in reply) return ready();
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      slot.task = null;
      if (reply.ok) this.settle(task, reply.result);
      else this.fail(task, reply.error ? rebuild(reply.error) : new Error('analysis failed'));
      this.pump();
    });
    const lost = () => {
      ready();
      this.drop(slot);
      if (slot.task) this.fail(slot.task, new Error('analysis worker stopped'));
      slot.task = null;
      this.pump();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    this.slots.push(slot);
    return slot;
  }

  /** The deadline passed: stop the task's worker (or unqueue it) and answer 503. */
  private expire(task: Task): void {
    const queued = this.queue.indexOf(task);
    if (queued >= 0) this.queue.splice(queued, 1);
    const slot = this.slots.find((s) => s.task === task);
    if (slot) {
      slot.task = null;
      this.drop(slot);
      void slot.worker.terminate();
    }
    const seconds = Math.round(this.deadlineMs / 100) / 10;
    this.fail(task, new ApiError('analysis_timeout', { seconds, reduce: JOBS[task.job].reduce }));
    this.pump();
  }

  private drop(slot: Slot): void {
    const k = this.slots.indexOf(slot);
    if (k >= 0) this.slots.splice(k, 1);
  }

  private settle(task: Task, value: unknown): void {
    clearTimeout(task.timer);
    task.resolve(value);
  }

  private fail(task: Task, error: unknown): void {
    clearTimeout(task.timer);
    task.reject(error);
  }
}

/** An expected error from the worker, as the ApiError it was there. */
function rebuild(error: { code: string; message: string; issues?: unknown }): ApiError {
  const e = new ApiError(error.code as ErrorCode, {}, error.issues as ApiError['issues']);
  e.message = error.message;
  return e;
}
