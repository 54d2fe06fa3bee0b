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

/**
 * The next animation frame, or `fallbackMs` later in a background tab (where frames do not run).
 * Work done per frame gives the page a frame and input between two pieces of it.
 */
export function animationFrameScheduler(fallbackMs = 100): Scheduler {
  return (callback) => {
    let done = false;
    const finish = () => {
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    const run = () => {
      if (done) return;
      finish();
      callback();
    };
    const frame = requestAnimationFrame(run);
    const timer = setTimeout(run, fallbackMs);
    return finish;
  };
}

/** A scheduler that holds callbacks until `open()` and then hands them, and later ones, to `inner`. */
export interface GatedScheduler {
  schedule: Scheduler;
  open(): void;
}

export function gatedScheduler(inner: Scheduler): GatedScheduler {
  let isOpen = false;
  const waiting = new Set<() => void>();
  return {
    open() {
      if (isOpen) return;
      isOpen = true;
      const starts = [...waiting];
      waiting.clear();
      for (const start of starts) start();
    },
    schedule(callback) {
      if (isOpen) return inner(callback);
      let cancel: (() => void) | null = null;
      const start = () => {
        waiting.delete(start);
        cancel = inner(callback);
      };
      waiting.add(start);
      return () => {
        waiting.delete(start);
        cancel?.();
      };
    },
  };
}
