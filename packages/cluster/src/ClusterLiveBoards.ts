import * as Y from 'yjs';
import type { ClusterLogger } from './ClusterSession.js';
import type { ClusterMessage, WorkshopChanges } from './WorkshopChanges.js';
import type { WorkshopLocks } from './WorkshopLocks.js';

/** What this package needs of the process's own sync server (structurally `SyncServer`). */
export interface LocalBoards<C> {
  connections(filter?: (connection: C) => boolean): C[];
  withDoc<T>(boardId: string, fn: (doc: Y.Doc) => T): Promise<T>;
  discardBoard(boardId: string, reason?: string): void;
  flushWrites(): Promise<void>;
  isLoaded(boardId: string): boolean;
}

export interface ClusterLiveBoardsOptions<C> {
  local: LocalBoards<C>;
  locks: WorkshopLocks;
  changes: WorkshopChanges;
  /** The workshop a board belongs to; null for a board of none (it is served locally). */
  workshopOf(boardId: string): Promise<string | null>;
  /** The board's stored state (update v2), for work on a board another process serves. */
  loadState(boardId: string): Promise<Uint8Array | null>;
  /** A change made elsewhere was applied here: re-decide the workshop's sockets (C3.3). */
  onRemoteChange(workshopId: string): Promise<void>;
  logger?: ClusterLogger;
}

/** Origin of updates applied on behalf of another process. */
export const CLUSTER_ORIGIN = Symbol('cluster');

/**
 * The live boards as the workshop rules see them, in a cluster (SPEC C4). A board of a workshop this
 * process serves (or can start serving) is worked on here; one that another process serves is
 * changed on a copy of its stored state and the change is sent to that process, which applies,
 * stores and relays it: only the serving process ever writes a live board (C4.2).
 */
export class ClusterLiveBoards<C> {
  /** Boards of each workshop this process has touched, to tell whether the workshop is still in use here. */
  private readonly boardsOf = new Map<string, Set<string>>();
  private readonly inFlight = new Map<string, number>();

  constructor(private readonly options: ClusterLiveBoardsOptions<C>) {
    options.changes.onMessage((message) => {
      void this.receive(message).catch((error: unknown) => options.logger?.warn({ err: error, kind: message.kind }, 'cluster: applying a message failed'));
    });
  }

  connections(filter?: (connection: C) => boolean): C[] {
    return this.options.local.connections(filter);
  }

  async withDoc<T>(boardId: string, fn: (doc: Y.Doc) => T): Promise<T> {
    const workshopId = await this.options.workshopOf(boardId);
    if (workshopId === null) return this.options.local.withDoc(boardId, fn);
    this.track(workshopId, boardId);
    const servedBefore = this.options.locks.holds(workshopId);
    // Counted as in use before the claim, so the lock is not given back under this call (C2.5).
    this.inFlight.set(workshopId, (this.inFlight.get(workshopId) ?? 0) + 1);
    let claimed = false;
    try {
      claimed = await this.options.locks.claim(workshopId);
      if (claimed) return await this.options.local.withDoc(boardId, fn);
      return await this.elsewhere(workshopId, boardId, fn);
    } finally {
      const left = (this.inFlight.get(workshopId) ?? 1) - 1;
      if (left > 0) this.inFlight.set(workshopId, left);
      else this.inFlight.delete(workshopId);
      // Taken only for this work (no process served it): given back at once, so that the process
      // its sockets are routed to can take it without waiting (C2.3).
      if (claimed && !servedBefore) await this.options.locks.releaseIfIdle(workshopId);
    }
  }

  /** Drops the board here and wherever else it is loaded (C4.4). */
  discardBoard(boardId: string, reason = 'board deleted'): void {
    this.options.local.discardBoard(boardId, reason);
    void this.options.changes.send({ kind: 'discard', boardId, reason: reason.slice(0, 200) }).catch((error: unknown) => {
      this.options.logger?.warn({ err: error, boardId }, 'cluster: telling the other processes about a deleted board failed');
    });
  }

  flushWrites(): Promise<void> {
    return this.options.local.flushWrites();
  }

  /** True while the workshop has sockets, loaded boards or calls in flight here (WorkshopLocks' `isBusy`). */
  isBusy(workshopId: string, hasConnections: boolean): boolean {
    if (hasConnections || (this.inFlight.get(workshopId) ?? 0) > 0) return true;
    const boards = this.boardsOf.get(workshopId);
    if (!boards) return false;
    for (const boardId of boards) if (this.options.local.isLoaded(boardId)) return true;
    this.boardsOf.delete(workshopId);
    return false;
  }

  /** Every board of these workshops that is loaded here (to drop them when their locks were lost). */
  loadedBoards(workshopIds: readonly string[]): string[] {
    return workshopIds.flatMap((workshopId) => [...(this.boardsOf.get(workshopId) ?? [])].filter((boardId) => this.options.local.isLoaded(boardId)));
  }

  /** Remembers that a board belongs to a workshop (sockets register theirs too). */
  track(workshopId: string, boardId: string): void {
    let boards = this.boardsOf.get(workshopId);
    if (!boards) this.boardsOf.set(workshopId, (boards = new Set()));
    boards.add(boardId);
  }

  private async elsewhere<T>(workshopId: string, boardId: string, fn: (doc: Y.Doc) => T): Promise<T> {
    const copy = new Y.Doc();
    try {
      const state = await this.options.loadState(boardId);
      if (state) Y.applyUpdateV2(copy, state);
      const updates: Uint8Array[] = [];
      copy.on('updateV2', (update: Uint8Array) => updates.push(update));
      const result = fn(copy);
      if (updates.length > 0) {
        const update = updates.length === 1 ? updates[0]! : Y.mergeUpdatesV2(updates);
        await this.options.changes.send({ kind: 'update', workshopId, boardId, update: Buffer.from(update).toString('base64') });
      }
      return result;
    } finally {
      copy.destroy();
    }
  }

  private async receive(message: ClusterMessage): Promise<void> {
    if (message.kind === 'discard') {
      if (this.options.local.isLoaded(message.boardId)) this.options.local.discardBoard(message.boardId, message.reason);
      return;
    }
    // Only the serving process applies a change; the others (and the sender) ignore it.
    if (!this.options.locks.holds(message.workshopId)) return;
    const update = new Uint8Array(Buffer.from(message.update, 'base64'));
    this.track(message.workshopId, message.boardId);
    await this.options.local.withDoc(message.boardId, (doc) => Y.applyUpdateV2(doc, update, CLUSTER_ORIGIN));
    await this.options.onRemoteChange(message.workshopId);
  }
}
