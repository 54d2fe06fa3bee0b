/**
 * The cluster rules over a real PostgreSQL (CANVAS_TEST_POSTGRES; scripts/postgres.sh starts one).
 * Two "processes" are two sets of sessions in this test process: each has its own connection, which
 * is all PostgreSQL sees of a process.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { testDatabaseUrl } from '@canvas/storage/postgres';
import { ClusterLiveBoards, type LocalBoards } from './ClusterLiveBoards.js';
import { ClusterSession } from './ClusterSession.js';
import { WorkshopChanges, type ClusterMessage } from './WorkshopChanges.js';
import { WORKSHOP_HOLDER_SQL, WorkshopLocks } from './WorkshopLocks.js';

const base = process.env.CANVAS_TEST_POSTGRES?.startsWith('postgres') ? process.env.CANVAS_TEST_POSTGRES : undefined;
const opened: Array<{ close(): unknown }> = [];

afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close();
});

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One "process": a cluster session, its locks and its messages. */
async function processOn(url: string, name: string, options: { busy?: Set<string>; lost?: string[][] } = {}) {
  const session = await ClusterSession.open({ url, applicationName: name, reconnectMs: 50 });
  const locks = new WorkshopLocks(session, { onLost: (ids) => options.lost?.push(ids), isBusy: (id) => options.busy?.has(id) ?? true, idleCheckMs: 50 });
  const changes = new WorkshopChanges(session);
  await changes.listen();
  opened.push(session, { close: () => locks.close() });
  return { session, locks, changes };
}

/** A process's own boards: Y.Docs in memory, as the sync server keeps them (enough for C4). */
class MemoryBoards implements LocalBoards<never> {
  readonly docs = new Map<string, Y.Doc>();
  writes = 0;
  connections(): never[] {
    return [];
  }
  async withDoc<T>(boardId: string, fn: (doc: Y.Doc) => T): Promise<T> {
    let doc = this.docs.get(boardId);
    if (!doc) this.docs.set(boardId, (doc = new Y.Doc()));
    const before = Y.encodeStateVector(doc);
    const result = fn(doc);
    if (Buffer.compare(Buffer.from(before), Buffer.from(Y.encodeStateVector(doc))) !== 0) this.writes++;
    return result;
  }
  discardBoard(boardId: string): void {
    this.docs.delete(boardId);
  }
  async flushWrites(): Promise<void> {}
  isLoaded(boardId: string): boolean {
    return this.docs.has(boardId);
  }
}

describe.skipIf(!base)('cluster (CANVAS_TEST_POSTGRES)', () => {
  const url = () => testDatabaseUrl(base!, 'cluster-package');

  it('C2.1, C2.2: one process at a time serves a workshop; C1.2, C2.4: a lost session frees it at once and tells its process', async () => {
    const lostA: string[][] = [];
    const a = await processOn(await url(), 'canvas-test-a', { lost: lostA });
    const b = await processOn(await url(), 'canvas-test-b');
    const workshop = `ws_${randomUUID()}`;
    expect(await a.locks.claim(workshop)).toBe(true);
    expect(await a.locks.claim(workshop)).toBe(true);
    expect(await b.locks.claim(workshop)).toBe(false);
    // C1.4: PostgreSQL can tell who holds it.
    const [holder] = await b.session.query<{ name: string; pid: number }>(WORKSHOP_HOLDER_SQL, [workshop]);
    expect(holder?.name).toBe('canvas-test-a');
    // As if A's connection died (what a SIGKILL of its process does).
    await b.session.query('SELECT pg_terminate_backend($1)', [holder!.pid]);
    await until(() => lostA.length > 0, 'A to learn it lost its workshops');
    expect(lostA).toEqual([[workshop]]);
    expect(a.locks.holds(workshop)).toBe(false);
    expect(await b.locks.claim(workshop)).toBe(true);
    // C1.3: A comes back by itself, and may not take what B now holds.
    await until(() => a.session.connected, 'A to reconnect');
    expect(await a.locks.claim(workshop)).toBe(false);
  });

  it('C2.5: an idle workshop is given back after two idle checks; a busy one is kept', async () => {
    const busy = new Set<string>();
    const a = await processOn(await url(), 'canvas-test-a', { busy });
    const b = await processOn(await url(), 'canvas-test-b');
    const kept = `ws_${randomUUID()}`;
    const idle = `ws_${randomUUID()}`;
    busy.add(kept);
    expect(await a.locks.claim(kept)).toBe(true);
    expect(await a.locks.claim(idle)).toBe(true);
    await until(() => !a.locks.holds(idle), 'the idle workshop to be given back');
    expect(await b.locks.claim(idle)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(a.locks.holds(kept)).toBe(true);
    expect(await b.locks.claim(kept)).toBe(false);
  });

  it('C3.1, C3.2: messages reach every process, long ones in parts; malformed ones are ignored', async () => {
    const a = await processOn(await url(), 'canvas-test-a');
    const b = await processOn(await url(), 'canvas-test-b');
    const received: ClusterMessage[] = [];
    b.changes.onMessage((message) => received.push(message));
    const long = Buffer.alloc(50_000, 7).toString('base64');
    await a.session.query("SELECT pg_notify('canvas_sessions_cluster', '{\"kind\":\"update\"}')");
    await a.session.query("SELECT pg_notify('canvas_sessions_cluster', 'not json')");
    await a.changes.send({ kind: 'update', workshopId: 'w', boardId: 'b', update: long });
    await a.changes.send({ kind: 'discard', boardId: 'b', reason: 'gone' });
    await until(() => received.length >= 2, 'both messages');
    expect(received[0]).toEqual({ kind: 'update', workshopId: 'w', boardId: 'b', update: long });
    expect(received[1]).toEqual({ kind: 'discard', boardId: 'b', reason: 'gone' });
    expect(received).toHaveLength(2);
  });

  it('C3.3, C4.2: a change made where the workshop is not served is applied by the process that serves it, never by the maker', async () => {
    const a = await processOn(await url(), 'canvas-test-a');
    const b = await processOn(await url(), 'canvas-test-b');
    const workshop = `ws_${randomUUID()}`;
    const stored = new Y.Doc();
    stored.getMap('workshop').set('revision', 1);
    const live = (process: typeof a, local: MemoryBoards, changed: string[]) =>
      new ClusterLiveBoards({
        local,
        locks: process.locks,
        changes: process.changes,
        workshopOf: async () => workshop,
        loadState: async () => Y.encodeStateAsUpdateV2(stored),
        onRemoteChange: async (id) => void changed.push(id),
      });
    const localA = new MemoryBoards();
    const localB = new MemoryBoards();
    const changedA: string[] = [];
    const liveA = live(a, localA, changedA);
    const liveB = live(b, localB, []);
    // A serves the workshop (its socket claimed it) and holds the board live.
    await liveA.withDoc('ctl_1', (doc) => Y.applyUpdateV2(doc, Y.encodeStateAsUpdateV2(stored)));
    const started = Date.now();
    const seen = await liveB.withDoc('ctl_1', (doc) => {
      doc.getMap('workshop').set('revision', 2);
      return doc.getMap('workshop').get('revision');
    });
    expect(seen).toBe(2);
    await until(() => localA.docs.get('ctl_1')?.getMap('workshop').get('revision') === 2, 'the serving process to apply the change');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(changedA).toEqual([workshop]);
    expect(localB.docs.size).toBe(0);
    expect(localB.writes).toBe(0);
  });

  it('C2.3: work on a workshop nobody serves is done here under its lock, which is given back at once', async () => {
    const a = await processOn(await url(), 'canvas-test-a');
    const b = await processOn(await url(), 'canvas-test-b', { busy: new Set() });
    const workshop = `ws_${randomUUID()}`;
    const localB = new MemoryBoards();
    const liveB = new ClusterLiveBoards({
      local: localB,
      locks: b.locks,
      changes: b.changes,
      workshopOf: async () => workshop,
      loadState: async () => null,
      onRemoteChange: async () => {},
    });
    await liveB.withDoc('ctl_2', (doc) => doc.getMap('workshop').set('revision', 7));
    expect(localB.writes).toBe(1);
    expect(b.locks.holds(workshop)).toBe(false);
    expect(await a.locks.claim(workshop)).toBe(true);
  });
});
