import type { Connection } from './Connection.js';
import type { BoardStore } from './types.js';

/** One applied update waiting to be stored and relayed. */
export interface PendingWrite {
  boardId: string;
  updateV2: Uint8Array;
  /** The V1 frame relayed to the other connections. */
  frame: Uint8Array;
  origin: unknown;
  /** Called after the append (ok) or its failure, before the relay. */
  settle(ok: boolean, error?: unknown): void;
  /** Who receives the frame once it is stored. */
  recipients(): Iterable<Connection>;
  /** True when the board was discarded (deleted) meanwhile: nothing may be stored for it. */
  cancelled(): boolean;
}

/**
 * Stores every update applied in one event-loop turn in a single store transaction, then relays
 * them, with each socket corked so that a turn's frames leave in few writes (SPEC §5.1). An update
 * is never relayed before it is stored; a batch that fails falls back to one append per update so
 * that only the failing boards turn dirty.
 */
export class WriteBatcher {
  private queue: PendingWrite[] = [];
  private scheduled = false;
  /** The flush in progress: batches are stored and relayed one after the other, in order. */
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly store: BoardStore) {}

  enqueue(write: PendingWrite): void {
    this.queue.push(write);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => void this.flush());
    }
  }

  /**
   * Stores and relays everything queued (after any batch still being stored); also called before
   * eviction and at shutdown. Never rejects: a failed append settles its write as failed.
   */
  flush(): Promise<void> {
    const run = this.tail.then(() => this.flushQueued());
    this.tail = run;
    return run;
  }

  private async flushQueued(): Promise<void> {
    this.scheduled = false;
    const batch = this.queue.filter((write) => !write.cancelled());
    if (this.queue.length === 0) return;
    this.queue = [];
    let stored = false;
    if (this.store.appendMany && batch.length > 1) {
      try {
        await this.store.appendMany(batch.map((w) => ({ boardId: w.boardId, updateV2: w.updateV2 })));
        stored = true;
      } catch {
        stored = false; // retried one by one below, so that one bad board does not fail the others
      }
    }
    const corked = new Set<Connection>();
    for (const write of batch) {
      if (stored) write.settle(true);
      else {
        try {
          await this.store.append(write.boardId, write.updateV2);
          write.settle(true);
        } catch (error) {
          write.settle(false, error);
        }
      }
      for (const connection of write.recipients()) {
        if (connection === write.origin) continue;
        if (!corked.has(connection)) {
          corked.add(connection);
          connection.cork();
        }
        connection.send(write.frame);
      }
    }
    for (const connection of corked) connection.uncork();
  }
}
