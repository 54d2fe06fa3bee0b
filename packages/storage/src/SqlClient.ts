/**
 * The one way repositories talk to a database, whichever engine holds it (SQLite by default,
 * PostgreSQL when `DATABASE_URL` says so). Every call is async so that a networked engine never
 * blocks the event loop (docs/design/postgres-scale-out.md §2b measured why).
 *
 * SQL written against it is the portable subset both engines accept:
 * - positional `?` placeholders only (the PostgreSQL client numbers them `$1…`);
 * - camelCase aliases double-quoted (`join_code AS "joinCode"`), since PostgreSQL folds bare ones;
 * - `INSERT … ON CONFLICT … DO NOTHING / DO UPDATE SET x = excluded.x`, `RETURNING`, `COALESCE`;
 * - no `rowid`, `INSERT OR …`, `json_*`, pragmas: engine-specific work goes through `dialect`.
 * Integers come back as JS numbers (timestamps are milliseconds), blobs as `Uint8Array`s (Buffers).
 */
export type SqlParam = string | number | bigint | null | Uint8Array;

export interface SqlRunResult {
  /** Rows inserted, updated or deleted by the statement. */
  changes: number;
}

export interface SqlClient {
  readonly dialect: 'sqlite' | 'postgres';
  /** The first row, or undefined. */
  get<T>(sql: string, params?: readonly SqlParam[]): Promise<T | undefined>;
  all<T>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  run(sql: string, params?: readonly SqlParam[]): Promise<SqlRunResult>;
  /**
   * Runs `fn` in one transaction on one connection: committed when it resolves, rolled back when it
   * throws. Every statement issued on this client from inside `fn`'s async context (any repository
   * built on it) runs in the transaction (AsyncLocalStorage); `tx` is the same client, for clarity.
   * A transaction opened inside another joins it. Transactions are serializable on both engines; on
   * PostgreSQL a body that collided with another is run again (so it may run more than once). Keep
   * the body to database work: no side effects outside it, and on SQLite other statements of the
   * process wait until it ends.
   */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
}
