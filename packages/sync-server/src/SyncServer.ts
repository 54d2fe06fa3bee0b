import type { RawData, WebSocket } from 'ws';
import * as Y from 'yjs';
import { CloseCode } from './closeCodes.js';
import { Connection } from './Connection.js';
import { MessageReceiver } from './MessageReceiver.js';
import { defaultSyncLimits, type SyncLimits } from './options.js';
import { encodeSyncStep1 } from './protocol.js';
import { Room } from './Room.js';
import { WriteBatcher } from './WriteBatcher.js';
import { PresenceBindings } from './PresenceBindings.js';
import { silentLogger, type AccessMode, type BoardStore, type ConnectOptions, type SyncLogger, type UpdateCheck } from './types.js';

export interface SyncServerOptions {
  store: BoardStore;
  limits?: Partial<SyncLimits>;
  logger?: SyncLogger;
  /** The app's check of every writer's update before it is applied (SPEC 2.9). */
  checkUpdate?: UpdateCheck;
}

export interface SyncStats {
  rooms: number;
  connections: number;
  dirtyRooms: number;
}

/**
 * The y-websocket protocol server: one Room (Y.Doc) per board, loaded on first connect and
 * evicted after its last connection leaves. The app authenticates a socket and hands it over with
 * the rights it holds; everything after that is decided here (SPEC.md).
 */
export class SyncServer {
  readonly limits: SyncLimits;
  private readonly rooms = new Map<string, Room>();
  private readonly store: BoardStore;
  private readonly logger: SyncLogger;
  private readonly receiver: MessageReceiver;
  private readonly batcher: WriteBatcher;
  private readonly bindings = new PresenceBindings();
  private shuttingDown = false;

  constructor(options: SyncServerOptions) {
    this.limits = { ...defaultSyncLimits, ...options.limits };
    this.store = options.store;
    this.logger = options.logger ?? silentLogger;
    this.receiver = new MessageReceiver(this.limits, this.logger, this.bindings, options.checkUpdate);
    this.batcher = new WriteBatcher(this.store);
  }

  /** Takes over an open, already authorised socket. */
  handleConnection(socket: WebSocket, options: ConnectOptions): Connection | null {
    if (this.shuttingDown) {
      socket.close(CloseCode.GoingAway, 'server shutting down');
      return null;
    }
    // A socket that closed before it was handed over would never leave its room.
    if (socket.readyState !== socket.OPEN) return null;
    const connection = new Connection(socket, options.boardId, options.access, options.identity, options.tags ?? {}, this.limits);
    connection.readOnlyReason = options.readOnlyReason;
    if (options.identity) {
      // SPEC 1.13: one person cannot hold the server's sockets hostage.
      const userId = options.identity.userId;
      const max = options.maxConnectionsPerIdentity ?? this.limits.maxConnectionsPerIdentity;
      if (this.connections((c) => c.identity?.userId === userId).length >= max) {
        this.logger.warn({ boardId: options.boardId, userId }, 'too many connections for one credential');
        connection.close(CloseCode.TooManyConnections, `too many connections: at most ${max} open boards per person; close other tabs`);
        return null;
      }
    }
    let room: Room;
    try {
      room = this.room(options.boardId);
    } catch (error) {
      this.logger.error({ boardId: options.boardId, err: error }, 'board failed to load');
      connection.close(CloseCode.InternalError, 'board failed to load; try again later');
      return null;
    }
    room.add(connection);
    connection.onClose(() => room.remove(connection));
    // Edits a client made while read-only were refused; asking for its state again lets them in
    // once it may write, so that its later edits do not wait forever on missing predecessors.
    connection.onWriteGranted = () => connection.send(encodeSyncStep1(room.stateVector()));
    socket.on('message', (data: RawData) => {
      this.receiver.receive(room, connection, toUint8Array(data));
    });
    socket.on('close', () => connection.markClosed());
    socket.on('error', (error) => {
      this.logger.warn({ boardId: options.boardId, err: error }, 'socket error');
      connection.markClosed();
      // ws has already started its own close for protocol errors (1009 for an oversized frame, 1002
      // for a bad frame): terminating now could cut the socket before that close frame is flushed.
      endAfterError(socket);
    });
    connection.send(encodeSyncStep1(room.stateVector()));
    const presence = room.presenceSnapshot();
    if (presence) connection.send(presence);
    return connection;
  }

  /** The board's room, loading it from the store if it is not in memory. */
  private room(boardId: string): Room {
    let room = this.rooms.get(boardId);
    if (!room) {
      room = new Room(
        boardId,
        this.store,
        this.limits,
        this.logger,
        (evicted) => {
          if (this.rooms.get(boardId) === evicted) this.rooms.delete(boardId);
        },
        this.batcher,
        this.bindings,
      );
      this.rooms.set(boardId, room);
    }
    return room;
  }

  /**
   * Runs `fn` on the board's document (loading or waking it if needed); changes made inside are
   * stored and relayed like any client's. A board without connections is evicted right after.
   * `fn` must not keep the doc: a board that hibernates later drops it (SPEC 8.3).
   */
  withDoc<T>(boardId: string, fn: (doc: Y.Doc) => T): T {
    const room = this.room(boardId);
    try {
      return fn(room.awake());
    } finally {
      if (room.connections.size === 0) room.evict();
    }
  }

  connections(filter: (connection: Connection) => boolean = () => true): Connection[] {
    const found: Connection[] = [];
    for (const room of this.rooms.values()) {
      for (const connection of room.connections) if (filter(connection)) found.push(connection);
    }
    return found;
  }

  /** Changes the rights of open connections; takes effect on their next message (SPEC §7.3). */
  setAccess(filter: (connection: Connection) => boolean, access: AccessMode): number {
    const matched = this.connections(filter);
    for (const connection of matched) connection.access = access;
    return matched.length;
  }

  closeConnections(filter: (connection: Connection) => boolean, code: number, reason: string): number {
    const matched = this.connections(filter);
    for (const connection of matched) connection.close(code, reason);
    return matched.length;
  }

  /** Drops a board from memory without storing it (its data is being deleted). */
  discardBoard(boardId: string, reason = 'board deleted'): void {
    const room = this.rooms.get(boardId);
    if (!room) return;
    for (const connection of [...room.connections]) connection.close(CloseCode.Gone, reason);
    room.destroy();
    this.rooms.delete(boardId);
    this.bindings.forgetBoard(boardId);
  }

  isLoaded(boardId: string): boolean {
    return this.rooms.has(boardId);
  }

  /** True when the board is loaded but holds only its encoded state, no Y.Doc (SPEC §8). */
  isHibernating(boardId: string): boolean {
    return this.rooms.get(boardId)?.isHibernating ?? false;
  }

  stats(): SyncStats {
    let connections = 0;
    let dirtyRooms = 0;
    for (const room of this.rooms.values()) {
      connections += room.connections.size;
      if (room.isDirty) dirtyRooms++;
    }
    return { rooms: this.rooms.size, connections, dirtyRooms };
  }

  /**
   * Stores every update applied so far now, instead of at the end of the event-loop turn: for a
   * server-side step that must be durable before it records that it happened (reveal).
   */
  flushWrites(): void {
    this.batcher.flush();
  }

  /** Closes every socket and stores every board. Resolves to false if some board could not be stored. */
  shutdown(): boolean {
    this.shuttingDown = true;
    this.batcher.flush();
    let allStored = true;
    for (const room of [...this.rooms.values()]) {
      for (const connection of [...room.connections]) connection.close(CloseCode.GoingAway, 'server shutting down');
      if (!room.evict()) allStored = false;
    }
    return allStored;
  }
}

/**
 * After a socket error. When `ws` itself refused a frame (over `maxPayload`: 1009, or a protocol
 * error: 1002) it has already queued its close frame and is draining the rest of the frame;
 * terminating now would reset the connection under the peer, which then sees 1006 instead of the
 * code (SPEC 3.1). Let that close finish, and cut the socket only if it does not within 2 s.
 */
export function endAfterError(socket: WebSocket): void {
  if (socket.readyState === socket.CLOSING) {
    setTimeout(() => {
      if (socket.readyState !== socket.CLOSED) socket.terminate();
    }, 2000).unref();
    return;
  }
  socket.terminate();
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
