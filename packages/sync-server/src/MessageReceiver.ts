import { CloseCode } from './closeCodes.js';
import type { Connection } from './Connection.js';
import { DecodeError, decodeClientMessage, validateUpdate, type ClientMessage } from './decode.js';
import type { SyncLimits } from './options.js';
import { encodePermissionDenied, type AwarenessEntry } from './protocol.js';
import type { Room } from './Room.js';
import type { PresenceBindings } from './PresenceBindings.js';
import type { SyncLogger, UpdateCheck } from './types.js';
import { addsContent, formatBytes, largestValueBytes } from './updateSize.js';

/** An update refused by a limit or the app's check: the socket closes with this code and reason. */
export class RefusedUpdate extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * Decodes one client frame and acts on it, enforcing the connection's rights (SPEC §2, §6, §7).
 * Every failure ends in a close code with a reason for this socket alone.
 */
export class MessageReceiver {
  constructor(
    private readonly limits: SyncLimits,
    private readonly logger: SyncLogger,
    private readonly bindings: PresenceBindings,
    private readonly checkUpdate: UpdateCheck | undefined,
  ) {}

  receive(room: Room, connection: Connection, frame: Uint8Array): void {
    if (connection.isClosed) return;
    if (!connection.admitBytes(frame.length)) {
      connection.close(CloseCode.RateLimited, 'rate limit exceeded: too many bytes per second');
      return;
    }
    let message: ClientMessage;
    try {
      message = decodeClientMessage(frame, this.limits);
    } catch (error) {
      this.reject(connection, error);
      return;
    }
    // Every frame counts, awareness echoes included (SPEC 3.2): presence is relayed at most every
    // `presenceFlushMs`, so an honest client's echoes stay far below the allowance.
    if (!connection.admitMessage()) {
      connection.close(CloseCode.RateLimited, 'rate limit exceeded: too many messages per second');
      return;
    }
    try {
      this.dispatch(room, connection, message);
    } catch (error) {
      this.reject(connection, error);
    }
  }

  private reject(connection: Connection, error: unknown): void {
    if (error instanceof RefusedUpdate) {
      this.logger.warn({ boardId: connection.boardId, connection: connection.id, reason: error.reason }, 'update refused');
      connection.close(error.code, error.reason);
      return;
    }
    if (error instanceof ImpersonationError) {
      this.logger.warn({ boardId: connection.boardId, connection: connection.id }, error.message);
      connection.close(CloseCode.Forbidden, `forbidden: ${error.message}`);
      return;
    }
    const reason = error instanceof DecodeError ? `malformed message: ${error.message}` : 'malformed message';
    this.logger.warn({ boardId: connection.boardId, connection: connection.id, reason }, 'closing connection');
    connection.close(CloseCode.MalformedMessage, reason);
  }

  private dispatch(room: Room, connection: Connection, message: ClientMessage): void {
    switch (message.kind) {
      case 'syncStep1': {
        // A big answer leaves in pieces (SPEC 1.14), corked so that they go out in few writes.
        const frames = room.syncStep2Frames(message.stateVector);
        if (frames.length > 1) connection.cork();
        for (const frame of frames) connection.send(frame);
        if (frames.length > 1) connection.uncork();
        return;
      }
      case 'syncStep2':
      case 'update':
        this.applyUpdate(room, connection, message.update);
        return;
      case 'awareness':
        this.applyAwareness(room, connection, message.entries, message.states);
        return;
      case 'queryAwareness': {
        const snapshot = room.presenceSnapshot();
        if (snapshot) connection.send(snapshot);
        return;
      }
      case 'auth':
        return;
    }
  }

  private applyUpdate(room: Room, connection: Connection, update: Uint8Array): void {
    const decoded = validateUpdate(update);
    if (!connection.canWrite) {
      // Rare (viewers offer their state once per sync), so the snapshot it costs stays off the writers' path.
      if (!room.wouldChange(update, decoded)) return;
      // Refused, never applied (SPEC §7.2). The socket stays open: a viewer's client may hold
      // offline edits it will keep offering; closing would only make it reconnect in a loop.
      connection.send(encodePermissionDenied(connection.readOnlyReason ?? 'read-only: this board does not accept your changes'));
      return;
    }
    // A hibernating board wakes only for a real change: a reconnecting writer's SyncStep2 usually
    // holds nothing new (SPEC 8.4); applied, it would have been a no-op anyway (2.6).
    if (room.isHibernating && !room.wouldChange(update, decoded)) return;
    this.checkSize(room, decoded, update);
    const verdict = this.checkUpdate?.({
      boardId: room.boardId,
      doc: room.awake(),
      update,
      decoded,
      identity: connection.identity,
      tags: connection.tags,
    });
    if (verdict && 'refuse' in verdict) throw new RefusedUpdate(verdict.refuse.code, verdict.refuse.reason);
    try {
      room.applyClientUpdate(update, connection);
    } catch {
      throw new DecodeError('the Yjs update could not be applied');
    }
    if (verdict && 'accepted' in verdict) verdict.accepted?.();
  }

  /** SPEC 3.5 / 3.6: one value, and the board as a whole, stay within their limits. */
  private checkSize(room: Room, decoded: ReturnType<typeof validateUpdate>, update: Uint8Array): void {
    const largest = largestValueBytes(decoded);
    if (largest > this.limits.maxValueBytes) {
      throw new RefusedUpdate(
        CloseCode.TooLarge,
        `too large: a value of ${formatBytes(largest)} exceeds the limit of ${formatBytes(this.limits.maxValueBytes)}; nothing was saved`,
      );
    }
    if (!addsContent(decoded)) return;
    const size = room.sizeWith(update.length);
    if (size > this.limits.maxDocumentBytes) {
      throw new RefusedUpdate(
        CloseCode.TooLarge,
        `board full: it would grow to ${formatBytes(size)}, the limit is ${formatBytes(this.limits.maxDocumentBytes)}; the change was not saved`,
      );
    }
  }

  private applyAwareness(room: Room, connection: Connection, entries: AwarenessEntry[], states: unknown[]): void {
    const own: AwarenessEntry[] = [];
    entries.forEach((entry, index) => {
      const owner = room.presenceOwner(entry.clientID);
      // The server's own presence id (SPEC §5.5) is never a client's.
      const serverId = entry.clientID === room.clientID;
      const userId = connection.identity?.userId;
      if (connection.awarenessClientId === null && entry.stateJson !== 'null' && !serverId) {
        const sameUser = owner && userId !== undefined && owner.identity?.userId === userId;
        // A clientID stays its first person's after their socket left (SPEC 6.7): only they reclaim it.
        const free = userId === undefined || this.bindings.mayUse(room.boardId, entry.clientID, userId);
        if ((!owner || sameUser) && free) {
          connection.awarenessClientId = entry.clientID;
          if (userId !== undefined) this.bindings.bind(room.boardId, entry.clientID, userId, 0);
        }
      }
      if (entry.clientID === connection.awarenessClientId) {
        own.push(this.stamp(connection, entry, states[index]));
        return;
      }
      // Someone else's clientID whose socket has left: a newer state would squat it (SPEC 6.7).
      const binding = owner === undefined ? this.bindings.get(room.boardId, entry.clientID) : undefined;
      if (binding && binding.userId !== userId && entry.stateJson !== 'null' && entry.clock > binding.clock) {
        throw new ImpersonationError(entry.clientID);
      }
      // The stock client echoes its peers' states back; an echo that changes nothing is ignored,
      // a state that would overwrite someone else's presence is impersonation (SPEC §6.2). A
      // clientID nobody owns (a peer that just left, the server's entry) is nobody's presence:
      // its late echoes are ignored too.
      const wouldChange =
        owner !== undefined && owner !== connection && entry.clock > room.presenceClock(entry.clientID) && entry.stateJson !== 'null';
      if (wouldChange) {
        throw new ImpersonationError(entry.clientID);
      }
    });
    if (own.length > 0) room.applyPresence(connection, own);
  }

  /** Writes the server-verified identity over whatever `user` the client claimed (SPEC §6.3). */
  private stamp(connection: Connection, entry: AwarenessEntry, state: unknown): AwarenessEntry {
    if (!connection.identity || state === null || typeof state !== 'object') return entry;
    const { userId, name, color, role } = connection.identity;
    const claimed = (state as Record<string, unknown>).user;
    const user = { ...(typeof claimed === 'object' && claimed !== null ? claimed : {}), id: userId, name, color, role };
    return { ...entry, stateJson: JSON.stringify({ ...(state as object), user }) };
  }
}

export class ImpersonationError extends Error {
  constructor(readonly clientID: number) {
    super(`awareness update for client ${clientID}, which is not this connection's`);
  }
}
