/**
 * SPEC 5.6: the store is async (PostgreSQL answers over the network). Boards load once however many
 * sockets arrive together, messages sent while the board loads are kept, a board deleted while it
 * loads is not kept, and an update is still relayed only after its append resolved.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MemoryBoardStore } from '../src/MemoryBoardStore.js';
import { CloseCode } from '../src/closeCodes.js';
import { connectClient, newBoardId, sleep, startSyncServer, waitFor, type TestServer } from './helpers/harness.js';

/** A memory store whose every call answers late, like a database across a network. */
class SlowStore extends MemoryBoardStore {
  loads = 0;
  appendsDone = 0;
  constructor(private readonly delayMs: number) {
    super();
  }
  override async load(boardId: string): Promise<Uint8Array | null> {
    this.loads++;
    await sleep(this.delayMs);
    return super.load(boardId);
  }
  override async append(boardId: string, updateV2: Uint8Array): Promise<void> {
    await sleep(this.delayMs);
    await super.append(boardId, updateV2);
    this.appendsDone++;
  }
  override async appendMany(entries: ReadonlyArray<{ boardId: string; updateV2: Uint8Array }>): Promise<void> {
    await sleep(this.delayMs);
    for (const entry of entries) await super.append(entry.boardId, entry.updateV2);
    this.appendsDone += entries.length;
  }
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('an async store (SPEC 5.6)', () => {
  it('5.6 sockets arriving while the board loads share one load, and what they sent meanwhile is kept', async () => {
    const store = new SlowStore(150);
    server = await startSyncServer({ store });
    const boardId = newBoardId('slow');
    const a = connectClient(server, boardId);
    const b = connectClient(server, boardId);
    // Written before the board has loaded at the server: the client sends it right after its SyncStep1.
    a.doc.getMap('m').set('early', 'a');
    await Promise.all([a.synced, b.synced]);
    await waitFor(() => b.doc.getMap('m').get('early') === 'a', 'the early edit at b');
    expect(store.loads).toBe(1);
    a.destroy();
    b.destroy();
  });

  it('5.6 a server-side read and a socket waiting on the same load: the socket gets the live board', async () => {
    const store = new SlowStore(100);
    server = await startSyncServer({ store });
    const boardId = newBoardId('race');
    // A read through withDoc asks first, then a socket: both wait on one load; withDoc's turn comes
    // first and must not free the board under the socket (a read changes nothing, so nothing kept the
    // board: the process crashed on the socket's first message once the store became async).
    const read = server.sync.withDoc(boardId, (doc) => doc.getMap('m').get('server'));
    await sleep(10);
    const client = connectClient(server, boardId);
    expect(await read).toBeUndefined();
    await client.synced;
    client.doc.getMap('m').set('client', 'yes');
    await waitFor(() => server!.sync.stats().connections === 1, 'the socket attached');
    // And a second change through withDoc reaches the connected client.
    await server.sync.withDoc(boardId, (doc) => doc.getMap('m').set('again', 'yes'));
    await waitFor(() => client.doc.getMap('m').get('again') === 'yes', 'the second change at the client');
    client.destroy();
  });

  it('5.6 an update reaches the other clients only after its append resolved', async () => {
    const store = new SlowStore(300);
    server = await startSyncServer({ store });
    const boardId = newBoardId('order');
    const a = connectClient(server, boardId);
    const b = connectClient(server, boardId);
    await Promise.all([a.synced, b.synced]);
    const before = store.appendsDone;
    a.doc.getMap('m').set('k', 1);
    await waitFor(() => b.doc.getMap('m').get('k') === 1, 'the edit at b');
    expect(store.appendsDone).toBeGreaterThan(before);
    a.destroy();
    b.destroy();
  });

  it('5.6 a board discarded while it loads is not kept: its sockets close with Gone (4410) and nothing is stored', async () => {
    const store = new SlowStore(200);
    server = await startSyncServer({ store });
    const boardId = newBoardId('gone');
    const a = connectClient(server, boardId);
    await sleep(50);
    server.sync.discardBoard(boardId, 'gone: deleted');
    const closed = await a.closed;
    expect(closed.code).toBe(CloseCode.Gone);
    await sleep(300);
    expect(server.sync.isLoaded(boardId)).toBe(false);
    expect(await store.load(boardId)).toBeNull();
    a.destroy();
  });

  it('5.6 withDoc waits for the load and sees the stored state', async () => {
    const store = new SlowStore(100);
    const seed = new Y.Doc();
    seed.getMap('m').set('stored', true);
    await store.compact('seeded', Y.encodeStateAsUpdateV2(seed));
    server = await startSyncServer({ store });
    expect(await server.sync.withDoc('seeded', (doc) => doc.getMap('m').get('stored'))).toBe(true);
  });
});
