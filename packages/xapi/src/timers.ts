/**
 * Time as the sender sees it, injectable so tests can drive back-off without waiting (SPEC X5).
 * The default uses Node's timers. Periodic and back-off timers are unref'd: an idle or retrying
 * sender must not keep a process alive that has otherwise finished. A caller awaiting flush()
 * asked for a bounded wait, so that timer keeps the process alive (`keepAlive`).
 */
export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number, options?: { keepAlive?: boolean }): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** Whatever setTimeout returned; only ever handed back to clearTimeout. */
export type TimerHandle = unknown;

export const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout(callback, ms, options) {
    const handle = setTimeout(callback, ms);
    if (!options?.keepAlive) handle.unref();
    return handle;
  },
  clearTimeout(handle) {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};
