/**
 * Persistence on a real SqliteBoardStore (SPEC §5.1–§5.3): V2 appends before relay, compaction after N,
 * eviction after the last leave, reload identical, shutdown stores every board.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../src/closeCodes.js';
import type { BoardStore } from '../src/types.js';
import { connectClient, newBoardId, sleep, startSyncServer, waitFor, type Client, type TestServer } from './helpers/harness.js';
import { sqliteFixture, type SqliteFixture } from './helpers/sqlite.js';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function setup(limits: NonNullable<Parameters<typeof startSyncServer>[0]>['limits'] = {}, store?: BoardStore, sqlite = sqliteFixture()) {
  const server = await startSyncServer({ store: store ?? sqlite.store, limits });
  cleanup.push(() => sqlite.close());
  cleanup.push(() => server.close());
  return { server, sqlite };
}
function client(server: TestServer, boardId: string) {
  const c = connectClient(server, boardId);
  cleanup.push(() => c.destroy());
  return c;
}
function stateOf(update: Uint8Array | null): Record<string, unknown> {
  const doc = new Y.Doc();
  if (update) Y.applyUpdateV2(doc, update);
  return doc.getMap('m').toJSON();
}

describe('appending (SPEC §5.2)', () => {
  it('§5.2 each applied update is appended as one V2 update, byte-identical to the client transaction', async () => {
    const { server, sqlite } = await setup();
    const boardId = newBoardId('persist');
    const a = client(server, boardId);
    await a.synced;
    const sent: Uint8Array[] = [];
    a.doc.on('updateV2', (u: Uint8Array, origin: unknown) => {
      if (origin !== a.provider) sent.push(u);
    });
    a.doc.getMap('m').set('one', 1);
    a.doc.getMap('m').set('two', { nested: true });
    a.doc.transact(() => {
      a.doc.getMap('m').set('three', 3);
      a.doc.getMap('m').delete('one');
    });
    await waitFor(() => sqlite.rows(boardId).updates.length === 3, 'three rows');
    const { updates, snapshot } = sqlite.rows(boardId);
    expect(snapshot).toBeNull();
    expect(updates).toEqual(sent);
    expect(stateOf(Y.mergeUpdatesV2(updates))).toEqual({ two: { nested: true }, three: 3 });
    expect(await server.store.pendingUpdates(boardId)).toBe(3);
  });

  it('§5.2 an update is in the store before the server relays it to anyone', async () => {
    const order: string[] = [];
    const sqlite = sqliteFixture();
    const store: BoardStore = {
      load: async (id) => await sqlite.store.load(id),
      pendingUpdates: async (id) => await sqlite.store.pendingUpdates(id),
      compact: async (id, s) => await sqlite.store.compact(id, s),
      append: async (id, u) => {
        await sqlite.store.append(id, u);
        order.push(`stored ${sqlite.rows(id).updates.length}`);
      },
    };
    const { server } = await setup({}, store, sqlite);
    const boardId = newBoardId('persist');
    const a = client(server, boardId);
    const b = client(server, boardId);
    await Promise.all([a.synced, b.synced]);
    const [bConnection] = server.sync.connections((c) => c.boardId === boardId && c.awarenessClientId === b.doc.clientID);
    const socket = bConnection!.socket;
    const send = socket.send.bind(socket);
    socket.send = ((data: Uint8Array, ...rest: unknown[]) => {
      if (data[0] === 0 && data[1] === 2) order.push('relayed');
      return (send as (...args: unknown[]) => void)(data, ...rest);
    }) as typeof socket.send;
    a.doc.getMap('m').set('x', 1);
    a.doc.getMap('m').set('y', 2);
    await waitFor(() => b.doc.getMap('m').get('y') === 2, 'relayed to B');
    expect(order).toEqual(['stored 1', 'relayed', 'stored 2', 'relayed']);
  });
});

describe('compaction (SPEC §5.2)', () => {
  it('§5.2 after compactAfterUpdates appended updates the log is folded into one snapshot', async () => {
    const { server, sqlite } = await setup({ compactAfterUpdates: 5 });
    const boardId = newBoardId('compact');
    const a = client(server, boardId);
    await a.synced;
    for (let i = 1; i <= 4; i++) a.doc.getMap('m').set(`k${i}`, i);
    await waitFor(() => sqlite.rows(boardId).updates.length === 4, 'four rows');
    expect(sqlite.rows(boardId).snapshot).toBeNull();
    a.doc.getMap('m').set('k5', 5);
    await waitFor(() => sqlite.rows(boardId).snapshot !== null, 'snapshot');
    expect(sqlite.rows(boardId).updates).toEqual([]);
    expect(stateOf(sqlite.rows(boardId).snapshot)).toEqual({ k1: 1, k2: 2, k3: 3, k4: 4, k5: 5 });
    a.doc.getMap('m').set('k6', 6);
    await waitFor(() => sqlite.rows(boardId).updates.length === 1, 'one row after the snapshot');
    expect(stateOf(await sqlite.store.load(boardId))).toEqual({ k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6 });
  });

  it('§5.1 updates already in the log at load count towards the next compaction', async () => {
    const sqlite = sqliteFixture();
    const boardId = newBoardId('compact');
    const seed = new Y.Doc();
    const appends: Array<Promise<void>> = [];
    seed.on('updateV2', (u: Uint8Array) => appends.push(sqlite.store.append(boardId, u)));
    for (let i = 1; i <= 3; i++) seed.getMap('m').set(`old${i}`, i);
    await Promise.all(appends);
    expect(sqlite.rows(boardId).updates.length).toBe(3);
    const { server } = await setup({ compactAfterUpdates: 5 }, undefined, sqlite);
    const a = client(server, boardId);
    await a.synced;
    expect(a.doc.getMap('m').toJSON()).toEqual({ old1: 1, old2: 2, old3: 3 });
    a.doc.getMap('m').set('new1', 1);
    await waitFor(() => sqlite.rows(boardId).updates.length === 4, 'four rows');
    a.doc.getMap('m').set('new2', 2);
    await waitFor(() => sqlite.rows(boardId).snapshot !== null, 'snapshot at 5');
    expect(sqlite.rows(boardId).updates).toEqual([]);
  });
});

describe('eviction (SPEC §5.3)', () => {
  it('§5.3 a board is stored and evicted after its last client leaves, and reloads identical', async () => {
    const { server, sqlite } = await setup({ evictAfterMs: 150 });
    const boardId = newBoardId('evict');
    const a = client(server, boardId);
    await a.synced;
    a.doc.getMap('m').set('shape', { x: 1, y: 2 });
    a.doc.getText('t').insert(0, 'hello world');
    a.doc.getText('t').delete(0, 6);
    await waitFor(() => sqlite.rows(boardId).updates.length === 3, 'rows');
    const before = Y.encodeStateAsUpdate(a.doc);
    a.destroy();
    await sleep(50);
    expect(server.sync.isLoaded(boardId)).toBe(true);
    await waitFor(() => !server.sync.isLoaded(boardId), 'evicted', 2000);
    expect(server.sync.stats()).toEqual({ rooms: 0, connections: 0, dirtyRooms: 0 });
    const rows = sqlite.rows(boardId);
    expect(rows.updates).toEqual([]);
    expect(rows.snapshot).not.toBeNull();

    const b = client(server, boardId);
    await b.synced;
    expect(b.doc.getText('t').toString()).toBe('world');
    expect(b.doc.getMap('m').toJSON()).toEqual({ shape: { x: 1, y: 2 } });
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, before);
    expect(Y.encodeStateVector(b.doc)).toEqual(Y.encodeStateVector(reloaded));
  });

  it('§5.3 a client arriving within the delay keeps the board loaded', async () => {
    const { server } = await setup({ evictAfterMs: 200 });
    const boardId = newBoardId('evict');
    const a = client(server, boardId);
    await a.synced;
    a.destroy();
    await sleep(50);
    const b = client(server, boardId);
    await b.synced;
    await sleep(400);
    expect(server.sync.isLoaded(boardId)).toBe(true);
  });

  it('§5.1 §5.2 a restarted server on the same database sees every edit', async () => {
    const { server, sqlite } = await setup({ compactAfterUpdates: 3 });
    const boardId = newBoardId('restart');
    const a = client(server, boardId);
    await a.synced;
    for (let i = 0; i < 7; i++) a.doc.getMap('m').set(`k${i}`, i);
    // A turn's updates are stored in one transaction, then folded into a snapshot (§5.1, §5.2).
    await waitFor(() => sqlite.rows(boardId).snapshot !== null && sqlite.rows(boardId).updates.length < 3, 'snapshot, fewer than 3 rows');
    // No shutdown: a second process opens the same file.
    const second = sqlite.reopen();
    cleanup.push(() => second.close());
    const restarted = await startSyncServer({ store: second.store });
    cleanup.push(() => restarted.close());
    const b = client(restarted, boardId);
    await b.synced;
    expect(b.doc.getMap('m').toJSON()).toEqual(a.doc.getMap('m').toJSON());
    expect(Object.keys(b.doc.getMap('m').toJSON())).toHaveLength(7);
  });
});

describe('server operations (SPEC §1.10–§1.12)', () => {
  it('§1.10 shutdown closes every socket with 1001 and stores every board as a snapshot', async () => {
    const { server, sqlite } = await setup({ evictAfterMs: 60_000 });
    const boards = [newBoardId('shutdown'), newBoardId('shutdown')];
    const clients: Client[] = boards.map((id) => client(server, id));
    await Promise.all(clients.map((c) => c.synced));
    clients.forEach((c, i) => c.doc.getMap('m').set('board', i));
    await waitFor(() => boards.every((id) => sqlite.rows(id).updates.length === 1), 'rows');
    expect(await server.sync.shutdown()).toBe(true);
    expect(await Promise.all(clients.map((c) => c.closed))).toEqual([
      { code: CloseCode.GoingAway, reason: 'server shutting down' },
      { code: CloseCode.GoingAway, reason: 'server shutting down' },
    ]);
    boards.forEach((id, i) => {
      expect(sqlite.rows(id).updates).toEqual([]);
      expect(stateOf(sqlite.rows(id).snapshot)).toEqual({ board: i });
    });
    expect(server.sync.stats().rooms).toBe(0);
  });

  it('§1.11 withDoc changes are stored and relayed; an untouched board is not kept', async () => {
    const { server, sqlite } = await setup();
    const boardId = newBoardId('withdoc');
    await server.sync.withDoc(boardId, (doc) => doc.getMap('m').set('server', 'seeded'));
    expect(server.sync.isLoaded(boardId)).toBe(false);
    expect(stateOf(await sqlite.store.load(boardId))).toEqual({ server: 'seeded' });
    const a = client(server, boardId);
    await a.synced;
    await server.sync.withDoc(boardId, (doc) => doc.getMap('m').set('live', true));
    await waitFor(() => a.doc.getMap('m').get('live') === true, 'relayed');
    expect(server.sync.isLoaded(boardId)).toBe(true);
  });

  it('§1.12 discardBoard closes its sockets with 4410 and drops it without storing', async () => {
    const { server, sqlite } = await setup();
    const boardId = newBoardId('discard');
    const a = client(server, boardId);
    await a.synced;
    a.doc.getMap('m').set('x', 1);
    await waitFor(() => sqlite.rows(boardId).updates.length === 1, 'row');
    server.sync.discardBoard(boardId, 'gone: deleted in a test');
    expect(await a.closed).toEqual({ code: CloseCode.Gone, reason: 'gone: deleted in a test' });
    expect(server.sync.isLoaded(boardId)).toBe(false);
    // Not compacted on the way out: the log is as it was.
    expect(sqlite.rows(boardId).snapshot).toBeNull();
  });
});
