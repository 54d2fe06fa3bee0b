/** Limits and tunables of the sync server; every one has a safe default (SPEC §3). */
export interface SyncLimits {
  /** Largest frame accepted, in bytes; larger frames close the socket with 1009. */
  maxMessageBytes: number;
  /** Largest JSON text of one awareness state. */
  maxAwarenessStateBytes: number;
  /** Most clients one awareness message may list (the stock client echoes its peers). */
  maxAwarenessEntries: number;
  /** Sustained messages per second per connection, and the burst allowed above it. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Sustained bytes per second per connection, and the burst allowed above it. */
  bytesPerSecond: number;
  byteBurst: number;
  /** A connection whose unsent output exceeds this is closed as a slow consumer. */
  maxBufferedBytes: number;
  /** Largest board document (its encoded state, bytes); an update that would grow it past this is refused (4413). */
  maxDocumentBytes: number;
  /** Largest single value an update may carry (one record, one field value, one text insert), bytes (4413). */
  maxValueBytes: number;
  /** Open sockets one person (`identity.userId`) may hold across all boards; more are refused (4429). */
  maxConnectionsPerIdentity: number;
  /** Presence changes are relayed at most this often per board (ms), so echoing clients stay far below the message rate. */
  presenceFlushMs: number;
  /** Compact a board's update log into a snapshot after this many appended updates. */
  compactAfterUpdates: number;
  /** Keep an empty board in memory this long before storing and evicting it. */
  evictAfterMs: number;
  /** A board answers a SyncStep1 in frames of at most this many bytes of update (SPEC 1.14). */
  syncChunkBytes: number;
  /** A board with no update applied for this long drops its Y.Doc and keeps its encoded state (SPEC §8); 0: never. */
  hibernateAfterMs: number;
}

export const defaultSyncLimits: SyncLimits = {
  maxMessageBytes: 8 * 1024 * 1024,
  maxAwarenessStateBytes: 32 * 1024,
  maxAwarenessEntries: 256,
  messagesPerSecond: 300,
  messageBurst: 500,
  bytesPerSecond: 4 * 1024 * 1024,
  byteBurst: 16 * 1024 * 1024,
  maxBufferedBytes: 32 * 1024 * 1024,
  maxDocumentBytes: 10 * 1024 * 1024,
  maxValueBytes: 256 * 1024,
  maxConnectionsPerIdentity: 32,
  presenceFlushMs: 40,
  compactAfterUpdates: 500,
  evictAfterMs: 1000,
  syncChunkBytes: 64 * 1024,
  hibernateAfterMs: 10_000,
};
