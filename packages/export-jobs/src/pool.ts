import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { ExportJob, ExportResult } from './job.js';
import type { WorkerTask } from './worker.js';

/** Settings of an {@link ExportPool}. */
export interface ExportPoolOptions {
  /** Worker threads; default: one fewer than the cores (at least 1, at most 4), so the event loop keeps a core. */
  threads?: number;
  /** Longest a job may run before its thread is stopped (SPEC X2.2). */
  timeBudgetMs: number;
  /** Most jobs that may wait for a thread; more are refused at once (SPEC X2.3). */
  maxQueue: number;
  /** Heap limit of a worker thread; a job that needs more fails alone (SPEC X2.4). Default 512 MiB. */
  maxMemoryMb?: number;
  /** The worker module (tests pass their own); default: this package's `worker.js`. */
  filename?: string;
}

/** Too many exports are waiting: try again shortly (an HTTP 503). */
export class ExportBusyError extends Error {
  constructor(readonly maxQueue: number) {
    super(`export queue full (${maxQueue} waiting)`);
  }
}

/** The job ran past its time budget and its thread was stopped (an HTTP 422: this export is too big). */
export class ExportTimeoutError extends Error {
  constructor(readonly budgetMs: number) {
    super(`export stopped after its time budget of ${budgetMs} ms`);
  }
}

/** The job's thread ran out of memory and was stopped. */
export class ExportMemoryError extends Error {
  constructor(readonly maxMemoryMb: number) {
    super(`export stopped at the worker's memory limit of ${maxMemoryMb} MiB`);
  }
}

export const defaultExportThreads = (): number => Math.max(1, Math.min(4, availableParallelism() - 1));

/**
 * Runs exports on worker threads, never on the event loop that carries the sync traffic (SPEC X2).
 * Built on piscina (the Node.js project's worker pool): it keeps the threads warm, queues jobs,
 * replaces a thread that was stopped, and stops a thread whose job is aborted. On top of it this
 * class adds a time budget that starts when a thread begins the job, a bounded queue, and errors
 * that say which limit was hit. Threads run at a lower priority (nice +10) where the OS allows.
 */
export class ExportPool {
  private readonly piscina: Piscina<WorkerTask, ExportResult>;
  private readonly options: Required<Omit<ExportPoolOptions, 'filename'>>;
  /** Jobs accepted and not finished: running on a thread or waiting for one. */
  private pending = 0;
  private running = 0;
  private timedOut = 0;

  constructor(options: ExportPoolOptions) {
    this.options = { threads: options.threads ?? defaultExportThreads(), maxMemoryMb: options.maxMemoryMb ?? 512, timeBudgetMs: options.timeBudgetMs, maxQueue: options.maxQueue };
    this.piscina = new Piscina<WorkerTask, ExportResult>({
      filename: options.filename ?? new URL('./worker.js', import.meta.url).href,
      minThreads: this.options.threads,
      maxThreads: this.options.threads,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxMemoryMb },
      niceIncrement: 10,
    });
  }

  /**
   * Loads every thread's modules and fonts in the background, so the first real export is as fast
   * as the others. It is not held to a small time budget; errors are ignored (a real job reports them).
   */
  warmUp(): void {
    const budgetMs = Math.max(this.options.timeBudgetMs, 30_000);
    for (let i = 0; i < this.options.threads; i++) this.run({ kind: 'warm-up' }, { budgetMs }).catch(() => undefined);
  }

  /**
   * Makes one export on a worker thread. Rejects with {@link ExportBusyError} when `maxQueue` jobs
   * already wait, {@link ExportTimeoutError} when the job runs past the budget, and
   * {@link ExportMemoryError} when it needs more memory than a thread has.
   */
  async run(job: ExportJob, options: { budgetMs?: number } = {}): Promise<ExportResult> {
    const budgetMs = options.budgetMs ?? this.options.timeBudgetMs;
    // Room for one job per thread plus `maxQueue` waiting ones.
    if (this.pending >= this.options.threads + this.options.maxQueue) throw new ExportBusyError(this.options.maxQueue);
    this.pending++;
    const { port1, port2 } = new MessageChannel();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let expired = false;
    port1.once('message', () => {
      this.running++;
      timer = setTimeout(() => {
        expired = true;
        this.timedOut++;
        abort.abort();
      }, budgetMs);
    });
    try {
      return await this.piscina.run({ job, started: port2 }, { transferList: [port2], signal: abort.signal });
    } catch (error) {
      if (expired) throw new ExportTimeoutError(budgetMs);
      if ((error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') throw new ExportMemoryError(this.options.maxMemoryMb);
      throw error;
    } finally {
      this.pending--;
      if (timer !== undefined) {
        clearTimeout(timer);
        this.running--;
      }
      port1.close();
    }
  }

  /** For `/api/health` and the logs. */
  stats(): { threads: number; running: number; queued: number; timedOut: number } {
    return { threads: this.options.threads, running: this.running, queued: this.pending - this.running, timedOut: this.timedOut };
  }

  /** Stops every thread; running jobs are abandoned. */
  async close(): Promise<void> {
    await this.piscina.destroy();
  }
}
