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
  /** Boards being read from the store, so that sockets arriving together share one load. */
  private readonly loading = new Map<string, Promise<Room>>();
  /** Sockets handed over while their board loads: rights changes and closes must reach them too. */
  private readonly loadingConnections = new Set<Connection>();
  private readonly discardedWhileLoading = new Set<string>();
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
    const loaded = this.rooms.get(options.boardId);
    if (loaded) {
      this.attach(loaded, socket, connection, options);
      return connection;
    }
    // The board loads from the store (async): hold the socket's first messages until it is there.
    const held: RawData[] = [];
    const hold = (data: RawData) => {
      held.push(data);
      // More than the rate limit's burst can never be accepted (SPEC 3.2): the same answer as live.
      if (held.length > this.limits.messageBurst) connection.close(CloseCode.RateLimited, 'rate limit exceeded: too many messages per second');
    };
    socket.on('message', hold);
    socket.on('close', () => connection.markClosed());
    this.loadingConnections.add(connection);
    this.openRoom(options.boardId).then(
      (room) => {
        this.loadingConnections.delete(connection);
        socket.off('message', hold);
        if (connection.isClosed || socket.readyState !== socket.OPEN) return;
        this.attach(room, socket, connection, options);
        for (const data of held) this.receiver.receive(room, connection, toUint8Array(data));
      },
      (error: unknown) => {
        this.loadingConnections.delete(connection);
        this.logger.error({ boardId: options.boardId, err: error }, 'board failed to load');
        connection.close(CloseCode.InternalError, 'board failed to load; try again later');
      },
    );
    return connection;
  }

  private attach(room: Room, socket: WebSocket, connection: Connection, options: ConnectOptions): void {
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
  }

  /** The board's room, loading it from the store if it is not in memory (one load per board at a time). */
  private room(boardId: string): Promise<Room> {
    const room = this.rooms.get(boardId);
    if (room) return Promise.resolve(room);
    let loading = this.loading.get(boardId);
    if (!loading) {
      loading = Room.open(
        boardId,
        this.store,
        this.limits,
        this.logger,
        (evicted) => {
          if (this.rooms.get(boardId) === evicted) this.rooms.delete(boardId);
        },
        this.batcher,
        this.bindings,
      ).then(
        (opened) => {
          this.loading.delete(boardId);
          if (this.discardedWhileLoading.delete(boardId)) {
            opened.destroy();
            throw new Error(`board ${boardId} was deleted while it loaded`);
          }
          this.rooms.set(boardId, opened);
          return opened;
        },
        (error: unknown) => {
          this.loading.delete(boardId);
          throw error;
        },
      );
      this.loading.set(boardId, loading);
    }
    return loading;
  }

  /**
   * Runs `fn` on the board's document (loading or waking it if needed); changes made inside are
   * stored and relayed like any client's. A board without connections is evicted right after.
   * `fn` must not keep the doc: a board that hibernates later drops it (SPEC 8.3).
   */
  async withDoc<T>(boardId: string, fn: (doc: Y.Doc) => T): Promise<T> {
    const room = await this.openRoom(boardId);
    try {
      return fn(room.awake());
    } finally {
      // Not while a socket waits for this same load: it attaches right after (SPEC 5.6).
      if (room.connections.size === 0 && !this.hasLoadingConnection(boardId)) await room.evict();
    }
  }

  /**
   * The board's room, never one already destroyed: whoever awaited the same load before us may
   * have evicted it (a server-side change on a board nobody had open) before our turn came.
   */
  private async openRoom(boardId: string): Promise<Room> {
    for (;;) {
      const room = await this.room(boardId);
      if (!room.destroyed) return room;
    }
  }

  private hasLoadingConnection(boardId: string): boolean {
    for (const connection of this.loadingConnections) if (connection.boardId === boardId) return true;
    return false;
  }

  connections(filter: (connection: Connection) => boolean = () => true): Connection[] {
    const found: Connection[] = [];
    for (const room of this.rooms.values()) {
      for (const connection of room.connections) if (filter(connection)) found.push(connection);
    }
    for (const connection of this.loadingConnections) if (filter(connection)) found.push(connection);
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

  /**
   * Drops a board from memory without storing it: its data is being deleted (4410), or another
   * process now serves it and its updates were stored as they came (1013, the clients reconnect).
   */
  discardBoard(boardId: string, reason = 'board deleted', code: CloseCode = CloseCode.Gone): void {
    if (this.loading.has(boardId)) {
      this.discardedWhileLoading.add(boardId);
      for (const connection of [...this.loadingConnections]) if (connection.boardId === boardId) connection.close(code, reason);
    }
    const room = this.rooms.get(boardId);
    if (!room) return;
    for (const connection of [...room.connections]) connection.close(code, reason);
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
  async flushWrites(): Promise<void> {
    await this.batcher.flush();
  }

  /** Closes every socket and stores every board. Resolves to false if some board could not be stored. */
  async shutdown(): Promise<boolean> {
    this.shuttingDown = true;
    await this.batcher.flush();
    let allStored = true;
    for (const room of [...this.rooms.values()]) {
      for (const connection of [...room.connections]) connection.close(CloseCode.GoingAway, 'server shutting down');
      if (!await room.evict()) allStored = false;
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
