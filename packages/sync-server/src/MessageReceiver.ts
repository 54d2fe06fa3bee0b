import { CloseCode } from './closeCodes.js';
import type { Connection } from './Connection.js';
import { DecodeError, decodeClientMessage, updateChangesDoc, validateUpdate, type ClientMessage } from './decode.js';
import type { SyncLimits } from './options.js';
import { encodePermissionDenied, encodeSyncStep2, type AwarenessEntry } from './protocol.js';
import type { Room } from './Room.js';
import type { SyncLogger } from './types.js';

/**
 * Decodes one client frame and acts on it, enforcing the connection's rights (SPEC §2, §6, §7).
 * Every failure ends in a close code with a reason for this socket alone.
 */
export class MessageReceiver {
  constructor(
    private readonly limits: SyncLimits,
    private readonly logger: SyncLogger,
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
    // The stock client echoes every presence update it receives back to the server; such pure
    // echoes are not the sender's doing and must not use up its message allowance (SPEC §3.3).
    const pureEcho = message.kind === 'awareness' && message.entries.every((e) => e.clientID !== connection.awarenessClientId && room.presenceOwner(e.clientID) !== undefined);
    if (!pureEcho && !connection.admitMessage()) {
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
      case 'syncStep1':
        connection.send(encodeSyncStep2(room.doc, message.stateVector));
        return;
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
    validateUpdate(update);
    if (!connection.canWrite) {
      // Rare (viewers offer their state once per sync), so the snapshot it costs stays off the writers' path.
      if (!updateChangesDoc(room.doc, update)) return;
      // Refused, never applied (SPEC §7.2). The socket stays open: a viewer's client may hold
      // offline edits it will keep offering; closing would only make it reconnect in a loop.
      connection.send(encodePermissionDenied('read-only: this board does not accept your changes'));
      return;
    }
    try {
      room.applyClientUpdate(update, connection);
    } catch {
      throw new DecodeError('the Yjs update could not be applied');
    }
  }

  private applyAwareness(room: Room, connection: Connection, entries: AwarenessEntry[], states: unknown[]): void {
    const own: AwarenessEntry[] = [];
    entries.forEach((entry, index) => {
      const owner = room.presenceOwner(entry.clientID);
      // The server's own presence id (SPEC §5.5) is never a client's.
      const serverId = entry.clientID === room.doc.clientID;
      if (connection.awarenessClientId === null && entry.stateJson !== 'null' && !serverId) {
        const sameUser = owner && connection.identity && owner.identity?.userId === connection.identity.userId;
        if (!owner || sameUser) connection.awarenessClientId = entry.clientID;
      }
      if (entry.clientID === connection.awarenessClientId) {
        own.push(this.stamp(connection, entry, states[index]));
        return;
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
