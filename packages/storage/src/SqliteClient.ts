import type BetterSqlite3 from 'better-sqlite3';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SqlClient, SqlParam, SqlRunResult } from './SqlClient.js';

/**
 * `SqlClient` on the embedded better-sqlite3 database. Statements run synchronously at call time
 * and hand back settled promises, so a caller that awaits only database work still completes in
 * one turn of the event loop, as before the interface became async.
 *
 * One connection serves the process, so an open transaction would swallow any statement issued
 * meanwhile by unrelated work (and roll it back with itself). `transaction` therefore closes a
 * gate: statements from outside its async context wait until it ends, while statements issued
 * inside it (found through AsyncLocalStorage, whichever repository issues them) run in it.
 */
export class SqliteClient implements SqlClient {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  /** The transaction of the current async context; `open` turns false when it ends (timers started inside it outlive it). */
  private readonly insideTransaction = new AsyncLocalStorage<{ open: boolean }>();
  /** Settles when the open transaction ends; null when none is open. */
  private gate: Promise<void> | null = null;

  constructor(readonly db: BetterSqlite3.Database) {}

  get<T>(sql: string, params: readonly SqlParam[] = []): Promise<T | undefined> {
    if (this.mustWait()) return this.gate!.then(() => this.get<T>(sql, params));
    return settle(() => this.statement(sql).get(...params) as T | undefined);
  }

  all<T>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    if (this.mustWait()) return this.gate!.then(() => this.all<T>(sql, params));
    return settle(() => this.statement(sql).all(...params) as T[]);
  }

  run(sql: string, params: readonly SqlParam[] = []): Promise<SqlRunResult> {
    if (this.mustWait()) return this.gate!.then(() => this.run(sql, params));
    return settle(() => ({ changes: this.statement(sql).run(...params).changes }));
  }

  async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    // Nested: already inside one, so the body simply runs in it.
    if (this.insideTransaction.getStore()?.open) return fn(this);
    while (this.gate) await this.gate;
    let open!: () => void;
    this.gate = new Promise<void>((resolve) => (open = resolve));
    const current = { open: true };
    try {
      return await this.insideTransaction.run(current, async () => {
        this.db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(this);
          this.db.exec('COMMIT');
          return result;
        } catch (error) {
          if (this.db.inTransaction) this.db.exec('ROLLBACK');
          throw error;
        }
      });
    } finally {
      current.open = false;
      this.gate = null;
      open();
    }
  }

  /**
   * Runs synchronous better-sqlite3 work (the board store's hot path, which prepares its own
   * statements) as soon as no transaction of another async context is open.
   */
  whenFree<T>(work: (db: BetterSqlite3.Database) => T): Promise<T> {
    if (this.mustWait()) return this.gate!.then(() => this.whenFree(work));
    return settle(() => work(this.db));
  }

  /** Prepared once per SQL text: repositories issue the same few statements over and over. */
  statement(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private mustWait(): boolean {
    return this.gate !== null && !this.insideTransaction.getStore()?.open;
  }
}

function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error);
  }
}
