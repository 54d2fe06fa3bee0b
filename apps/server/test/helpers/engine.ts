import { openDatabase, SqliteBoardStore, SqliteClient } from '@canvas/storage';
import { PostgresBoardStore, PostgresClient, testDatabaseUrl } from '@canvas/storage/postgres';
import { it } from 'vitest';

/**
 * Which engine the started servers use. `pnpm test` runs on SQLite; `pnpm test:postgres` (the second
 * pass of scripts/test.sh) sets CANVAS_TEST_ENGINE=postgres and runs the same files on the PostgreSQL
 * server at CANVAS_TEST_POSTGRES, each data directory on a database of its own.
 */
export const onPostgres = process.env.CANVAS_TEST_ENGINE === 'postgres';

/** The PostgreSQL server of the PostgreSQL pass; a pass without one is a setup error, not a skip. */
export function postgresServerUrl(): string | undefined {
  if (!onPostgres) return undefined;
  const url = process.env.CANVAS_TEST_POSTGRES;
  if (!url?.startsWith('postgres')) throw new Error('CANVAS_TEST_ENGINE=postgres needs CANVAS_TEST_POSTGRES=postgres://… (scripts/postgres.sh start prints one)');
  return url;
}

/**
 * A test of the embedded SQLite files themselves (their bytes after a deletion, their modes, a row
 * planted into them): it has nothing to look at on PostgreSQL, so it runs in the SQLite pass only.
 */
export const itOnSqlite = (onPostgres ? it.skip : it) as typeof it;

/**
 * The board log a test's server stored into, read after the server is gone: the SQLite file in
 * its data directory, or on the PostgreSQL pass the database that data directory was given.
 */
export async function openStoredBoards(dataDir: string): Promise<{ load(boardId: string): Promise<Uint8Array | null>; close(): Promise<void> }> {
  const server = postgresServerUrl();
  if (server) {
    const client = await PostgresClient.connect(await testDatabaseUrl(server, dataDir), { max: 2 });
    const store = new PostgresBoardStore(client);
    return { load: (boardId) => store.load(boardId), close: () => client.close() };
  }
  const db = openDatabase({ dataDir });
  const store = new SqliteBoardStore(new SqliteClient(db));
  return { load: (boardId) => store.load(boardId), close: async () => void db.close() };
}
