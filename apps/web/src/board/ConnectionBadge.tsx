import { describeClose, type ConnectionStatus } from '@canvas/tldraw-yjs';

const LABELS: Record<Exclude<ConnectionStatus['kind'], 'closed'>, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

const HINTS: Partial<Record<ConnectionStatus['kind'], string>> = {
  reconnecting: 'Your changes are kept on this device and sent when the connection is back.',
  offline: 'Your changes are kept on this device and sent when the connection is back.',
};

/** A small pill: Connected / Reconnecting… / Offline, or the server's reason when it closed for good. */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const closed = status.kind === 'closed';
  const label = closed ? describeClose(status.code) : LABELS[status.kind];
  return (
    <div
      className={`cs-badge cs-badge--${status.kind}`}
      role="status"
      aria-live="polite"
      data-testid="connection-badge"
      data-status={status.kind}
      title={HINTS[status.kind]}
    >
      <span className="cs-badge__dot" aria-hidden="true" />
      <span className="cs-badge__label">{label}</span>
    </div>
  );
}
