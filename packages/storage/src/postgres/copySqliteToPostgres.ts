import type BetterSqlite3 from 'better-sqlite3';
import type { SqlParam } from '../SqlClient.js';
import { POSTGRES_MIGRATION_COUNT, postgresMigration } from './migrations.js';
import type { PostgresClient } from './PostgresClient.js';

/** Columns PostgreSQL numbers itself; after a copy their sequences must continue past the copied values. */
const SERIALS: ReadonlyArray<readonly [table: string, column: string]> = [
  ['board_updates', 'seq'],
  ['vote_dots', 'seq'],
  ['boards', 'rowid'],
  ['votes', 'rowid'],
  ['polls', 'rowid'],
];
const ROWS_PER_INSERT = 200;

/**
 * Copies a whole SQLite data directory's database into an empty, migrated PostgreSQL database, in
 * one transaction: every table parents first, every column, ids kept (SQLite's implicit rowid goes
 * into the `rowid` column where PostgreSQL has one). Refuses, naming the table, when the target
 * already holds rows: a copy never mixes two stores.
 */
export async function copySqliteToPostgres(
  sqlite: BetterSqlite3.Database,
  target: PostgresClient,
  options: { onTable?: (table: string, rows: number) => void } = {},
): Promise<Record<string, number>> {
  const tables = tablesInCreationOrder();
  const copied: Record<string, number> = {};
  await target.transaction(async (tx) => {
    for (const table of tables) {
      if (await tx.get(`SELECT 1 AS one FROM ${table} LIMIT 1`)) {
        throw new Error(`The PostgreSQL database is not empty: table "${table}" already holds rows. Copy into a new, empty database.`);
      }
    }
    for (const table of tables) {
      const targetColumns = new Set(
        (await tx.all<{ column_name: string }>('SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?', [table])).map(
          (row) => row.column_name,
        ),
      );
      const sourceColumns = (sqlite.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
      const withRowid = targetColumns.has('rowid') && !sourceColumns.includes('rowid');
      const columns = [...sourceColumns, ...(withRowid ? ['rowid'] : [])];
      const select = `SELECT ${sourceColumns.map((c) => `"${c}"`).join(', ')}${withRowid ? ', rowid AS rowid' : ''} FROM ${table}`;
      let batch: SqlParam[][] = [];
      let count = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const row = `(${columns.map(() => '?').join(', ')})`;
        await tx.run(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${batch.map(() => row).join(', ')}`, batch.flat());
        batch = [];
      };
      for (const record of sqlite.prepare(select).raw().iterate() as Iterable<SqlParam[]>) {
        batch.push(record);
        count++;
        if (batch.length >= ROWS_PER_INSERT) await flush();
      }
      await flush();
      copied[table] = count;
      options.onTable?.(table, count);
    }
    for (const [table, column] of SERIALS) {
      await tx.get(`SELECT setval(pg_get_serial_sequence('${table}', '${column}'), GREATEST((SELECT max(${column}) FROM ${table}), 1))`);
    }
  });
  return copied;
}

function tablesInCreationOrder(): string[] {
  const tables: string[] = [];
  for (let i = 0; i < POSTGRES_MIGRATION_COUNT; i++) {
    for (const match of postgresMigration(i).matchAll(/CREATE TABLE (\w+)/g)) tables.push(match[1]!);
  }
  return tables;
}
