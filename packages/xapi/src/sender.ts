import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.js';
import { BoundedQueue } from './boundedQueue.js';
import type { XapiConfig } from './config.js';
import { parseLearningEvent, type LearningEvent } from './learningEvent.js';
import type { XapiStatement } from './statement.js';
import { realTimers, type TimerHandle, type Timers } from './timers.js';
import { normalizeBaseUrl, toStatement } from './toStatement.js';
import { LrsTransport } from './transport.js';

/** A pino-style logger (Fastify's `log` fits): merge object first, message second. */
export interface XapiLogger {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface XapiSenderOptions {
  config: XapiConfig;
  /** The server's public base URL: every IRI in a statement starts with it (SPEC X1–X3). */
  baseUrl: string;
  logger?: XapiLogger;
  /** For tests: drive time by hand. */
  timers?: Timers;
  /** For tests: the jitter's random source, in [0, 1). */
  random?: () => number;
  /** Retry delays; defaults to 1 s doubling up to 60 s (SPEC X5). */
  backoff?: Partial<BackoffPolicy>;
  /** Longest wait for one POST's answer before it counts as failed and is retried. */
  requestTimeoutMs?: number;
}

export interface XapiSenderStats {
  /** Statements recorded but not yet acknowledged by the LRS (queue plus the batch being sent). */
  queued: number;
  /** Statements the LRS acknowledged (2xx, or 409 for ids it already had). */
  sent: number;
  /** Statements given up on, all reasons together; `drops` says why. */
  dropped: number;
  drops: {
    /** Oldest statements pushed out of a full queue (SPEC X6). */
    queueFull: number;
    /** Statements in batches the LRS refused with a 4xx (SPEC X5). */
    rejected: number;
    /** Events that could not become a statement (schema errors); never queued. */
    invalid: number;
    /** Statements still queued when close() gave up waiting, or recorded after it. */
    closed: number;
  };
  /** POSTs that failed and were (or will be) retried. */
  failedAttempts: number;
  lastError: string | null;
}

const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

/**
 * Sends statements to an LRS in the background (SPEC X4–X6). `record()` only queues: it never
 * throws and never waits for the network, so a slow or dead LRS cannot slow a workshop down.
 * One batch is in flight at a time: that keeps a recovering LRS from being flooded, and a batch
 * that failed is resent unchanged until it is acknowledged, so its statements are stored once.
 */
export class XapiSender {
  private readonly queue: BoundedQueue<XapiStatement>;
  private readonly transport: LrsTransport;
  private readonly timers: Timers;
  private readonly random: () => number;
  private readonly backoff: BackoffPolicy;
  private readonly baseUrl: string;
  private readonly logger: XapiLogger;

  /** The batch taken from the queue: in flight, or waiting for its retry. */
  private batch: XapiStatement[] | null = null;
  private inFlight = false;
  /** Consecutive failures of the current batch: sets the back-off. */
  private failures = 0;
  private timer: { handle: TimerHandle; kind: 'flush' | 'now' | 'retry'; dueAt: number } | null = null;
  /** flush() calls waiting; while any wait, partial batches go out without the flush delay. */
  private readonly waiters = new Set<() => void>();
  private closed = false;
  private closing: Promise<XapiSenderStats> | null = null;
  /** Set when close() is done: nothing is sent any more. */
  private stopped = false;
  /** Overflow is logged once per outage, not once per dropped statement. */
  private overflowLogged = false;

  private counters = { sent: 0, failedAttempts: 0, queueFull: 0, rejected: 0, invalid: 0, closed: 0 };
  private lastError: string | null = null;

  constructor(private readonly options: XapiSenderOptions) {
    const { config } = options;
    this.queue = new BoundedQueue(config.maxQueue);
    this.transport = new LrsTransport(config, options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
    this.timers = options.timers ?? realTimers;
    this.random = options.random ?? Math.random;
    this.backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.baseUrl = normalizeBaseUrl(options.baseUrl);
    this.logger = options.logger ?? consoleLogger;
  }

  /**
   * Queues the event's statement and returns at once. Never throws: an event that cannot become
   * a statement is counted (`drops.invalid`) and logged instead, because a learning record is
   * never worth failing the user's action for. The event is checked at run time as well as by its
   * type: it comes from many places in the server, and one bad event must not spoil a batch.
   */
  record(event: LearningEvent): void {
    try {
      if (this.closed) {
        this.counters.closed += 1;
        return;
      }
      const parsed = parseLearningEvent(event);
      if (!parsed.ok) {
        this.counters.invalid += 1;
        this.log('warn', { error: parsed.error }, 'xAPI: event skipped, it cannot become a statement');
        return;
      }
      if (this.queue.push(toStatement(parsed.event, { baseUrl: this.baseUrl }))) {
        this.counters.queueFull += 1;
        if (!this.overflowLogged) {
          this.overflowLogged = true;
          this.log('warn', { maxQueue: this.queue.capacity, lastError: this.lastError }, 'xAPI: queue full, dropping the oldest statements until the LRS takes them again');
        }
      }
      this.schedule();
    } catch (error) {
      this.counters.invalid += 1;
      this.log('error', { err: error }, 'xAPI: event skipped');
    }
  }

  /**
   * Sends what is queued without waiting for the flush delay, and resolves once everything
   * recorded so far is delivered or dropped (true) or when `timeoutMs` has passed (false). It does
   * not cut a back-off short: an LRS that is down gets its rest (close() makes one last attempt).
   */
  flush(timeoutMs = 10_000): Promise<boolean> {
    if (this.isSettled()) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const waiter = () => {
        this.timers.clearTimeout(timeout);
        this.waiters.delete(waiter);
        resolve(true);
      };
      const timeout = this.timers.setTimeout(
        () => {
          this.waiters.delete(waiter);
          resolve(false);
        },
        timeoutMs,
        { keepAlive: true },
      );
      this.waiters.add(waiter);
      this.schedule();
    });
  }

  /**
   * For shutdown: stops taking events, makes one immediate attempt if a retry was waiting, waits
   * up to `timeoutMs` for the queue to drain, then aborts what is left and counts it as dropped.
   * Resolves with the final stats; calling it again returns the same promise.
   */
  close(timeoutMs = 5_000): Promise<XapiSenderStats> {
    this.closing ??= this.shutDown(timeoutMs);
    return this.closing;
  }

  private async shutDown(timeoutMs: number): Promise<XapiSenderStats> {
    this.closed = true;
    if (this.timer?.kind === 'retry') this.arm('now', 0);
    const drained = await this.flush(timeoutMs);
    this.stopped = true;
    this.cancelTimer();
    this.transport.abort();
    if (!drained) {
      const left = this.queue.length + (this.batch?.length ?? 0);
      this.counters.closed += left;
      this.queue.take(this.queue.length);
      this.batch = null;
      this.log('warn', { lost: left, lastError: this.lastError }, 'xAPI: closed before the LRS took every statement');
    }
    return this.stats();
  }

  stats(): XapiSenderStats {
    const { sent, failedAttempts, queueFull, rejected, invalid, closed } = this.counters;
    return {
      queued: this.queue.length + (this.batch?.length ?? 0),
      sent,
      dropped: queueFull + rejected + invalid + closed,
      drops: { queueFull, rejected, invalid, closed },
      failedAttempts,
      lastError: this.lastError,
    };
  }

  private isSettled(): boolean {
    return this.queue.length === 0 && this.batch === null && !this.inFlight;
  }

  /** Decides when the next POST goes: now for a full batch or a flush, else after flushMs. */
  private schedule(): void {
    if (this.stopped || this.inFlight || this.batch !== null) return; // the running batch carries on
    if (this.queue.length === 0) {
      this.settle();
      return;
    }
    if (this.queue.length >= this.options.config.batchSize || this.waiters.size > 0) this.arm('now', 0);
    else if (this.timer === null) this.arm('flush', this.options.config.flushMs);
  }

  /**
   * Sets the one timer. Nothing postpones a "now", and a flush timer never postpones one already
   * set (the oldest statement waits at most flushMs); otherwise the new timer replaces the old. Even "now" goes through a 0 ms timer:
   * record() then returns before any network work, and events recorded in one tick share a batch.
   */
  private arm(kind: 'flush' | 'now' | 'retry', ms: number): void {
    const dueAt = this.timers.now() + ms;
    if (this.timer) {
      if (this.timer.kind === 'now' || (kind === 'flush' && this.timer.dueAt <= dueAt)) return;
      this.timers.clearTimeout(this.timer.handle);
    }
    const handle = this.timers.setTimeout(() => {
      this.timer = null;
      this.sendNext().catch((error: unknown) => this.log('error', { err: error }, 'xAPI: sender failed'));
    }, ms);
    this.timer = { handle, kind, dueAt };
  }

  private cancelTimer(): void {
    if (this.timer) this.timers.clearTimeout(this.timer.handle);
    this.timer = null;
  }

  private async sendNext(): Promise<void> {
    if (this.stopped || this.inFlight) return;
    this.batch ??= this.queue.length > 0 ? this.queue.take(this.options.config.batchSize) : null;
    const batch = this.batch;
    if (batch === null) return this.settle();

    this.inFlight = true;
    const outcome = await this.transport.send(batch);
    this.inFlight = false;
    if (this.stopped) return; // close() gave up on this batch and counted it

    if (outcome.kind === 'retry') {
      this.failures += 1;
      this.counters.failedAttempts += 1;
      this.lastError = outcome.error;
      const delay = backoffDelay(this.failures, this.backoff, this.random, outcome.retryAfterMs);
      // First failure and then at 2, 4, 8… so a long outage logs a handful of lines, not thousands.
      if ((this.failures & (this.failures - 1)) === 0) {
        this.log('warn', { error: outcome.error, failures: this.failures, retryInMs: delay, queued: this.stats().queued }, 'xAPI: LRS unavailable, will retry');
      }
      this.arm('retry', delay);
      return;
    }

    if (outcome.kind === 'delivered') {
      this.counters.sent += batch.length;
      this.overflowLogged = false;
    } else {
      this.counters.rejected += batch.length;
      this.lastError = outcome.error;
      this.log('error', { status: outcome.status, error: outcome.error, statements: batch.length, firstId: batch[0]?.id }, 'xAPI: LRS refused a batch, dropped it');
    }
    this.batch = null;
    this.failures = 0;
    this.schedule();
  }

  private settle(): void {
    if (!this.isSettled()) return;
    for (const waiter of [...this.waiters]) waiter();
  }

  /** A logger that throws must not make record() throw. */
  private log(level: 'warn' | 'error', details: object, message: string): void {
    try {
      this.logger[level](details, message);
    } catch {
      // nothing sensible left to do
    }
  }
}

const consoleLogger: XapiLogger = {
  warn: (details, message) => console.warn(message, details),
  error: (details, message) => console.error(message, details),
};
