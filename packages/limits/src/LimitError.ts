/**
 * A request refused because it would pass a limit. The HTTP layer answers
 * `{ error: code, message, details: { limit, value, setting } }` with `status`; the message names
 * the limit in words a facilitator or participant understands (SPEC L0).
 */
export class LimitError extends Error {
  constructor(
    readonly status: 409 | 429 | 507,
    readonly code: string,
    message: string,
    readonly limit: { name: string; value: number; setting: string },
    /** Seconds after which trying again may succeed (sent as Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
