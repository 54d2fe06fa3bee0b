import type pg from 'pg';
import { MIGRATIONS } from '../migrations.js';

/**
 * PostgreSQL's schema is SQLite's migration list, translated, so the two cannot drift apart: the
 * same tables, columns, keys and cascades, version for version. What differs:
 * - INTEGER → BIGINT (millisecond timestamps), BLOB → BYTEA, AUTOINCREMENT keys → BIGSERIAL;
 * - `WITHOUT ROWID` (an SQLite storage choice) is dropped;
 * - tables a migration creates are created parents first (SQLite accepts a reference to a table
 *   created later in the same migration; PostgreSQL does not);
 * - `boards`, `votes` and `polls` get a `rowid` BIGSERIAL column, because queries order by SQLite's
 *   implicit rowid (insertion order); the copy command carries SQLite's rowids over.
 */
const ROWID_TABLES: Readonly<Record<number, readonly string[]>> = { 1: ['boards'], 4: ['votes'], 7: ['polls'] };

export function postgresMigration(index: number): string {
  const sqlite = MIGRATIONS[index]!;
  const translated = sqlite
    .replace(/INTEGER PRIMARY KEY AUTOINCREMENT/g, 'BIGSERIAL PRIMARY KEY')
    .replace(/\bINTEGER\b/g, 'BIGINT')
    .replace(/\bBLOB\b/g, 'BYTEA')
    .replace(/\)\s*WITHOUT ROWID;/g, ');');
  const statements = parentsFirst(splitStatements(translated));
  for (const table of ROWID_TABLES[index] ?? []) statements.push(`ALTER TABLE ${table} ADD COLUMN rowid BIGSERIAL`);
  return statements.map((statement) => `${statement};`).join('\n');
}

export const POSTGRES_MIGRATION_COUNT = MIGRATIONS.length;

function splitStatements(sql: string): string[] {
  const withoutComments = sql.replace(/--[^\n]*/g, '');
  return withoutComments
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Moves a CREATE TABLE up to just before the first statement referring to it (never down), so
 * indexes and ALTERs stay after their table.
 */
function parentsFirst(statements: string[]): string[] {
  const created = (s: string) => /^CREATE TABLE (\w+)/i.exec(s)?.[1];
  const byName = new Map(statements.flatMap((s) => (created(s) ? [[created(s)!, s] as const] : [])));
  const out: string[] = [];
  const emit = (statement: string) => {
    if (out.includes(statement)) return;
    for (const match of statement.matchAll(/REFERENCES (\w+)/gi)) {
      const parent = byName.get(match[1]!);
      if (parent && parent !== statement) emit(parent);
    }
    out.push(statement);
  };
  for (const statement of statements) emit(statement);
  return out;
}

/**
 * Applies the missing migrations, each in its own transaction. Processes starting together behind
 * a proxy serialise on a transaction-level advisory lock instead of racing on DDL.
 */
export async function migratePostgres(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended('canvas-sessions:migrations', 0))");
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)');
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const current = Number(rows[0]?.v ?? 0);
    for (let v = current; v < POSTGRES_MIGRATION_COUNT; v++) {
      await client.query(postgresMigration(v));
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [v + 1, Date.now()]);
    }
    await client.query('COMMIT');
    return POSTGRES_MIGRATION_COUNT - current;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
