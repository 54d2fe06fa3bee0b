import * as Y from 'yjs';
import { syncStep2Frames } from './chunkedSync.js';
import type { Connection } from './Connection.js';
import { updateChangesDoc } from './decode.js';
import { HibernatedState } from './HibernatedState.js';
import type { SyncLimits } from './options.js';
import type { PresenceBindings } from './PresenceBindings.js';
import { encodeAwareness, encodeUpdate, type AwarenessEntry } from './protocol.js';
import type { BoardStore, SyncLogger } from './types.js';
import type { WriteBatcher } from './WriteBatcher.js';

/** Origin of transactions that load stored state: never persisted again, never relayed. */
const LOAD_ORIGIN = Symbol('load');

interface PresenceEntry {
  clock: number;
  stateJson: string;
  owner: Connection;
}

export type StorageHealth = 'ok' | 'degraded';

/**
 * One board in memory: its Y.Doc, the presence of its connections, and its persistence.
 * Updates are appended to the store as they are applied (SPEC §5); a failed append leaves the
 * room dirty and retried, and a dirty room is never evicted. A board idle for `hibernateAfterMs`
 * drops its doc and keeps only its encoded state (SPEC §8): every reader of the doc goes through
 * `awake()`, which restores it, or through methods that answer from the encoded state.
 */
export class Room {
  /** The live document, or null while the board hibernates (then `hibernated` holds it). */
  private live: Y.Doc | null;
  private hibernated: HibernatedState | null = null;
  /** The server's own presence id (SPEC §5.5): the doc's clientID, kept across hibernation. */
  readonly clientID: number;
  private hibernateTimer: NodeJS.Timeout | null = null;
  /** When an update was last applied (or the doc woke): idle boards hibernate (SPEC 8.1). */
  private lastActivity = Date.now();
  readonly connections = new Set<Connection>();
  private readonly presence = new Map<number, PresenceEntry>();
  private appendedSinceCompact = 0;
  /** True while some applied update is not known to be in the store. */
  private dirty = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelayMs = 250;
  private evictTimer: NodeJS.Timeout | null = null;
  private healthTimer: NodeJS.Timeout | null = null;
  private serverClock = 0;
  health: StorageHealth = 'ok';
  destroyed = false;

  /**
   * Loads the board from the store (SPEC §5.4: rejects when the stored state cannot be read; the
   * caller must then not keep a room for it).
   */
  static async open(
    boardId: string,
    store: BoardStore,
    limits: SyncLimits,
    logger: SyncLogger,
    onEvict: (room: Room) => void,
    batcher: WriteBatcher,
    bindings: PresenceBindings,
  ): Promise<Room> {
    const stored = await store.load(boardId);
    const pending = await store.pendingUpdates(boardId);
    return new Room(boardId, store, limits, logger, onEvict, batcher, bindings, stored, pending);
  }

  private constructor(
    readonly boardId: string,
    private readonly store: BoardStore,
    private readonly limits: SyncLimits,
    private readonly logger: SyncLogger,
    private readonly onEvict: (room: Room) => void,
    private readonly batcher: WriteBatcher,
    private readonly bindings: PresenceBindings,
    stored: Uint8Array | null,
    pendingUpdates: number,
  ) {
    const doc = new Y.Doc({ gc: true });
    if (stored) Y.applyUpdateV2(doc, stored, LOAD_ORIGIN);
    this.clientID = doc.clientID;
    this.live = this.watch(doc);
    this.approxBytes = stored?.length ?? 0;
    this.appendedSinceCompact = pendingUpdates;
    this.scheduleHibernation(this.limits.hibernateAfterMs);
  }

  private watch(doc: Y.Doc): Y.Doc {
    // Only the V2 encoding is produced per transaction (for the store); the relayed V1 frame is the
    // client's own bytes when they integrated as they were (§5.2), converted otherwise.
    doc.on('updateV2', this.persistThenRelay);
    return doc;
  }

  get isHibernating(): boolean {
    return this.hibernated !== null;
  }

  /** The board's document, restored first if the board hibernates (SPEC 8.3). */
  awake(): Y.Doc {
    this.lastActivity = Date.now();
    if (this.live) return this.live;
    if (!this.hibernated) throw new Error(`board ${this.boardId} is no longer loaded`);
    const doc = new Y.Doc({ gc: true });
    // Same id: the server's presence entry (§5.5) must not change under the clients.
    doc.clientID = this.clientID;
    this.hibernated.restoreInto(doc, LOAD_ORIGIN);
    this.hibernated = null;
    this.live = this.watch(doc);
    this.scheduleHibernation(this.limits.hibernateAfterMs);
    return doc;
  }

  /** The board's state vector, without waking it. */
  stateVector(): Uint8Array {
    return this.live ? Y.encodeStateVector(this.live) : this.hibernated!.stateVector;
  }

  /** The frames answering a SyncStep1 (SPEC 1.5, 1.14), without waking the board. */
  syncStep2Frames(stateVector: Uint8Array): Uint8Array[] {
    const diff = this.live ? Y.encodeStateAsUpdate(this.live, stateVector) : this.hibernated!.diff(stateVector);
    return syncStep2Frames(diff, stateVector, this.limits.syncChunkBytes);
  }

  /** Whether applying the (decoded, V1) update would change the board; a hibernating board stays asleep (SPEC 8.4). */
  wouldChange(update: Uint8Array, decoded: ReturnType<typeof Y.decodeUpdate>): boolean {
    return this.live ? updateChangesDoc(this.live, update) : this.hibernated!.wouldChange(update, decoded);
  }

  private scheduleHibernation(delayMs: number): void {
    if (this.limits.hibernateAfterMs <= 0 || this.hibernateTimer || this.destroyed || !this.live) return;
    this.hibernateTimer = setTimeout(() => {
      this.hibernateTimer = null;
      void this.hibernateIfIdle();
    }, delayMs);
    this.hibernateTimer.unref();
  }

  /**
   * One timer per awake board, re-armed for the rest of the idle time rather than reset on every
   * update (a timer per update would cost more than the update). Only a board with nothing in flight
   * and nothing unstored sleeps: its encoded state is then exactly what the store holds.
   */
  private async hibernateIfIdle(): Promise<void> {
    if (this.destroyed || !this.live) return;
    const idleMs = Date.now() - this.lastActivity;
    if (idleMs < this.limits.hibernateAfterMs) return this.scheduleHibernation(this.limits.hibernateAfterMs - idleMs);
    if (this.inFlight > 0 || this.dirty || this.compactScheduled) return this.scheduleHibernation(this.limits.hibernateAfterMs);
    await this.hibernate();
  }

  /** Drops the doc, keeping its encoded state; compacts first when the log has updates (SPEC 8.1). */
  async hibernate(): Promise<boolean> {
    const doc = this.live;
    if (!doc || this.destroyed) return false;
    const state = HibernatedState.of(doc);
    if (this.appendedSinceCompact > 0 || this.dirty) {
      const activity = this.lastActivity;
      if (!(await this.compact(state.state))) return false;
      // The store is async: an update applied while it wrote is not in `state`; stay awake then.
      if (this.live !== doc || this.destroyed || this.lastActivity !== activity || this.inFlight > 0) {
        this.scheduleHibernation(this.limits.hibernateAfterMs);
        return false;
      }
    }
    doc.off('updateV2', this.persistThenRelay);
    doc.destroy();
    this.live = null;
    this.hibernated = state;
    this.approxBytes = state.byteLength;
    this.exactIsFresh = true;
    return true;
  }

  /**
   * The board's size as an upper bound: the stored state plus every update since (updates overlap,
   * so the sum only over-estimates). Measured exactly only when the bound nears the limit (SPEC 3.6).
   */
  private approxBytes = 0;
  private exactIsFresh = false;

  /** The board's size if `extraBytes` were added. */
  sizeWith(extraBytes: number): number {
    const estimate = this.approxBytes + extraBytes;
    if (estimate <= this.limits.maxDocumentBytes || this.exactIsFresh) return estimate;
    this.approxBytes = this.encodeState().length;
    this.exactIsFresh = true;
    return this.approxBytes + extraBytes;
  }

  /** The V1 update a connection is applying right now, relayed as is when it integrates cleanly. */
  private incoming: { origin: unknown; update: Uint8Array; clean: boolean } | null = null;
  /**
   * Applies a client's update. Its bytes are relayed unchanged unless Yjs held part of it back or
   * released earlier held-back parts (missing dependencies): then the integrated update is re-encoded.
   */
  applyClientUpdate(update: Uint8Array, origin: unknown): void {
    const doc = this.awake();
    const store = doc.store;
    this.incoming = { origin, update, clean: store.pendingStructs === null && store.pendingDs === null };
    try {
      Y.applyUpdate(doc, update, origin);
    } finally {
      this.incoming = null;
    }
  }

  private relayFrameFor(updateV2: Uint8Array, origin: unknown): Uint8Array {
    const incoming = this.incoming;
    const store = this.live!.store;
    if (incoming && incoming.origin === origin && incoming.clean && store.pendingStructs === null && store.pendingDs === null) {
      return encodeUpdate(incoming.update);
    }
    return encodeUpdate(Y.convertUpdateFormatV2ToV1(updateV2));
  }

  /** Queues the update: stored with the others of this turn, then relayed (SPEC §5.1). */
  private readonly persistThenRelay = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    this.lastActivity = Date.now();
    this.approxBytes += update.length;
    // A deletion may have made room; growth makes the exact figure stale too.
    this.exactIsFresh = false;
    const relay = { frame: this.relayFrameFor(update, origin), origin };
    if (this.dirty) {
      // An earlier append failed: the next successful compaction stores everything at once.
      this.scheduleRetry();
      for (const connection of this.connections) if (connection !== relay.origin) connection.send(relay.frame);
      return;
    }
    this.inFlight++;
    this.batcher.enqueue({
      boardId: this.boardId,
      updateV2: update,
      frame: relay.frame,
      origin: relay.origin,
      settle: (ok, error) => this.settleAppend(ok, error),
      recipients: () => (this.destroyed ? [] : this.connections),
      cancelled: () => this.destroyed,
    });
  };

  /** Appends queued but not yet stored. */
  private inFlight = 0;
  private compactScheduled = false;

  private settleAppend(ok: boolean, error?: unknown): void {
    this.inFlight--;
    if (this.destroyed) return;
    if (ok) {
      this.appendedSinceCompact++;
      if (this.appendedSinceCompact >= this.limits.compactAfterUpdates && !this.compactScheduled) {
        // After the batch, not inside it: one snapshot covers every row the batch wrote.
        this.compactScheduled = true;
        setImmediate(() => {
          if (!this.destroyed && !this.dirty && this.appendedSinceCompact >= this.limits.compactAfterUpdates) {
            void this.compact().finally(() => (this.compactScheduled = false));
          } else {
            this.compactScheduled = false;
          }
        });
      }
      return;
    }
    this.logger.error({ boardId: this.boardId, err: error }, 'append failed; board kept dirty, retrying');
    this.dirty = true;
    this.setHealth('degraded');
    this.scheduleRetry();
  }

  /** The full state (V2), from the doc or, while hibernating, as kept. */
  private encodeState(): Uint8Array {
    return this.live ? Y.encodeStateAsUpdateV2(this.live) : this.hibernated!.state;
  }

  /** Writes the full state as a snapshot. Returns false (and stays dirty) if the store failed. */
  async compact(state?: Uint8Array): Promise<boolean> {
    try {
      state ??= this.encodeState();
      await this.store.compact(this.boardId, state);
      this.approxBytes = state.length;
      this.exactIsFresh = true;
      this.appendedSinceCompact = 0;
      if (this.dirty) {
        this.dirty = false;
        this.logger.info({ boardId: this.boardId }, 'storage recovered; board stored');
      }
      this.setHealth('ok');
      return true;
    } catch (error) {
      this.logger.error({ boardId: this.boardId, err: error }, 'compaction failed; board kept dirty');
      this.dirty = true;
      this.setHealth('degraded');
      this.scheduleRetry();
      return false;
    }
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.destroyed) return;
    const delay = this.retryDelayMs;
    // Back off before the attempt, so that consecutive failures wait 250, 500, 1000 … 10,000 ms.
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, 10_000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.compact().then((stored) => {
        if (!stored) return;
        this.retryDelayMs = 250;
        if (this.connections.size === 0) this.scheduleEviction();
      });
    }, delay);
  }

  private setHealth(health: StorageHealth): void {
    if (this.health === health) return;
    this.health = health;
    this.announceHealth();
    if (health === 'degraded' && !this.healthTimer) {
      // Stock clients drop presence not renewed within 30 s: renew while degraded.
      this.healthTimer = setInterval(() => this.announceHealth(), 15_000);
      this.healthTimer.unref();
    } else if (health === 'ok' && this.healthTimer) {
      clearInterval(this.healthTimer);
      this.healthTimer = null;
    }
  }

  /** Clients learn of storage health through a presence entry of the server's own (SPEC §5.5). */
  private announceHealth(): void {
    this.serverClock++;
    const stateJson = this.health === 'ok' ? 'null' : JSON.stringify({ server: { storage: this.health } });
    this.broadcast(encodeAwareness([{ clientID: this.clientID, clock: this.serverClock, stateJson }]));
  }

  add(connection: Connection): void {
    if (this.evictTimer) {
      clearTimeout(this.evictTimer);
      this.evictTimer = null;
    }
    this.connections.add(connection);
  }

  remove(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    const removed: AwarenessEntry[] = [];
    for (const [clientID, entry] of this.presence) {
      if (entry.owner === connection) {
        this.presence.delete(clientID);
        removed.push({ clientID, clock: entry.clock + 1, stateJson: 'null' });
        this.bindings.touch(this.boardId, clientID, entry.clock + 1);
      }
    }
    if (removed.length > 0) this.broadcast(encodeAwareness(removed));
    if (this.connections.size === 0) this.scheduleEviction();
  }

  private scheduleEviction(): void {
    if (this.evictTimer || this.destroyed) return;
    this.evictTimer = setTimeout(() => {
      this.evictTimer = null;
      if (this.connections.size === 0) void this.evict();
    }, this.limits.evictAfterMs);
    this.evictTimer.unref();
  }

  /** Stores the board and frees it; a board whose store fails stays in memory (SPEC §5.3). */
  async evict(): Promise<boolean> {
    const connectionsAtStart = this.connections.size;
    // The store is async: updates may arrive while it writes. Store again until nothing is pending.
    for (let attempt = 0; attempt < 5; attempt++) {
      if (this.destroyed) return true;
      if (this.inFlight > 0) await this.batcher.flush();
      if (this.appendedSinceCompact > 0 || this.dirty) {
        if (!(await this.compact())) return false;
      }
      if (this.destroyed) return true;
      // Someone opened the board meanwhile: it is stored, and stays loaded for them.
      if (this.connections.size > connectionsAtStart) return true;
      if (this.inFlight > 0 || this.appendedSinceCompact > 0) continue;
      this.destroy();
      this.onEvict(this);
      return true;
    }
    return false;
  }


  destroy(): void {
    this.destroyed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.evictTimer) clearTimeout(this.evictTimer);
    if (this.healthTimer) clearInterval(this.healthTimer);
    if (this.hibernateTimer) clearTimeout(this.hibernateTimer);
    this.live?.off('updateV2', this.persistThenRelay);
    this.live?.destroy();
    this.live = null;
    this.hibernated = null;
    this.presence.clear();
  }

  broadcast(frame: Uint8Array): void {
    for (const connection of this.connections) connection.send(frame);
  }

  /** Every current presence state, for a newly connected client. */
  presenceSnapshot(): Uint8Array | null {
    const entries: AwarenessEntry[] = [];
    for (const [clientID, entry] of this.presence) entries.push({ clientID, clock: entry.clock, stateJson: entry.stateJson });
    if (this.health !== 'ok') {
      entries.push({ clientID: this.clientID, clock: this.serverClock, stateJson: JSON.stringify({ server: { storage: this.health } }) });
    }
    return entries.length > 0 ? encodeAwareness(entries) : null;
  }

  presenceOwner(clientID: number): Connection | undefined {
    return this.presence.get(clientID)?.owner;
  }

  presenceClock(clientID: number): number {
    return this.presence.get(clientID)?.clock ?? 0;
  }

  /** Applies presence entries already checked to belong to `owner`; relays the accepted ones. */
  applyPresence(owner: Connection, entries: readonly AwarenessEntry[]): void {
    const accepted: AwarenessEntry[] = [];
    for (const entry of entries) {
      const current = this.presence.get(entry.clientID);
      if (current && current.clock > entry.clock) continue;
      if (entry.stateJson === 'null') {
        if (!current) continue;
        this.presence.delete(entry.clientID);
      } else {
        this.presence.set(entry.clientID, { clock: entry.clock, stateJson: entry.stateJson, owner });
      }
      accepted.push(entry);
      this.bindings.touch(this.boardId, entry.clientID, entry.clock);
    }
    // Relayed to everyone, the sender included: a client alone on a board needs some traffic
    // within 30 s or the stock provider assumes the link is dead. Coalesced per `presenceFlushMs`:
    // a burst of cursor moves leaves as one message per socket carrying the latest of each client,
    // and the stock client's echo of it (one frame) stays well within every peer's message rate.
    for (const entry of accepted) this.outgoingPresence.set(entry.clientID, entry);
    if (accepted.length > 0 && !this.presenceFlushScheduled) {
      this.presenceFlushScheduled = true;
      if (this.limits.presenceFlushMs > 0) setTimeout(this.flushPresence, this.limits.presenceFlushMs).unref();
      else setImmediate(this.flushPresence);
    }
  }

  private readonly outgoingPresence = new Map<number, AwarenessEntry>();
  private presenceFlushScheduled = false;

  private readonly flushPresence = (): void => {
    this.presenceFlushScheduled = false;
    if (this.destroyed || this.outgoingPresence.size === 0) return;
    const entries = [...this.outgoingPresence.values()];
    this.outgoingPresence.clear();
    this.broadcast(encodeAwareness(entries));
  };
}
