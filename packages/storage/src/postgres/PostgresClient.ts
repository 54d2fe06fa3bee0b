import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { SqlClient, SqlParam, SqlRunResult } from '../SqlClient.js';
import { migratePostgres } from './migrations.js';
import { numberPlaceholders } from './sqlText.js';

/**
 * `SqlClient` on PostgreSQL through the `pg` driver's pool (the maintained, pure-JavaScript driver;
 * `pg-native`'s synchronous calls would block the event loop, docs/design/postgres-scale-out.md).
 *
 * - `?` placeholders are numbered for PostgreSQL (cached per SQL text).
 * - BIGINT and NUMERIC come back as JS numbers: every integer we store is a millisecond timestamp, a
 *   count or a small index, far below 2^53. Set on this pool's own type parser, not pg's global one.
 * - A transaction runs on one pooled connection; statements issued from its async context (whatever
 *   repository issues them) go to that connection (AsyncLocalStorage), as on SQLite.
 */
/** Runs of one transaction body before a serialization conflict is reported to the caller. */
const MAX_ATTEMPTS = 12;

export class PostgresClient implements SqlClient {
  readonly dialect = 'postgres' as const;
  private readonly texts = new Map<string, string>();
  /** Settles when the transaction before ours has ended (this process's transactions queue here). */
  private gate: Promise<void> = Promise.resolve();
  /** The transaction of the current async context; `open` turns false when it ends (timers started inside it outlive it). */
  private readonly transactionOf = new AsyncLocalStorage<{ connection: pg.PoolClient; open: boolean }>();

  private constructor(readonly pool: pg.Pool) {}

  /** Connects, checks the server answers, and brings the schema up to date. */
  static async connect(url: string, options: { max?: number; applicationName?: string } = {}): Promise<PostgresClient> {
    const types = new Map<number, (value: string) => unknown>([
      [20, Number], // int8
      [1700, Number], // numeric (SUM of bigint)
    ]);
    const pool = new pg.Pool({
      connectionString: url,
      max: options.max ?? 10,
      application_name: options.applicationName ?? 'canvas-sessions',
      // A server that stops answering must not hang requests forever.
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
      types: { getTypeParser: ((oid: number, format?: string) => types.get(oid) ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser },
    });
    // An idle pooled connection that dies (server restart) must not crash the process: the pool drops it.
    pool.on('error', () => {});
    const client = new PostgresClient(pool);
    try {
      await migratePostgres(pool);
    } catch (error) {
      await pool.end().catch(() => {});
      throw error;
    }
    return client;
  }

  async get<T>(sql: string, params: readonly SqlParam[] = []): Promise<T | undefined> {
    return (await this.query<T>(sql, params)).rows[0];
  }

  async all<T>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return (await this.query<T>(sql, params)).rows;
  }

  async run(sql: string, params: readonly SqlParam[] = []): Promise<SqlRunResult> {
    return { changes: (await this.query(sql, params)).rowCount ?? 0 };
  }

  /**
   * Transactions of this process run one at a time, as on SQLite (one writer), so they never
   * conflict with each other; each is SERIALIZABLE, so one that read, decided and wrote (the last
   * dot of a budget, the last seat of a group) cannot interleave with another process's into a state
   * neither would have allowed. PostgreSQL reports such a conflict (40001) or a deadlock (40P01)
   * instead of blocking; the body is then run again from the start, which is why bodies hold
   * database work only. (Serializable alone, without the gate, failed 16 workshops created at once:
   * predicate locks on shared index pages made them conflict faster than retries resolved it.)
   */
  async transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    if (this.transactionOf.getStore()?.open) return fn(this);
    const previous = this.gate;
    let release!: () => void;
    this.gate = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.transactionOnce(fn);
        } catch (error) {
          const code = (error as { code?: unknown }).code;
          if ((code !== '40001' && code !== '40P01') || attempt >= MAX_ATTEMPTS) throw error;
          // Jittered, growing pause so that the colliding processes do not collide again in step.
          await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(200, 5 * 2 ** attempt)));
        }
      }
    } finally {
      release();
    }
  }

  private async transactionOnce<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    const connection = await this.pool.connect();
    const current = { connection, open: true };
    try {
      return await this.transactionOf.run(current, async () => {
        await connection.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
        try {
          const result = await fn(this);
          await connection.query('COMMIT');
          return result;
        } catch (error) {
          await connection.query('ROLLBACK').catch(() => {});
          throw error;
        }
      });
    } finally {
      current.open = false;
      connection.release();
    }
  }

  /** Runs `work` outside any transaction of the caller's context (the board log's own writes). */
  outsideTransaction<T>(work: () => Promise<T>): Promise<T> {
    return this.transactionOf.exit(work);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async query<T>(sql: string, params: readonly SqlParam[]): Promise<pg.QueryResult<T & pg.QueryResultRow>> {
    let text = this.texts.get(sql);
    if (text === undefined) {
      text = numberPlaceholders(sql);
      this.texts.set(sql, text);
    }
    const values = params.map((value) => (value instanceof Uint8Array && !Buffer.isBuffer(value) ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : value));
    const current = this.transactionOf.getStore();
    const on = current?.open ? current.connection : this.pool;
    try {
      return await on.query<T & pg.QueryResultRow>(text, values);
    } catch (error) {
      // Name what failed: pg's messages do not say which statement.
      if (error instanceof Error) error.message = `${error.message} (in: ${sql.trim().split(/\s+/).slice(0, 6).join(' ')} …)`;
      throw error;
    }
  }
}
