/**
 * The y-websocket protocol with the STOCK client (SPEC §1, §6): sync between providers, late
 * joiners, awareness relay and removal, reconnection after a dropped socket.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { awareness, parseFrame, queryAwareness, syncStep1 } from './helpers/frames.js';
import { connectClient, newBoardId, rawClient, sleep, startSyncServer, waitFor, type Client, type TestServer } from './helpers/harness.js';

let server: TestServer;
const clients: Client[] = [];
const open = (...args: Parameters<typeof connectClient>) => {
  const client = connectClient(...args);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  server = await startSyncServer();
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await server.close();
});

describe('sync (SPEC §1)', () => {
  it('§1.4 §1.5 the server opens with SyncStep1 and answers SyncStep1 with SyncStep2', async () => {
    const boardId = newBoardId();
    const writer = open(server, boardId);
    await writer.synced;
    writer.doc.getMap('m').set('a', 1);
    await waitFor(async () => server.sync.stats().rooms === 1 && await server.store.load(boardId), 'stored');

    const raw = rawClient(server, boardId);
    await raw.opened;
    await waitFor(() => raw.frames.length >= 1, 'first frame');
    const first = parseFrame(raw.frames[0]!);
    expect(first).toMatchObject({ type: 'sync', subType: 0 });
    // The state vector names the writer's client at clock 1.
    expect(Y.decodeStateVector((first as { payload: Uint8Array }).payload)).toEqual(new Map([[writer.doc.clientID, 1]]));

    raw.send(syncStep1());
    await waitFor(() => raw.frames.some((f) => parseFrame(f).type === 'sync' && (parseFrame(f) as { subType: number }).subType === 1), 'SyncStep2');
    const step2 = raw.frames.map(parseFrame).find((f) => f.type === 'sync' && f.subType === 1) as { payload: Uint8Array };
    const doc = new Y.Doc();
    Y.applyUpdate(doc, step2.payload);
    expect(doc.getMap('m').toJSON()).toEqual({ a: 1 });
    raw.socket.close();
  });

  it('§1.6 two providers sync a Y.Map both ways; the sender is not echoed its own update', async () => {
    const boardId = newBoardId();
    const a = open(server, boardId);
    const b = open(server, boardId);
    await Promise.all([a.synced, b.synced]);
    let echoes = 0;
    a.doc.on('update', (_u: Uint8Array, origin: unknown) => {
      if (origin === a.provider) echoes++;
    });
    a.doc.getMap('m').set('fromA', { x: 1 });
    b.doc.getMap('m').set('fromB', [1, 2, 3]);
    await waitFor(() => a.doc.getMap('m').size === 2 && b.doc.getMap('m').size === 2, 'both edits on both sides');
    expect(a.doc.getMap('m').toJSON()).toEqual({ fromA: { x: 1 }, fromB: [1, 2, 3] });
    expect(b.doc.getMap('m').toJSON()).toEqual(a.doc.getMap('m').toJSON());
    // Only B's edit came back to A.
    expect(echoes).toBe(1);
  });

  it('§1.5 a late joiner receives the full state', async () => {
    const boardId = newBoardId();
    const a = open(server, boardId);
    await a.synced;
    const text = a.doc.getText('t');
    for (let i = 0; i < 50; i++) text.insert(text.length, `line ${i}\n`);
    a.doc.getMap('m').set('count', 50);
    await sleep(50);
    const late = open(server, boardId);
    await late.synced;
    expect(late.doc.getText('t').toString()).toBe(text.toString());
    expect(late.doc.getMap('m').get('count')).toBe(50);
    expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(a.doc));
  });

  it('§1.5 the server answers SyncStep1 with SyncStep2 holding only what the client lacks', async () => {
    const boardId = newBoardId();
    const a = open(server, boardId);
    await a.synced;
    a.doc.getMap('m').set('one', 1);
    a.doc.getMap('m').set('two', 2);
    await sleep(50);
    const known = new Y.Doc();
    Y.applyUpdate(known, Y.encodeStateAsUpdate(a.doc));
    a.doc.getMap('m').set('three', 3);
    await sleep(50);
    const raw = rawClient(server, boardId);
    await raw.opened;
    raw.send(syncStep1(known));
    await waitFor(() => raw.frames.map(parseFrame).find((f) => f.type === 'sync' && f.subType === 1), 'SyncStep2');
    const step2 = raw.frames.map(parseFrame).find((f) => f.type === 'sync' && f.subType === 1) as { payload: Uint8Array };
    const decoded = Y.decodeUpdate(step2.payload);
    expect(decoded.structs.length).toBe(1);
    raw.socket.close();
  });
});

describe('awareness (SPEC §6)', () => {
  it('§6.4 awareness flows between providers; §6.5 it is removed when a client disconnects', async () => {
    const boardId = newBoardId();
    const a = open(server, boardId);
    const b = open(server, boardId);
    await Promise.all([a.synced, b.synced]);
    a.provider.awareness.setLocalStateField('cursor', { x: 10, y: 20 });
    await waitFor(() => (b.provider.awareness.getStates().get(a.doc.clientID) as { cursor?: unknown })?.cursor, 'A cursor at B');
    expect(b.provider.awareness.getStates().get(a.doc.clientID)).toEqual({ cursor: { x: 10, y: 20 } });

    // A's socket is cut server-side, A never says goodbye: the server removes its state.
    a.provider.shouldConnect = false;
    const [aConnection] = server.sync.connections((c) => c.boardId === boardId && c.awarenessClientId === a.doc.clientID);
    aConnection!.socket.terminate();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'A removed at B');
    expect([...b.provider.awareness.getStates().keys()]).toEqual([b.doc.clientID]);
  });

  it('§1.4 a new connection receives every current presence state on open; §1.7 query-awareness is answered', async () => {
    const boardId = newBoardId();
    const a = open(server, boardId);
    await a.synced;
    a.provider.awareness.setLocalStateField('name', 'Ada');
    await sleep(50);
    const raw = rawClient(server, boardId);
    await raw.opened;
    await waitFor(() => raw.frames.length >= 2, 'presence on open');
    const onOpen = raw.frames.map(parseFrame);
    expect(onOpen[1]).toEqual({ type: 'awareness', entries: [{ clientID: a.doc.clientID, clock: expect.any(Number), state: { name: 'Ada' } }] });
    const before = raw.frames.length;
    raw.send(queryAwareness());
    await waitFor(() => raw.frames.length > before, 'query answer');
    expect(parseFrame(raw.frames[before]!)).toMatchObject({ type: 'awareness', entries: [{ clientID: a.doc.clientID, state: { name: 'Ada' } }] });
    raw.socket.close();
  });

  it('§6.4 a presence update is relayed to its sender too (keeps a lone client alive)', async () => {
    const boardId = newBoardId();
    const raw = rawClient(server, boardId);
    await raw.opened;
    raw.send(awareness([{ clientID: 4242, clock: 1, state: { hello: true } }]));
    await waitFor(() => raw.frames.map(parseFrame).find((f) => f.type === 'awareness'), 'own state back');
    expect(raw.frames.map(parseFrame).find((f) => f.type === 'awareness')).toEqual({
      type: 'awareness',
      entries: [{ clientID: 4242, clock: 1, state: { hello: true } }],
    });
    raw.socket.close();
  });
});

describe('reconnection (SPEC §1.8)', () => {
  it('§1.8 a provider whose socket the server dropped reconnects and converges, edits made while disconnected included', async () => {
    const boardId = newBoardId();
    const a = open(server, boardId, { reconnect: true });
    const b = open(server, boardId);
    await Promise.all([a.synced, b.synced]);
    a.doc.getMap('m').set('before', 1);
    await waitFor(() => b.doc.getMap('m').get('before') === 1, 'before');

    // Stop A from reconnecting until both sides edited, then drop its socket server-side.
    a.provider.shouldConnect = false;
    const [aConnection] = server.sync.connections((c) => c.boardId === boardId && c.awarenessClientId === a.doc.clientID);
    expect(aConnection).toBeDefined();
    aConnection!.socket.terminate();
    await waitFor(() => !a.provider.wsconnected, 'A disconnected');

    a.doc.getMap('m').set('offlineA', 'a');
    b.doc.getMap('m').set('whileAway', 'b');
    await sleep(100);
    expect(a.doc.getMap('m').get('whileAway')).toBeUndefined();
    expect(b.doc.getMap('m').get('offlineA')).toBeUndefined();

    a.provider.connect();
    await waitFor(() => a.doc.getMap('m').get('whileAway') === 'b' && b.doc.getMap('m').get('offlineA') === 'a', 'converged');
    expect(a.doc.getMap('m').toJSON()).toEqual({ before: 1, offlineA: 'a', whileAway: 'b' });
    expect(b.doc.getMap('m').toJSON()).toEqual(a.doc.getMap('m').toJSON());
  });
});
