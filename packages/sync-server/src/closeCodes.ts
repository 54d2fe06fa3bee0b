/**
 * Websocket close codes the sync server uses. 4400–4499 mirror HTTP 4xx and are treated as
 * permanent by the stock y-websocket client (it stops reconnecting); 4000–4099 and the 1xxx
 * codes are retryable. See SPEC.md §4.
 */
export const CloseCode = {
  /** Server shutting down; the client should reconnect later. */
  GoingAway: 1001,
  /** Frame larger than `maxMessageBytes` (sent by `ws` itself). */
  MessageTooBig: 1009,
  /** Board failed to load; retry later. */
  InternalError: 1011,
  /** The server refuses more connections right now. */
  TryAgainLater: 1013,
  /** The peer exceeded its message or byte rate; it may reconnect after backing off. */
  RateLimited: 4029,
  /** The peer did not drain its socket; its send queue overflowed. */
  SlowConsumer: 4030,
  /** A frame could not be decoded, or carried an unknown message type. */
  MalformedMessage: 4400,
  /** No credential, or a credential that is not valid. */
  Unauthorized: 4401,
  /** The credential is valid but does not allow this (revoked, impersonation). */
  Forbidden: 4403,
  /** The board does not exist. */
  NotFound: 4404,
  /** The board or workshop was deleted. */
  Gone: 4410,
  /** An update would make a board, or one value in it, larger than allowed; nothing of it was stored. */
  TooLarge: 4413,
  /** An update carries a record the board's schema does not accept; nothing of it was stored. */
  InvalidRecord: 4422,
  /** The person already holds as many open sockets as allowed. */
  TooManyConnections: 4429,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Websocket close reasons may hold at most 123 bytes of UTF-8. */
export function closeReason(text: string): string {
  const encoded = Buffer.from(text, 'utf8');
  if (encoded.length <= 123) return text;
  return encoded.subarray(0, 120).toString('utf8').replace(/\uFFFD+$/, '') + '...';
}
