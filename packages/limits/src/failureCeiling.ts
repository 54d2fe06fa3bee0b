import { LimitError } from './LimitError.js';

/**
 * A server-wide ceiling on failed join-code look-ups (SPEC L3): per-address rate limits do not
 * stop guessing from many addresses, so once `max` look-ups failed within the last hour, every
 * look-up is refused until the oldest failure leaves the window. Joining through a link that
 * already names the workshop is not affected.
 */
export class FailureCeiling {
  /** Failure counts per minute, oldest first: a sliding hour in 60 buckets. */
  private readonly buckets = new Map<number, number>();
  private total = 0;

  constructor(
    private readonly maxPerHour: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws 429 while the ceiling is reached. */
  check(): void {
    this.expire();
    if (this.total < this.maxPerHour) return;
    const oldest = Math.min(...this.buckets.keys());
    const retryAfterSeconds = Math.max(1, (oldest + 60) * 60 - Math.floor(this.now() / 1000));
    throw new LimitError(
      429,
      'join_lookups_paused',
      `Too many wrong join codes were tried on this server in the last hour (at most ${this.maxPerHour}). Looking up codes is paused for ${Math.ceil(retryAfterSeconds / 60)} minutes; open the link your facilitator shared instead.`,
      { name: 'failed join-code look-ups per hour (whole server)', value: this.maxPerHour, setting: 'JOIN_CODE_FAILURES_PER_HOUR' },
      retryAfterSeconds,
    );
  }

  recordFailure(): void {
    const minute = this.expire();
    this.buckets.set(minute, (this.buckets.get(minute) ?? 0) + 1);
    this.total++;
  }

  private expire(): number {
    const minute = Math.floor(this.now() / 60_000);
    for (const [start, count] of this.buckets) {
      if (start > minute - 60) continue;
      this.buckets.delete(start);
      this.total -= count;
    }
    return minute;
  }
}
