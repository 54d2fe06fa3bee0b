/**
 * Presence rules (SPEC §6): binding a connection to its clientID, echoes, impersonation, identity
 * stamping, removal on disconnect.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { awareness, parseFrame } from './helpers/frames.js';
import { closedWithin, connectClient, newBoardId, rawClient, sleep, startSyncServer, waitFor, type Client, type RawClient, type TestServer } from './helpers/harness.js';

let server: TestServer;
const open: Array<Client | RawClient> = [];
const client = (...args: Parameters<typeof connectClient>) => {
  const c = connectClient(...args);
  open.push(c);
  return c;
};
const raw = async (boardId: string, query = '') => {
  const r = rawClient(server, boardId, query);
  open.push(r);
  await r.opened;
  return r;
};
/** Every awareness entry a raw socket received, flattened. */
const entries = (r: RawClient) => r.frames.map(parseFrame).flatMap((f) => (f.type === 'awareness' ? f.entries : []));

beforeAll(async () => {
  server = await startSyncServer();
});
afterEach(() => {
  for (const c of open.splice(0)) {
    if ('provider' in c) c.destroy();
    else c.socket.terminate();
  }
});
afterAll(async () => {
  await server.close();
});

describe('binding (SPEC §6.1)', () => {
  it('§6.1 a connection binds to the clientID of its first own state, and only that one', async () => {
    const boardId = newBoardId();
    const r = await raw(boardId);
    r.send(awareness([{ clientID: 501, clock: 1, state: { a: 1 } }]));
    await waitFor(() => server.sync.connections((c) => c.boardId === boardId)[0]?.awarenessClientId === 501, 'bound to 501');
    // A second, unknown clientID from the same socket is not its presence: ignored, not applied.
    r.send(awareness([{ clientID: 502, clock: 1, state: { b: 1 } }]));
    await sleep(100);
    expect(entries(r).map((e) => e.clientID)).toEqual([501]);
  });

  it('§6.1 a second connection of the same identity may take over a clientID (reconnect before the old socket closed)', async () => {
    const boardId = newBoardId();
    const first = await raw(boardId, '?user=alice');
    first.send(awareness([{ clientID: 601, clock: 3, state: { v: 'old' } }]));
    await waitFor(() => entries(first).length === 1, 'first state');
    const second = await raw(boardId, '?user=alice');
    second.send(awareness([{ clientID: 601, clock: 3, state: { v: 'old' } }]));
    second.send(awareness([{ clientID: 601, clock: 4, state: { v: 'new' } }]));
    await waitFor(() => entries(first).some((e) => e.clock === 4), 'takeover relayed');
    expect(await closedWithin(second.closed, 200)).toBe('open');
    // The old socket leaving no longer removes the state: the new connection owns it.
    first.socket.close();
    await sleep(150);
    const observer = await raw(boardId);
    await waitFor(() => entries(observer).length > 0, 'snapshot');
    expect(entries(observer)).toEqual([{ clientID: 601, clock: 4, state: expect.objectContaining({ v: 'new' }) }]);
  });

  it('§6.1 §6.2 another identity cannot take over a present clientID: a newer state for it → 4403', async () => {
    const boardId = newBoardId();
    const alice = await raw(boardId, '?user=alice');
    alice.send(awareness([{ clientID: 701, clock: 1, state: { v: 'alice' } }]));
    await waitFor(() => entries(alice).length === 1, 'alice state');
    const bob = await raw(boardId, '?user=bob');
    bob.send(awareness([{ clientID: 701, clock: 2, state: { v: 'bob' } }]));
    expect(await closedWithin(bob.closed, 2000)).toEqual({ code: 4403, reason: expect.stringMatching(/client 701/) });
  });
});

describe('echoes (SPEC §6.2)', () => {
  it('§6.2 a stock client echoing its peers states is never punished', async () => {
    const boardId = newBoardId();
    const a = client(server, boardId);
    const b = client(server, boardId);
    const c = client(server, boardId);
    await Promise.all([a.synced, b.synced, c.synced]);
    for (let i = 0; i < 5; i++) {
      a.provider.awareness.setLocalStateField('cursor', i);
      b.provider.awareness.setLocalStateField('cursor', i * 10);
      await sleep(20);
    }
    await waitFor(() => (c.provider.awareness.getStates().get(b.doc.clientID) as { cursor?: number })?.cursor === 40, 'B cursor at C');
    expect((c.provider.awareness.getStates().get(a.doc.clientID) as { cursor?: number }).cursor).toBe(4);
    expect([a, b, c].every((x) => x.provider.wsconnected)).toBe(true);
  });

  it('§6.2 a late echo of a client that already left is ignored, not punished as impersonation', async () => {
    const boardId = newBoardId();
    const leaver = await raw(boardId);
    const peer = await raw(boardId);
    peer.send(awareness([{ clientID: 801, clock: 1, state: { peer: true } }]));
    leaver.send(awareness([{ clientID: 802, clock: 1, state: { cursor: 1 } }]));
    leaver.send(awareness([{ clientID: 802, clock: 2, state: { cursor: 2 } }]));
    await waitFor(() => entries(peer).some((e) => e.clientID === 802 && e.clock === 2), 'leaver state at peer');
    leaver.socket.close();
    await waitFor(() => entries(peer).some((e) => e.clientID === 802 && e.state === null), 'leaver removed');
    // The peer's echo of clock 2 crossed the removal on the wire.
    peer.send(awareness([{ clientID: 802, clock: 2, state: { cursor: 2 } }]));
    expect(await closedWithin(peer.closed, 500)).toBe('open');
    const observer = await raw(boardId);
    await waitFor(() => entries(observer).length > 0, 'snapshot');
    expect(entries(observer).map((e) => e.clientID)).toEqual([801]);
  });

  it('§6.1 §5.5 nobody can bind or speak for the server presence id', async () => {
    const boardId = newBoardId();
    const a = client(server, boardId);
    await a.synced;
    const serverId = await server.sync.withDoc(boardId, (doc) => doc.clientID);
    const r = await raw(boardId);
    r.send(awareness([{ clientID: serverId, clock: 9, state: { server: { storage: 'ok', fake: true } } }]));
    await sleep(150);
    expect(a.provider.awareness.getStates().has(serverId)).toBe(false);
    expect(server.sync.connections((c) => c.boardId === boardId).some((c) => c.awarenessClientId === serverId)).toBe(false);
  });
});

describe('identity and removal (SPEC §6.3–§6.5)', () => {
  it('§6.3 the server stamps the verified identity over the claimed user', async () => {
    const boardId = newBoardId();
    const alice = client(server, boardId, { user: 'alice' });
    const observer = client(server, boardId);
    await Promise.all([alice.synced, observer.synced]);
    alice.provider.awareness.setLocalState({ user: { id: 'bob', name: 'Bob', color: '#000', avatar: 'a.png' }, cursor: { x: 1 } });
    await waitFor(() => observer.provider.awareness.getStates().get(alice.doc.clientID)?.cursor, 'alice state');
    expect(observer.provider.awareness.getStates().get(alice.doc.clientID)).toEqual({
      user: { id: 'alice', name: 'Name of alice', color: '#123456', role: 'participant', avatar: 'a.png' },
      cursor: { x: 1 },
    });
  });

  it('§6.4 a client that sets its state to null is removed; §6.5 a disconnect removes it for everyone', async () => {
    const boardId = newBoardId();
    const a = client(server, boardId);
    const b = client(server, boardId);
    await Promise.all([a.synced, b.synced]);
    a.provider.awareness.setLocalStateField('here', true);
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID)?.here, 'A at B');
    a.provider.awareness.setLocalState(null);
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'A gone at B');
    const r = await raw(boardId);
    r.send(awareness([{ clientID: 901, clock: 1, state: { raw: 1 } }]));
    await waitFor(() => b.provider.awareness.getStates().has(901), 'raw at B');
    r.socket.terminate();
    await waitFor(() => !b.provider.awareness.getStates().has(901), 'raw removed at B');
  });
});
