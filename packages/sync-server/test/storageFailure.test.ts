/**
 * A failing store (SPEC §5.4, §5.5): a board whose append or compaction fails stays dirty, is
 * retried, is never evicted while dirty, and shows it in presence; a board that failed to load is
 * refused with 1011 and never stored.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../src/closeCodes.js';
import { connectClient, editFlows, newBoardId, sleep, startSyncServer, waitFor, type Client } from './helpers/harness.js';
import { failingStore, sqliteFixture } from './helpers/sqlite.js';

const DEGRADED = { server: { storage: 'degraded' } };
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function setup(limits = {}) {
  const sqlite = sqliteFixture();
  const store = failingStore(sqlite.store);
  const server = await startSyncServer({ store, limits: { evictAfterMs: 100, ...limits } });
  cleanup.push(() => sqlite.close());
  cleanup.push(() => server.close());
  const client = (boardId: string) => {
    const c = connectClient(server, boardId);
    cleanup.push(() => c.destroy());
    return c;
  };
  /** What a freshly opened store on the same file holds for the board. */
  const stored = async (boardId: string) => {
    const fresh = sqlite.reopen();
    try {
      const doc = new Y.Doc();
      const update = await fresh.store.load(boardId);
      if (update) Y.applyUpdateV2(doc, update);
      return doc.getMap('m').toJSON();
    } finally {
      fresh.close();
    }
  };
  return { sqlite, store, server, client, stored };
}

const serverEntries = (c: Client) => [...c.provider.awareness.getStates().values()].filter((s) => 'server' in s);

describe('failed appends and compactions (SPEC §5.5)', () => {
  it('§5.5 a failing append keeps the board dirty and degraded in presence; clients keep syncing; after recovery nothing is lost', async () => {
    const { store, server, client, stored } = await setup();
    const boardId = newBoardId('fail');
    const a = client(boardId);
    const b = client(boardId);
    await Promise.all([a.synced, b.synced]);
    a.doc.getMap('m').set('ok', 0);
    await waitFor(() => store.calls.some((c) => c.method === 'append' && c.ok), 'first append');

    store.fail.append = true;
    store.fail.compact = true;
    for (let i = 1; i <= 5; i++) a.doc.getMap('m').set(`lost?${i}`, i);
    b.doc.getMap('m').set('fromB', true);
    await waitFor(() => serverEntries(b).length === 1 && serverEntries(a).length === 1, 'degraded presence at both');
    expect(serverEntries(a)).toEqual([DEGRADED]);
    expect(server.sync.stats()).toEqual({ rooms: 1, connections: 2, dirtyRooms: 1 });
    // Relaying goes on, and the stock clients echoing the server's entry are not thrown out.
    expect(await editFlows(a, b)).toBe(true);
    expect(await editFlows(b, a)).toBe(true);
    await sleep(1000);
    expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
    // Retried with backoff (250, 500, 1000 … ms) while failing: compaction attempts keep coming.
    expect(store.calls.filter((c) => c.method === 'compact' && !c.ok).length).toBeGreaterThanOrEqual(2);
    // A newcomer learns of it on open (§1.4).
    const c = client(boardId);
    await c.synced;
    await waitFor(() => serverEntries(c).length === 1, 'degraded presence at newcomer');

    store.fail.append = false;
    store.fail.compact = false;
    await waitFor(() => server.sync.stats().dirtyRooms === 0, 'recovered', 8000);
    await waitFor(() => serverEntries(a).length === 0 && serverEntries(b).length === 0, 'degraded entry removed');
    expect(await stored(boardId)).toEqual(a.doc.getMap('m').toJSON());
    expect(Object.keys(await stored(boardId))).toHaveLength(9);
  });

  it('§5.3 §5.5 a dirty board is never evicted; once the store recovers it is stored and then evicted', async () => {
    const { store, server, client, stored } = await setup();
    const boardId = newBoardId('fail');
    const a = client(boardId);
    await a.synced;
    store.fail.append = true;
    store.fail.compact = true;
    a.doc.getMap('m').set('precious', 'edit');
    await waitFor(() => server.sync.stats().dirtyRooms === 1, 'dirty');
    a.destroy();
    await sleep(800);
    expect(server.sync.isLoaded(boardId)).toBe(true);
    expect(server.sync.stats()).toEqual({ rooms: 1, connections: 0, dirtyRooms: 1 });
    expect(await stored(boardId)).toEqual({});
    store.fail.append = false;
    store.fail.compact = false;
    await waitFor(() => !server.sync.isLoaded(boardId), 'evicted after recovery', 12_000);
    expect(await stored(boardId)).toEqual({ precious: 'edit' });
  });

  it('§5.5 a failing compaction (appends fine) keeps the board dirty until a compaction succeeds', async () => {
    const { store, server, client, stored, sqlite } = await setup({ compactAfterUpdates: 3 });
    const boardId = newBoardId('fail');
    const a = client(boardId);
    await a.synced;
    store.fail.compact = true;
    for (let i = 1; i <= 5; i++) a.doc.getMap('m').set(`k${i}`, i);
    await waitFor(() => server.sync.stats().dirtyRooms === 1, 'dirty after the failed compaction');
    // Appends stop once dirty (the batch that crossed the threshold may hold them all): the next
    // successful compaction carries everything.
    const rowsWhileDirty = sqlite.rows(boardId).updates.length;
    expect(rowsWhileDirty).toBeGreaterThanOrEqual(3);
    a.doc.getMap('m').set('k6', 6);
    await sleep(200);
    expect(sqlite.rows(boardId).updates.length).toBe(rowsWhileDirty);
    store.fail.compact = false;
    await waitFor(() => server.sync.stats().dirtyRooms === 0, 'clean', 8000);
    expect(sqlite.rows(boardId).updates).toEqual([]);
    expect(await stored(boardId)).toEqual({ k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6 });
  });

  it('§1.10 shutdown reports a board it could not store', async () => {
    const { store, server, client } = await setup();
    const boardId = newBoardId('fail');
    const a = client(boardId);
    await a.synced;
    store.fail.append = true;
    store.fail.compact = true;
    a.doc.getMap('m').set('x', 1);
    await waitFor(() => server.sync.stats().dirtyRooms === 1, 'dirty');
    expect(await server.sync.shutdown()).toBe(false);
    expect(server.sync.isLoaded(boardId)).toBe(true);
  });
});

describe('failed load (SPEC §5.4)', () => {
  it('§5.4 a failing load closes with 1011, keeps nothing in memory, never overwrites the stored board; a later load works', async () => {
    const { store, server, client, sqlite } = await setup();
    const boardId = newBoardId('load');
    const a = client(boardId);
    await a.synced;
    a.doc.getMap('m').set('kept', 'safe');
    a.destroy();
    await waitFor(() => !server.sync.isLoaded(boardId), 'evicted');
    const before = sqlite.rows(boardId);
    expect(before.snapshot).not.toBeNull();

    store.fail.load = true;
    const b = client(boardId);
    expect(await b.closed).toEqual({ code: CloseCode.InternalError, reason: 'board failed to load; try again later' });
    expect(server.sync.isLoaded(boardId)).toBe(false);
    await sleep(300);
    expect(store.calls.filter((c) => c.boardId === boardId && c.method !== 'load' && c.method !== 'pendingUpdates').map((c) => c.method)).toEqual([
      'append',
      'compact',
    ]);
    expect(sqlite.rows(boardId)).toEqual(before);

    store.fail.load = false;
    const c = client(boardId);
    await c.synced;
    expect(c.doc.getMap('m').toJSON()).toEqual({ kept: 'safe' });
  });

  it('§5.4 a board that never existed and failed to load is not created in the store', async () => {
    const { store, server, client, sqlite } = await setup();
    const boardId = newBoardId('load');
    store.fail.load = true;
    const b = client(boardId);
    expect((await b.closed).code).toBe(1011);
    await sleep(200);
    expect(server.sync.stats()).toEqual({ rooms: 0, connections: 0, dirtyRooms: 0 });
    expect(sqlite.rows(boardId)).toEqual({ updates: [], snapshot: null });
  });
});
