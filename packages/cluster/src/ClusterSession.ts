import pg from 'pg';

export interface ClusterLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface ClusterSessionOptions {
  url: string;
  /** Shown in `pg_stat_activity` and `pg_locks` joins: which process holds what (C1.4). */
  applicationName: string;
  logger?: ClusterLogger;
  /** First pause before reconnecting after a loss; doubles up to 10 s. */
  reconnectMs?: number;
}

/**
 * The process's own PostgreSQL session, apart from the query pool (SPEC C1). Session-level advisory
 * locks live exactly as long as it, so a process that dies (SIGKILL included: the kernel closes its
 * socket) frees its workshops at once; LISTEN needs a connection that stays open. When it is lost,
 * every lock it held is gone: `onLost` handlers run, and it reconnects in the background.
 */
export class ClusterSession {
  private client: pg.Client | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private retryMs: number;
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly lostHandlers: Array<() => void> = [];
  private readonly connectedHandlers: Array<() => Promise<void>> = [];
  private readonly notificationHandlers: Array<(channel: string, payload: string) => void> = [];

  private constructor(private readonly options: ClusterSessionOptions) {
    this.retryMs = options.reconnectMs ?? 500;
  }

  static async open(options: ClusterSessionOptions): Promise<ClusterSession> {
    const session = new ClusterSession(options);
    await session.connect();
    return session;
  }

  get connected(): boolean {
    return this.client !== null;
  }

  /** Runs after every (re)connection, before the session is used: LISTEN again, for one. */
  onConnected(handler: () => Promise<void>): void {
    this.connectedHandlers.push(handler);
  }

  onLost(handler: () => void): void {
    this.lostHandlers.push(handler);
  }

  onNotification(handler: (channel: string, payload: string) => void): void {
    this.notificationHandlers.push(handler);
  }

  /** One statement on the session; rejects when it is not connected (the caller then refuses, C1.3). */
  query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
    // One statement at a time on the one connection (pg deprecates queuing on a busy client).
    const run = async () => {
      const client = this.client;
      if (!client) throw new Error('the cluster session to PostgreSQL is not connected');
      return (await client.query<T>(text, values)).rows;
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => {});
    return result;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.url,
      application_name: this.options.applicationName,
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
    });
    const lost = (error?: Error) => this.lost(client, error);
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (message) => {
      for (const handler of this.notificationHandlers) handler(message.channel, message.payload ?? '');
    });
    await client.connect();
    this.client = client;
    try {
      for (const handler of this.connectedHandlers) await handler();
    } catch (error) {
      this.lost(client, error as Error);
      throw error;
    }
    this.retryMs = this.options.reconnectMs ?? 500;
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = null;
    client.end().catch(() => {});
    if (this.closed) return;
    this.options.logger?.warn({ err: error }, 'cluster session to PostgreSQL lost: this process gives up its workshops');
    for (const handler of this.lostHandlers) handler();
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.connect().then(
        () => this.options.logger?.info({}, 'cluster session to PostgreSQL restored'),
        () => {
          this.retryMs = Math.min(this.retryMs * 2, 10_000);
          if (!this.closed && !this.client) this.scheduleReconnect();
        },
      );
    }, this.retryMs);
    this.retryTimer.unref();
  }
}
