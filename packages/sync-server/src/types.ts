/**
 * The storage a sync server persists boards to. Calls are async so that a networked store
 * (PostgreSQL) never blocks the event loop; the server still awaits an update's append before it
 * relays it, so a process crash loses no relayed edit (SPEC §5). A store must apply its writes in
 * the order they were called (a compact must not overtake an earlier append, nor the reverse).
 * Any method may reject; the server then keeps the board dirty in memory and retries.
 */
export interface BoardStore {
  /** The board's stored state as one Yjs V2 update, or null if it was never written. */
  load(boardId: string): Promise<Uint8Array | null>;
  /** Append one incremental update (Yjs V2). */
  append(boardId: string, updateV2: Uint8Array): Promise<void>;
  /** Append several updates in one transaction (all or nothing); optional, for throughput. */
  appendMany?(entries: ReadonlyArray<{ boardId: string; updateV2: Uint8Array }>): Promise<void>;
  /** Atomically replace the board's log with this full state (Yjs V2). */
  compact(boardId: string, stateV2: Uint8Array): Promise<void>;
  /** How many incremental updates are stored for the board since its snapshot. */
  pendingUpdates(boardId: string): Promise<number>;
}

export type AccessMode = 'read' | 'write';

/** Who is on the other end of a connection, as established by the app before handing it over. */
export interface ConnectionIdentity {
  /** Stable id of the person (participant or facilitator); one person may hold several connections. */
  userId: string;
  name: string;
  color: string;
  role?: string;
}

/**
 * What the app decides about a writer's update before it is applied (SPEC 2.9): refuse it (the
 * socket is closed with the code and reason; nothing of it is applied or stored), or accept it,
 * optionally with a callback run once it has been applied (e.g. to record who added what).
 */
export type UpdateVerdict = { refuse: { code: number; reason: string } } | { accepted?: () => void } | void;

export interface UpdateCheckContext {
  boardId: string;
  /** The board as it is before the update (read it; do not change it). */
  doc: import('yjs').Doc;
  /** The update (Yjs V1) as the client sent it, and its decoded structs. */
  update: Uint8Array;
  decoded: { structs: Array<import('yjs').Item | import('yjs').GC | import('yjs').Skip>; ds: unknown };
  identity: ConnectionIdentity | undefined;
  tags: Readonly<Record<string, string>>;
}

export type UpdateCheck = (context: UpdateCheckContext) => UpdateVerdict;

export interface ConnectOptions {
  boardId: string;
  access: AccessMode;
  /** When set, the server stamps it into the `user` field of this connection's awareness state. */
  identity?: ConnectionIdentity;
  /** Free data the app attaches (workshop id, group id) to find connections later. */
  tags?: Record<string, string>;
  /** Overrides `maxConnectionsPerIdentity` for this person (e.g. a facilitator watching every board). */
  maxConnectionsPerIdentity?: number;
  /**
   * Why a read-only connection is read-only, when the client should hear more than "read-only" (e.g.
   * the server's disk is almost full): sent with "permission denied" when it offers a change.
   */
  readOnlyReason?: string;
}

export interface SyncLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: SyncLogger = { debug() {}, info() {}, warn() {}, error() {} };
