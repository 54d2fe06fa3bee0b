/**
 * Runs a callback "soon" and returns a function that cancels it. The binding uses it to coalesce
 * many store changes into one Yjs transaction; tests pass a manual scheduler to control time.
 */
export type Scheduler = (callback: () => void) => () => void;

/** About 30 Hz. A timer rather than requestAnimationFrame, so that background tabs still flush. */
export const DEFAULT_FLUSH_INTERVAL_MS = 33;

export function timeoutScheduler(delayMs: number = DEFAULT_FLUSH_INTERVAL_MS): Scheduler {
  return (callback) => {
    const timer = setTimeout(callback, delayMs);
    return () => clearTimeout(timer);
  };
}

/**
 * A scheduler that only runs callbacks when `flush()` is called: for tests and for callers that
 * drive the binding from their own loop.
 */
export interface ManualScheduler {
  schedule: Scheduler;
  /** Runs every pending callback; returns how many ran. */
  flush(): number;
  pending(): number;
}

export function manualScheduler(): ManualScheduler {
  const queue = new Set<() => void>();
  return {
    schedule(callback) {
      const entry = () => callback();
      queue.add(entry);
      return () => queue.delete(entry);
    },
    flush() {
      const entries = [...queue];
      queue.clear();
      for (const entry of entries) entry();
      return entries.length;
    },
    pending: () => queue.size,
  };
}
