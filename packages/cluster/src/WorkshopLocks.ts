import type { ClusterSession } from './ClusterSession.js';

export interface WorkshopLocksOptions {
  /** Every lock ended with the session: stop serving these workshops now (C2.4). */
  onLost(workshopIds: string[]): void;
  /** Whether the process still serves the workshop (open sockets, loaded boards, work in flight). */
  isBusy(workshopId: string): boolean;
  /** How often idle workshops are looked for; one is released after two idle looks in a row (C2.5). */
  idleCheckMs?: number;
}

/** The lock key's text: one namespace, so our keys cannot meet another application's on the same database. */
const KEY_PREFIX = 'canvas-sessions/workshop/';

/**
 * SQL answering which session holds a workshop's lock: `application_name` and `pid` of the holder,
 * no row when none does (C1.4; for operators and tests). One parameter: the workshop id.
 */
export const WORKSHOP_HOLDER_SQL = `
  WITH key AS (SELECT hashtextextended('${KEY_PREFIX}' || $1, 0) AS k)
  SELECT a.application_name AS name, a.pid
  FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid, key
  WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
    AND l.classid = ((key.k >> 32) & 4294967295)::oid AND l.objid = (key.k & 4294967295)::oid`;

/**
 * Which workshops this process serves (SPEC C2): those whose PostgreSQL session-level advisory lock
 * it holds on its cluster session. A lock is taken on first use (`claim`), kept while the workshop
 * is busy here, and given back once it is idle, so that another process may serve it next.
 */
export class WorkshopLocks {
  private readonly held = new Set<string>();
  private readonly idleOnce = new Set<string>();
  /** Claims and releases of one workshop run one after another. */
  private readonly queue = new Map<string, Promise<unknown>>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly session: ClusterSession,
    private readonly options: WorkshopLocksOptions,
  ) {
    session.onLost(() => {
      const lost = [...this.held];
      this.held.clear();
      this.idleOnce.clear();
      if (lost.length > 0) options.onLost(lost);
    });
    this.timer = setInterval(() => void this.releaseIdle(), options.idleCheckMs ?? 2_000);
    this.timer.unref();
  }

  holds(workshopId: string): boolean {
    return this.held.has(workshopId);
  }

  heldIds(): string[] {
    return [...this.held];
  }

  /**
   * True when this process serves the workshop: it already held the lock, or has just taken it.
   * False when another process holds it, or the session is down (C2.2, C1.3).
   */
  claim(workshopId: string): Promise<boolean> {
    if (this.held.has(workshopId)) {
      this.idleOnce.delete(workshopId);
      return Promise.resolve(true);
    }
    return this.serial(workshopId, async () => {
      if (this.held.has(workshopId)) return true;
      if (!this.session.connected) return false;
      try {
        const [row] = await this.session.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok', [KEY_PREFIX + workshopId]);
        if (row?.ok && this.session.connected) {
          this.held.add(workshopId);
          return true;
        }
      } catch {
        // The session went down mid-claim: not ours (its locks went with it).
      }
      return false;
    });
  }

  /** Gives the workshop back (C2.5); nothing if not held. */
  release(workshopId: string): Promise<void> {
    return this.serial(workshopId, async () => {
      if (!this.held.delete(workshopId)) return;
      await this.unlock(workshopId);
    });
  }

  /** Gives the workshop back now unless it is busy (after server-side work that claimed it, C2.5). */
  releaseIfIdle(workshopId: string): Promise<void> {
    return this.serial(workshopId, async () => {
      if (this.options.isBusy(workshopId) || !this.held.delete(workshopId)) return;
      await this.unlock(workshopId);
    });
  }

  private async unlock(workshopId: string): Promise<void> {
    this.idleOnce.delete(workshopId);
    await this.session.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [KEY_PREFIX + workshopId]).catch(() => {});
  }

  close(): void {
    clearInterval(this.timer);
  }

  private async releaseIdle(): Promise<void> {
    for (const workshopId of [...this.held]) {
      if (this.options.isBusy(workshopId)) {
        this.idleOnce.delete(workshopId);
      } else if (this.idleOnce.has(workshopId)) {
        // Decided again when its turn comes: a claim made meanwhile (it clears idleOnce) keeps it.
        await this.serial(workshopId, async () => {
          if (!this.idleOnce.has(workshopId) || this.options.isBusy(workshopId) || !this.held.delete(workshopId)) return;
          await this.unlock(workshopId);
        });
      } else {
        this.idleOnce.add(workshopId);
      }
    }
  }

  private serial<T>(workshopId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queue.get(workshopId) ?? Promise.resolve();
    const next = previous.then(work, work);
    this.queue.set(workshopId, next);
    void next.finally(() => {
      if (this.queue.get(workshopId) === next) this.queue.delete(workshopId);
    }).catch(() => {});
    return next;
  }
}
