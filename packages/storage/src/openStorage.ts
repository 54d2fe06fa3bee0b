import { openDatabase, type SqliteDatabase } from './Database.js';
import { SqliteBoardStore } from './SqliteBoardStore.js';
import { SqliteClient } from './SqliteClient.js';
import type { SqlClient } from './SqlClient.js';

/** The board log as the sync server uses it (structurally its `BoardStore`), plus deletion. */
export interface BoardLog {
  load(boardId: string): Promise<Uint8Array | null>;
  append(boardId: string, updateV2: Uint8Array): Promise<void>;
  appendMany(entries: ReadonlyArray<{ boardId: string; updateV2: Uint8Array }>): Promise<void>;
  compact(boardId: string, stateV2: Uint8Array): Promise<void>;
  pendingUpdates(boardId: string): Promise<number>;
}

export interface Storage {
  kind: 'sqlite' | 'postgres';
  /** What repositories run on. */
  sql: SqlClient;
  boards: BoardLog;
  /** The embedded database, when the storage is SQLite (backups, tests). */
  sqlite?: SqliteDatabase;
  close(): Promise<void>;
}

export interface StorageOptions {
  /** `postgres://…`: PostgreSQL. Unset: the embedded SQLite file in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  synchronous?: 'normal' | 'full';
  /** PostgreSQL connections in the pool. */
  poolSize?: number;
}

/**
 * Opens the store the configuration names: SQLite by default (no service to run), PostgreSQL when a
 * URL is given (several processes share it, docs/deployment.md). Both are migrated on open. The
 * PostgreSQL driver is loaded only then, so the embedded default never imports it.
 */
export async function openStorage(options: StorageOptions): Promise<Storage> {
  if (options.databaseUrl) {
    const { PostgresClient, PostgresBoardStore } = await import('./postgres/index.js');
    const client = await PostgresClient.connect(options.databaseUrl, { max: options.poolSize ?? 10 });
    return { kind: 'postgres', sql: client, boards: new PostgresBoardStore(client), close: () => client.close() };
  }
  const db = openDatabase({ dataDir: options.dataDir, synchronous: options.synchronous });
  const sql = new SqliteClient(db);
  return {
    kind: 'sqlite',
    sql,
    boards: new SqliteBoardStore(sql),
    sqlite: db,
    async close() {
      db.close();
    },
  };
}
