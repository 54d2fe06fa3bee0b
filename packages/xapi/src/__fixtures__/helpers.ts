import type { XapiConfig } from '../config.js';
import type { XapiLogger } from '../sender.js';
import type { TimerHandle, Timers } from '../timers.js';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `condition` holds; fails the test with `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

export function configFor(endpoint: string, overrides: Partial<XapiConfig> = {}): XapiConfig {
  return { endpoint, auth: null, batchSize: 20, flushMs: 100, maxQueue: 100_000, ...overrides };
}

/** Keeps what the sender logs, so tests can say what an operator would read. */
export function memoryLogger(): XapiLogger & { lines: { level: string; message: string; details: object }[] } {
  const lines: { level: string; message: string; details: object }[] = [];
  return {
    lines,
    warn: (details, message) => lines.push({ level: 'warn', message, details }),
    error: (details, message) => lines.push({ level: 'error', message, details }),
  };
}

/**
 * Timers that fire only when the test says so: back-off delays can be read, not waited for.
 * flush()/close() timeouts (keepAlive) still run on real time, so a test cannot hang on them.
 */
export class ManualTimers implements Timers {
  private clock = 0;
  private nextId = 1;
  private readonly pending = new Map<number, { callback: () => void; ms: number; dueAt: number }>();

  now(): number {
    return this.clock;
  }

  setTimeout(callback: () => void, ms: number, options?: { keepAlive?: boolean }): TimerHandle {
    if (options?.keepAlive) return setTimeout(callback, ms);
    const id = this.nextId++;
    this.pending.set(id, { callback, ms, dueAt: this.clock + ms });
    return id;
  }

  clearTimeout(handle: TimerHandle): void {
    if (typeof handle === 'number') this.pending.delete(handle);
    else clearTimeout(handle as ReturnType<typeof setTimeout>);
  }

  /** The sender's own timers (flush delay, retries) still to fire. */
  senderTimers(): { ms: number; dueAt: number }[] {
    return [...this.pending.values()].map(({ ms, dueAt }) => ({ ms, dueAt }));
  }

  /** Advances the clock to the earliest sender timer and runs it. */
  fireNext(): number {
    const [id, timer] = [...this.pending.entries()].sort((a, b) => a[1].dueAt - b[1].dueAt)[0] ?? [];
    if (id === undefined || timer === undefined) throw new Error('no sender timer pending');
    this.pending.delete(id);
    this.clock = Math.max(this.clock, timer.dueAt);
    timer.callback();
    return timer.ms;
  }
}
