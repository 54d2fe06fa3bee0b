import type { WebSocket } from 'ws';
import { CloseCode, closeReason } from './closeCodes.js';
import type { SyncLimits } from './options.js';
import { TokenBucket } from './RateLimiter.js';
import type { AccessMode, ConnectionIdentity } from './types.js';

let nextConnectionId = 1;

/**
 * One websocket on one board. Owns the socket's limits (rate buckets, send queue bound) and the
 * awareness clientID it is allowed to speak for (SPEC §6).
 */
export class Connection {
  readonly id = nextConnectionId++;
  /** The awareness clientID bound to this connection by its first own awareness entry. */
  awarenessClientId: number | null = null;
  private closed = false;
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;
  private closeListeners: Array<() => void> = [];

  private accessMode: AccessMode;
  /** Sent with "permission denied" to a read-only connection that writes (ConnectOptions.readOnlyReason). */
  readOnlyReason: string | undefined = undefined;
  /** Called when the connection gains write access (the room then re-runs the sync handshake). */
  onWriteGranted: (() => void) | null = null;

  constructor(
    readonly socket: WebSocket,
    readonly boardId: string,
    access: AccessMode,
    readonly identity: ConnectionIdentity | undefined,
    readonly tags: Readonly<Record<string, string>>,
    private readonly limits: SyncLimits,
  ) {
    this.accessMode = access;
    this.messages = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
    this.bytes = new TokenBucket(limits.bytesPerSecond, limits.byteBurst);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  get access(): AccessMode {
    return this.accessMode;
  }

  /** Rights change on the open socket (SPEC §7.3); gaining write re-runs the sync handshake. */
  set access(access: AccessMode) {
    const granted = this.accessMode === 'read' && access === 'write';
    this.accessMode = access;
    // Rights re-decided later (a lock, an unlock) speak for themselves.
    this.readOnlyReason = undefined;
    if (granted && !this.closed) this.onWriteGranted?.();
  }

  get canWrite(): boolean {
    return this.accessMode === 'write';
  }

  /** Charges an incoming frame's bytes; false means the peer is over its byte rate. */
  admitBytes(frameBytes: number): boolean {
    return this.bytes.take(frameBytes);
  }

  /** Charges one message; false means the peer is over its message rate. */
  admitMessage(): boolean {
    return this.messages.take(1);
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount + frame.length > this.limits.maxBufferedBytes) {
      this.close(CloseCode.SlowConsumer, 'send queue overflow: the client is not reading');
      return;
    }
    this.socket.send(frame, { binary: true });
  }

  /** Holds this socket's writes until `uncork`, so that a burst of frames leaves in one write. */
  cork(): void {
    (this.socket as unknown as { _socket?: { cork(): void } })._socket?.cork();
  }

  uncork(): void {
    (this.socket as unknown as { _socket?: { uncork(): void } })._socket?.uncork();
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.markClosed();
    const socket = this.socket;
    try {
      socket.close(code, closeReason(reason));
    } catch {
      socket.terminate();
    }
    // A peer that never answers the close handshake is cut off.
    setTimeout(() => {
      if (socket.readyState !== socket.CLOSED) socket.terminate();
    }, 2000).unref();
  }

  onClose(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  /** Called once, when the socket closed for any reason. */
  markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    const listeners = this.closeListeners;
    this.closeListeners = [];
    for (const listener of listeners) listener();
  }
}
