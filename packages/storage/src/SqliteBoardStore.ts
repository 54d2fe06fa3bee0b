import type BetterSqlite3 from 'better-sqlite3';
import * as Y from 'yjs';
import type { SqliteClient } from './SqliteClient.js';

/**
 * Board persistence on SQLite: an append-only log of V2 updates per board, folded into one
 * snapshot row by `compact`. Implements `BoardStore` of @canvas/sync-server (structurally).
 * The work itself stays synchronous better-sqlite3 on prepared statements (this is the hot path);
 * it goes through the client's `whenFree` so that it never lands inside another caller's open
 * transaction, and answers with settled promises.
 */
export class SqliteBoardStore {
  private readonly db: BetterSqlite3.Database;
  private readonly selectSnapshot;
  private readonly selectUpdates;
  private readonly insertUpdate;
  private readonly countUpdates;
  private readonly upsertSnapshot;
  private readonly deleteUpdates;
  private readonly deleteSnapshot;
  private readonly compactTx;
  private readonly appendManyTx;
  private readonly deleteTx;

  constructor(private readonly client: SqliteClient) {
    const db = (this.db = client.db);
    this.selectSnapshot = db.prepare<[string], { state: Buffer }>('SELECT state FROM board_snapshots WHERE board_id = ?');
    this.selectUpdates = db.prepare<[string], { update_v2: Buffer }>(
      'SELECT update_v2 FROM board_updates WHERE board_id = ? ORDER BY seq',
    );
    this.insertUpdate = db.prepare('INSERT INTO board_updates (board_id, update_v2, created_at) VALUES (?, ?, ?)');
    this.countUpdates = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM board_updates WHERE board_id = ?');
    this.upsertSnapshot = db.prepare(
      `INSERT INTO board_snapshots (board_id, state, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(board_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
    );
    this.deleteUpdates = db.prepare('DELETE FROM board_updates WHERE board_id = ?');
    this.deleteSnapshot = db.prepare('DELETE FROM board_snapshots WHERE board_id = ?');
    this.appendManyTx = db.transaction((entries: ReadonlyArray<{ boardId: string; updateV2: Uint8Array }>) => {
      const now = Date.now();
      for (const entry of entries) this.insertUpdate.run(entry.boardId, entry.updateV2, now);
    });
    this.compactTx = db.transaction((boardId: string, state: Uint8Array) => {
      this.upsertSnapshot.run(boardId, state, Date.now());
      this.deleteUpdates.run(boardId);
    });
    this.deleteTx = db.transaction((boardId: string) => {
      this.deleteUpdates.run(boardId);
      this.deleteSnapshot.run(boardId);
    });
  }

  load(boardId: string): Promise<Uint8Array | null> {
    return this.client.whenFree(() => {
      const snapshot = this.selectSnapshot.get(boardId);
      const updates = this.selectUpdates.all(boardId).map((row) => new Uint8Array(row.update_v2));
      const parts = snapshot ? [new Uint8Array(snapshot.state), ...updates] : updates;
      if (parts.length === 0) return null;
      return parts.length === 1 ? parts[0]! : Y.mergeUpdatesV2(parts);
    });
  }

  append(boardId: string, updateV2: Uint8Array): Promise<void> {
    return this.client.whenFree(() => {
      this.insertUpdate.run(boardId, updateV2, Date.now());
    });
  }

  /** Appends a turn's worth of updates in one transaction: one commit instead of one per update. */
  appendMany(entries: ReadonlyArray<{ boardId: string; updateV2: Uint8Array }>): Promise<void> {
    return this.client.whenFree(() => this.appendManyTx(entries));
  }

  compact(boardId: string, stateV2: Uint8Array): Promise<void> {
    return this.client.whenFree(() => this.compactTx(boardId, stateV2));
  }

  pendingUpdates(boardId: string): Promise<number> {
    return this.client.whenFree(() => this.countUpdates.get(boardId)?.n ?? 0);
  }

  /** Removes every trace of the board. */
  delete(boardId: string): Promise<void> {
    return this.client.whenFree(() => this.deleteTx(boardId));
  }

  /** Ids of every stored board (for operations and tests). */
  boardIds(): Promise<string[]> {
    return this.client.whenFree(() =>
      this.db
        .prepare<[], { board_id: string }>('SELECT board_id FROM board_snapshots UNION SELECT board_id FROM board_updates')
        .all()
        .map((row) => row.board_id),
    );
  }
}
