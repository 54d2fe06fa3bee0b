import { LimitError } from './LimitError.js';

const DAY_MS = 24 * 3600 * 1000;

/**
 * At most `max` actions per key (a client address) in a day (SPEC L2). A fixed window starts at a
 * key's first action; memory is bounded by forgetting finished windows as new keys arrive.
 */
export class DailyQuota {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one workshop creation for `key`, or throws 429 naming the limit. */
  takeWorkshop(key: string): void {
    const now = this.now();
    if (this.windows.size > 10_000) this.forgetFinished(now);
    let window = this.windows.get(key);
    if (!window || now - window.start >= DAY_MS) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= this.max) {
      const retryAfterSeconds = Math.ceil((window.start + DAY_MS - now) / 1000);
      throw new LimitError(
        429,
        'daily_workshop_limit',
        `Your address has created ${this.max} workshops today, the most one address may create in a day. Reuse a workshop or try again in ${Math.ceil(retryAfterSeconds / 3600)} hours.`,
        { name: 'workshops per address per day', value: this.max, setting: 'WORKSHOPS_PER_ADDRESS_PER_DAY' },
        retryAfterSeconds,
      );
    }
    window.count++;
  }

  private forgetFinished(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= DAY_MS) this.windows.delete(key);
  }
}
