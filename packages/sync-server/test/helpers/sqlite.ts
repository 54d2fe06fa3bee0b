/** A real SqliteBoardStore (from packages/storage) on a temp directory, plus a failing proxy. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, SqliteBoardStore, SqliteClient, type SqliteDatabase } from '../../../storage/src/index.js';
import type { BoardStore } from '../../src/types.js';

export interface SqliteFixture {
  dir: string;
  db: SqliteDatabase;
  store: SqliteBoardStore;
  /** Stored rows of a board, read straight from SQLite. */
  rows(boardId: string): { updates: Uint8Array[]; snapshot: Uint8Array | null };
  /** Opens a second database handle on the same file (a "restarted" process). */
  reopen(): SqliteFixture;
  close(): void;
}

function fixture(dir: string): SqliteFixture {
  const db = openDatabase({ dataDir: dir });
  const store = new SqliteBoardStore(new SqliteClient(db));
  return {
    dir,
    db,
    store,
    rows(boardId) {
      const updates = db
        .prepare<[string], { update_v2: Buffer }>('SELECT update_v2 FROM board_updates WHERE board_id = ? ORDER BY seq')
        .all(boardId)
        .map((row) => new Uint8Array(row.update_v2));
      const snapshot = db.prepare<[string], { state: Buffer }>('SELECT state FROM board_snapshots WHERE board_id = ?').get(boardId);
      return { updates, snapshot: snapshot ? new Uint8Array(snapshot.state) : null };
    },
    reopen: () => fixture(dir),
    close: () => db.close(),
  };
}

export function sqliteFixture(): SqliteFixture {
  return fixture(fs.mkdtempSync(path.join(os.tmpdir(), 'sync-server-test-')));
}

export interface FailingStore extends BoardStore {
  fail: { load: boolean; append: boolean; compact: boolean };
  calls: Array<{ method: keyof FailingStore['fail'] | 'pendingUpdates'; boardId: string; ok: boolean }>;
}

/** Wraps a store; each method throws while its flag in `fail` is set. */
export function failingStore(inner: BoardStore): FailingStore {
  const fail = { load: false, append: false, compact: false };
  const calls: FailingStore['calls'] = [];
  const guard = <T>(method: keyof typeof fail, boardId: string, run: () => T): T => {
    calls.push({ method, boardId, ok: !fail[method] });
    if (fail[method]) throw new Error(`injected ${method} failure`);
    return run();
  };
  return {
    fail,
    calls,
    load: (boardId) => guard('load', boardId, async () => await inner.load(boardId)),
    append: (boardId, update) => guard('append', boardId, async () => await inner.append(boardId, update)),
    compact: (boardId, state) => guard('compact', boardId, async () => await inner.compact(boardId, state)),
    pendingUpdates: async (boardId) => await inner.pendingUpdates(boardId),
  };
}
