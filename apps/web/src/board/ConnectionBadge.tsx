import type { ConnectionStatus } from '@canvas/tldraw-yjs';
import type { Catalogue } from '../lib/i18n.js';

/** The server's reason for closing a board's socket for good, by close code (packages/sync-server closeCodes). */
export function describeClose(code: number, t: Catalogue): string {
  const closed = t.board.closed;
  switch (code) {
    case 4401: return closed.unauthorized;
    case 4403: return closed.forbidden;
    case 4404: return closed.notFound;
    case 4410: return closed.gone;
    case 4400: return closed.badRequest;
    case 4029: return closed.tooMany;
    case 1009: return closed.tooLarge;
    default: return closed.other(code);
  }
}

/** A small pill: Connected / Reconnecting… / Offline, or the server's reason when it closed for good. */
export function ConnectionBadge({ status, t }: { status: ConnectionStatus; t: Catalogue }) {
  const words = t.board.connection;
  const label = status.kind === 'closed' ? describeClose(status.code, t) : words[status.kind];
  const hint = status.kind === 'reconnecting' || status.kind === 'offline' ? words.keptLocally : undefined;
  return (
    <div
      className={`cs-badge cs-badge--${status.kind}`}
      role="status"
      aria-live="polite"
      data-testid="connection-badge"
      data-status={status.kind}
      title={hint}
    >
      <span className="cs-badge__dot" aria-hidden="true" />
      <span className="cs-badge__label">{label}</span>
    </div>
  );
}
