/**
 * The part of a y-websocket `WebsocketProvider` (3.x) this module listens to. Structural, so that the
 * package does not depend on y-websocket.
 */
export interface ProviderLike {
  on(event: 'status', listener: (event: { status: 'connected' | 'disconnected' | 'connecting' }) => void): void;
  on(event: 'closed', listener: (event: { code: number; reason: string }) => void): void;
  on(event: 'sync', listener: (synced: boolean) => void): void;
  off(event: 'status', listener: (event: { status: 'connected' | 'disconnected' | 'connecting' }) => void): void;
  off(event: 'closed', listener: (event: { code: number; reason: string }) => void): void;
  off(event: 'sync', listener: (synced: boolean) => void): void;
  readonly wsconnected: boolean;
  readonly synced: boolean;
}

/**
 * - `connecting`: the first connection is being made.
 * - `connected`: the socket is open (`synced` once the server's state has been received).
 * - `reconnecting`: the connection was lost and the provider is retrying; edits are kept locally.
 * - `offline`: the browser reports no network, or retries have failed for a while; edits are kept.
 * - `closed`: the server refused the connection for good (44xx close codes); no more retries.
 */
export type ConnectionStatus =
  | { kind: 'connecting' }
  | { kind: 'connected'; synced: boolean }
  | { kind: 'reconnecting' }
  | { kind: 'offline' }
  | { kind: 'closed'; code: number; reason: string };

export interface WatchConnectionOptions {
  /** After this long without a connection, `reconnecting` becomes `offline` (default 8 s). */
  offlineAfterMs?: number;
  /** Whether the network is up (the browser's `navigator.onLine`); default: always. */
  isOnline?: () => boolean;
  /** Subscribes to network changes (the browser's `online`/`offline` events); returns an unsubscribe. */
  onNetworkChange?: (listener: () => void) => () => void;
}

/**
 * Follows a provider's connection and reports a `ConnectionStatus` on every change (and once at
 * the start). Returns a function that stops watching.
 */
export function watchConnection(
  provider: ProviderLike,
  onStatus: (status: ConnectionStatus) => void,
  options: WatchConnectionOptions = {},
): () => void {
  const { offlineAfterMs = 8_000, isOnline = () => true, onNetworkChange } = options;
  let everConnected = provider.wsconnected;
  let closed: { code: number; reason: string } | null = null;
  let disconnectedSince: number | null = provider.wsconnected ? null : Date.now();
  let offlineTimer: ReturnType<typeof setTimeout> | null = null;
  let last = '';

  const compute = (): ConnectionStatus => {
    if (closed) return { kind: 'closed', ...closed };
    if (provider.wsconnected) return { kind: 'connected', synced: provider.synced };
    if (!isOnline()) return { kind: 'offline' };
    if (disconnectedSince !== null && Date.now() - disconnectedSince >= offlineAfterMs) return { kind: 'offline' };
    return everConnected ? { kind: 'reconnecting' } : { kind: 'connecting' };
  };
  const emit = () => {
    const status = compute();
    const key = JSON.stringify(status);
    if (key === last) return;
    last = key;
    onStatus(status);
  };
  const armOfflineTimer = () => {
    if (offlineTimer) clearTimeout(offlineTimer);
    offlineTimer = null;
    if (disconnectedSince === null || closed) return;
    offlineTimer = setTimeout(emit, Math.max(0, disconnectedSince + offlineAfterMs - Date.now()) + 10);
  };

  const onProviderStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (status === 'connected') {
      everConnected = true;
      closed = null;
      disconnectedSince = null;
    } else if (disconnectedSince === null) {
      disconnectedSince = Date.now();
    }
    armOfflineTimer();
    emit();
  };
  const onClosed = (event: { code: number; reason: string }) => {
    closed = { code: event.code, reason: event.reason };
    armOfflineTimer();
    emit();
  };
  const onSync = () => emit();

  provider.on('status', onProviderStatus);
  provider.on('closed', onClosed);
  provider.on('sync', onSync);
  const offNetwork = onNetworkChange?.(emit);
  armOfflineTimer();
  emit();

  return () => {
    provider.off('status', onProviderStatus);
    provider.off('closed', onClosed);
    provider.off('sync', onSync);
    offNetwork?.();
    if (offlineTimer) clearTimeout(offlineTimer);
  };
}

/** A plain-language explanation of a permanent close code from the sync server. */
export function describeClose(code: number): string {
  switch (code) {
    case 4401:
      return 'Your link or sign-in is no longer valid. Ask the facilitator for a new link.';
    case 4403:
      return 'You no longer have access to this board.';
    case 4404:
      return 'This board does not exist.';
    case 4410:
      return 'This board has been deleted.';
    case 4400:
      return 'The app sent something the server did not understand. Reload the page.';
    case 4029:
      return 'Too many requests. Wait a moment and reload the page.';
    case 1009:
      return 'A change was too large for the server to accept. Reload the page.';
    case 4413:
      return 'This board is full, or a change was too large: your last change was not saved. Delete something, then reload the page.';
    case 4422:
      return 'The board refused an item it cannot display; your last change was not saved. Reload the page.';
    case 4429:
      return 'Too many boards are open with your link. Close other tabs, then reload the page.';
    default:
      return `The server closed the connection (${code}).`;
  }
}
