/**
 * How long to wait before retrying a batch (SPEC X5): exponential from `baseMs`, doubling per
 * failed attempt, capped at `maxMs`, with "full jitter" in its upper half. Jitter keeps many
 * servers that lost the same LRS at the same moment from all coming back at the same instant;
 * keeping the lower half means a retry never comes sooner than half the nominal delay.
 */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 60_000 };

/**
 * @param failures failed attempts so far for this batch (1 after the first failure)
 * @param random a number in [0, 1), injectable for tests
 * @param retryAfterMs the LRS's Retry-After, if it sent one: never retry sooner than it asks,
 *   but never wait longer than maxMs either (an LRS asking for an hour would stall us).
 */
export function backoffDelay(
  failures: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
  retryAfterMs?: number,
): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 30); // 2^30 s already exceeds any cap
  const nominal = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  const jittered = nominal / 2 + (nominal / 2) * random();
  const floor = retryAfterMs !== undefined && retryAfterMs > 0 ? Math.min(retryAfterMs, policy.maxMs) : 0;
  return Math.round(Math.max(jittered, floor));
}
