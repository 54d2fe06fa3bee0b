/**
 * Idle boards hibernate (SPEC §8): after `hibernateAfterMs` without an update a board keeps only its
 * encoded state; it still serves syncs, presence and read-only checks, and wakes for a change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SyncLimits } from '../src/options.js';
import type { BoardStore, UpdateCheck } from '../src/types.js';
import { connectClient, newBoardId, sleep, startSyncServer, waitFor, type Client, type TestServer } from './helpers/harness.js';
import { failingStore, sqliteFixture, type SqliteFixture } from './helpers/sqlite.js';

const HIBERNATE_MS = 150;
const DENIED = 'read-only: this board does not accept your changes';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function setup(options: { limits?: Partial<SyncLimits>; store?: BoardStore; sqlite?: SqliteFixture; checkUpdate?: UpdateCheck } = {}) {
  const sqlite = options.sqlite ?? sqliteFixture();
  const server = await startSyncServer({
    store: options.store ?? sqlite.store,
    checkUpdate: options.checkUpdate,
    limits: { hibernateAfterMs: HIBERNATE_MS, ...options.limits },
  });
  if (!options.sqlite) cleanup.push(() => sqlite.close());
  cleanup.push(() => server.close());
  return { server, sqlite };
}

function open(server: TestServer, boardId: string, options: Parameters<typeof connectClient>[2] = {}): Client {
  const c = connectClient(server, boardId, options);
  cleanup.push(() => c.destroy());
  return c;
}

/** JSON with sorted keys: a Y.Map lists its keys in no particular order. */
const sorted = (map: Record<string, unknown>) => JSON.stringify(Object.keys(map).sort().map((key) => [key, map[key]]));

const asleep = (server: TestServer, boardId: string) => waitFor(() => server.sync.isHibernating(boardId), 'the board to hibernate');

describe('hibernation (SPEC §8)', () => {
  it('§8.1 an idle board drops its doc after hibernateAfterMs, compacted into one snapshot', async () => {
    const { server, sqlite } = await setup();
    const boardId = newBoardId('hib');
    const writer = open(server, boardId);
    await writer.synced;
    writer.doc.getMap('m').set('a', 1);
    writer.doc.getMap('m').set('b', 2);
    await waitFor(() => sqlite.rows(boardId).updates.length === 2, 'two appended updates');
    expect(server.sync.isHibernating(boardId)).toBe(false);
    await asleep(server, boardId);
    expect(server.sync.stats()).toEqual({ rooms: 1, connections: 1, dirtyRooms: 0 });
    const { updates, snapshot } = sqlite.rows(boardId);
    expect(updates).toEqual([]);
    const stored = new Y.Doc();
    Y.applyUpdateV2(stored, snapshot!);
    expect(stored.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
  });

  it('§8.2 a new stock client syncs the whole board from the encoded state, and the board stays asleep', async () => {
    const { server } = await setup();
    const boardId = newBoardId('hib');
    const writer = open(server, boardId);
    await writer.synced;
    writer.doc.transact(() => {
      for (let i = 0; i < 50; i++) writer.doc.getMap('m').set(`note${i}`, 'x'.repeat(300));
    });
    writer.doc.getMap('m').delete('note3');
    await asleep(server, boardId);
    const late = open(server, boardId);
    await late.synced;
    expect(late.doc.getMap('m').toJSON()).toEqual(writer.doc.getMap('m').toJSON());
    expect(Y.equalSnapshots(Y.snapshot(late.doc), Y.snapshot(writer.doc))).toBe(true);
    // Its SyncStep2 (nothing the board lacks) does not wake the board.
    await sleep(100);
    expect(server.sync.isHibernating(boardId)).toBe(true);
  });

  it('§8.2 a big hibernating board is answered in pieces too (§1.14)', async () => {
    const { server } = await setup({ limits: { syncChunkBytes: 4096 } });
    const boardId = newBoardId('hib');
    await server.sync.withDoc(boardId, (doc) => {
      for (let i = 0; i < 200; i++) doc.getArray('records').push([{ key: `k${i}`, val: 'y'.repeat(300) }]);
    });
    const watcher = open(server, boardId);
    await watcher.synced;
    await asleep(server, boardId);
    const late = open(server, boardId);
    const pieces: number[] = [];
    late.provider.ws?.addEventListener('message', (event: { data: ArrayBuffer }) => pieces.push(event.data.byteLength));
    await late.synced;
    expect(late.doc.getArray('records').toJSON()).toEqual(watcher.doc.getArray('records').toJSON());
    expect(pieces.filter((length) => length > 1000).length).toBeGreaterThan(10);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(4096 + 8);
    expect(server.sync.isHibernating(boardId)).toBe(true);
  });

  it('§8.3 a watcher of a hibernating board receives a later writer’s update: the board wakes, applies, stores and relays it', async () => {
    const { server, sqlite } = await setup();
    const boardId = newBoardId('hib');
    const first = open(server, boardId);
    await first.synced;
    first.doc.getMap('m').set('before', 1);
    const watcher = open(server, boardId);
    await watcher.synced;
    await asleep(server, boardId);
    first.doc.getMap('m').set('after', 2);
    await waitFor(() => watcher.doc.getMap('m').get('after') === 2, 'the update at the watcher');
    expect(server.sync.isHibernating(boardId)).toBe(false);
    expect(sqlite.rows(boardId).updates).toHaveLength(1);
    expect(watcher.doc.getMap('m').toJSON()).toEqual({ before: 1, after: 2 });
    // And it goes back to sleep.
    await asleep(server, boardId);
  });

  it('§8.3 the app’s update check gets the awake doc with the whole board', async () => {
    const seen: unknown[] = [];
    const { server } = await setup({
      checkUpdate: ({ doc }) => {
        seen.push(doc.getMap('m').toJSON());
      },
    });
    const boardId = newBoardId('hib');
    const writer = open(server, boardId);
    await writer.synced;
    writer.doc.getMap('m').set('a', 1);
    await waitFor(async () => seen.some((m) => JSON.stringify(m) === '{}') && await server.sync.withDoc(boardId, (doc) => doc.getMap('m').get('a') === 1), 'a applied');
    await asleep(server, boardId);
    seen.length = 0;
    writer.doc.getMap('m').set('b', 2);
    await waitFor(() => seen.length === 1, 'the check of b');
    expect(seen[0]).toEqual({ a: 1 });
  });

  it('§8.3 withDoc on a hibernating board reads and writes it; the server’s presence id stays the same', async () => {
    const { server } = await setup();
    const boardId = newBoardId('hib');
    const watcher = open(server, boardId);
    await watcher.synced;
    watcher.doc.getMap('m').set('a', 1);
    const clientID = await waitFor(async () => await server.sync.withDoc(boardId, (doc) => doc.getMap('m').get('a') === 1 && doc.clientID), 'a at the server');
    await asleep(server, boardId);
    expect(await server.sync.withDoc(boardId, (doc) => ({ a: doc.getMap('m').get('a'), clientID: doc.clientID }))).toEqual({ a: 1, clientID });
    expect(server.sync.isHibernating(boardId)).toBe(false);
    await asleep(server, boardId);
    await server.sync.withDoc(boardId, (doc) => doc.getMap('m').set('fromServer', true));
    await waitFor(() => watcher.doc.getMap('m').get('fromServer') === true, 'server edit at the watcher');
  });

  it('§8.5 presence is relayed while the board hibernates, without waking it', async () => {
    const { server } = await setup();
    const boardId = newBoardId('hib');
    const alice = open(server, boardId, { user: 'alice' });
    const bob = open(server, boardId, { user: 'bob' });
    await Promise.all([alice.synced, bob.synced]);
    await asleep(server, boardId);
    alice.provider.awareness.setLocalStateField('cursor', { x: 5, y: 7 });
    await waitFor(() => (bob.provider.awareness.getStates().get(alice.doc.clientID) as { cursor?: unknown } | undefined)?.cursor, 'cursor at bob');
    expect(bob.provider.awareness.getStates().get(alice.doc.clientID)).toMatchObject({ cursor: { x: 5, y: 7 }, user: { id: 'alice' } });
    expect(server.sync.isHibernating(boardId)).toBe(true);
  });

  it('§8.4 a read-only client’s offered change is refused with "permission denied", without waking the board', async () => {
    const { server, sqlite } = await setup();
    const boardId = newBoardId('hib');
    const writer = open(server, boardId);
    await writer.synced;
    writer.doc.getMap('m').set('gone', 1);
    writer.doc.getMap('m').delete('gone');
    writer.doc.getMap('m').set('kept', 2);
    await asleep(server, boardId);
    // A viewer that holds the board (its deletions included) offers nothing new: silence.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(writer.doc));
    const quiet = open(server, boardId, { access: 'read', doc: copy });
    await quiet.synced;
    // A viewer with an offline edit: refused.
    const offline = new Y.Doc();
    offline.getMap('m').set('offline', 'edit');
    const viewer = open(server, boardId, { access: 'read', doc: offline });
    await viewer.synced;
    await waitFor(() => viewer.permissionDenied.length > 0, 'permission denied');
    expect(viewer.permissionDenied).toEqual([DENIED]);
    expect(quiet.permissionDenied).toEqual([]);
    expect(server.sync.isHibernating(boardId)).toBe(true);
    expect(await server.sync.withDoc(boardId, (doc) => doc.getMap('m').toJSON())).toEqual({ kept: 2 });
    expect(sqlite.rows(boardId).updates).toEqual([]);
  });

  it('§8.4 a reconnecting writer whose SyncStep2 holds nothing new does not wake the board', async () => {
    const { server } = await setup();
    const boardId = newBoardId('hib');
    const writer = open(server, boardId);
    await writer.synced;
    writer.doc.getMap('m').set('gone', 1);
    writer.doc.getMap('m').delete('gone');
    await asleep(server, boardId);
    writer.provider.disconnect();
    writer.provider.connect();
    await waitFor(() => writer.provider.synced && writer.provider.wsconnected, 'writer back');
    await sleep(100);
    expect(server.sync.isHibernating(boardId)).toBe(true);
  });

  it('§8.1 a dirty board does not hibernate until its state is stored', async () => {
    const sqlite = sqliteFixture();
    cleanup.push(() => sqlite.close());
    const store = failingStore(sqlite.store);
    const { server } = await setup({ store, sqlite });
    const boardId = newBoardId('hib');
    const writer = open(server, boardId);
    await writer.synced;
    store.fail.append = true;
    store.fail.compact = true;
    writer.doc.getMap('m').set('unstored', 1);
    await waitFor(() => server.sync.stats().dirtyRooms === 1, 'dirty');
    await sleep(HIBERNATE_MS * 3);
    expect(server.sync.isHibernating(boardId)).toBe(false);
    store.fail.append = false;
    store.fail.compact = false;
    await asleep(server, boardId);
    expect(server.sync.stats().dirtyRooms).toBe(0);
    const stored = new Y.Doc();
    Y.applyUpdateV2(stored, (await sqlite.store.load(boardId))!);
    expect(stored.getMap('m').toJSON()).toEqual({ unstored: 1 });
  });

  it('§8.6 nothing is lost across hibernate → wake → hibernate cycles and restarts', async () => {
    const sqlite = sqliteFixture();
    cleanup.push(() => sqlite.close());
    const boardId = newBoardId('hib');
    const expected: Record<string, unknown> = {};
    for (let restart = 0; restart < 3; restart++) {
      const server = await startSyncServer({ store: sqlite.store, limits: { hibernateAfterMs: HIBERNATE_MS } });
      try {
        const writer = connectClient(server, boardId);
        const watcher = connectClient(server, boardId);
        try {
          await Promise.all([writer.synced, watcher.synced]);
          expect(watcher.doc.getMap('m').toJSON()).toEqual(expected);
          for (let cycle = 0; cycle < 2; cycle++) {
            await asleep(server, boardId);
            const key = `r${restart}c${cycle}`;
            writer.doc.getMap('m').set(key, 'x'.repeat(200));
            expected[key] = 'x'.repeat(200);
            if (cycle === 1) {
              writer.doc.getMap('m').delete(`r${restart}c0`);
              delete expected[`r${restart}c0`];
            }
            await waitFor(() => sorted(watcher.doc.getMap('m').toJSON()) === sorted(expected), `cycle ${cycle} at the watcher`);
          }
          // Ends awake with an edit in the log: shutdown must store it.
        } finally {
          writer.destroy();
          watcher.destroy();
        }
      } finally {
        await server.close();
      }
      const stored = new Y.Doc();
      Y.applyUpdateV2(stored, (await sqlite.store.load(boardId))!);
      expect(stored.getMap('m').toJSON()).toEqual(expected);
    }
  });
});
