/**
 * Read-only connections (SPEC §7): they receive the board and its updates, their edits are never
 * applied, they are told so, and rights change on open sockets.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapEdit, parseFrame, syncMessage, update } from './helpers/frames.js';
import { closedWithin, connectClient, newBoardId, rawClient, sleep, startSyncServer, waitFor, type Client, type TestServer } from './helpers/harness.js';

const DENIED = 'read-only: this board does not accept your changes';
let server: TestServer;
const clients: Client[] = [];
const open = (...args: Parameters<typeof connectClient>) => {
  const c = connectClient(...args);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  server = await startSyncServer();
});
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});
afterAll(async () => {
  await server.close();
});

describe('read-only (SPEC §7)', () => {
  it('§7.1 a read-only provider receives the state and later updates', async () => {
    const boardId = newBoardId('ro');
    const writer = open(server, boardId);
    await writer.synced;
    writer.doc.getMap('m').set('before', 1);
    const viewer = open(server, boardId, { access: 'read' });
    await viewer.synced;
    expect(viewer.doc.getMap('m').toJSON()).toEqual({ before: 1 });
    writer.doc.getMap('m').set('after', 2);
    await waitFor(() => viewer.doc.getMap('m').get('after') === 2, 'update at viewer');
    expect(viewer.permissionDenied).toEqual([]);
  });

  it('§7.2 a viewer of a board with deletions syncs without being told "permission denied"', async () => {
    // The stock client answers the server's SyncStep1 with its whole delete set: knowing deletions
    // the board already has is not a change, and must not count as a refused write.
    const boardId = newBoardId('ro');
    const writer = open(server, boardId);
    await writer.synced;
    writer.doc.getMap('m').set('gone', 1);
    writer.doc.getMap('m').delete('gone');
    writer.doc.getMap('m').set('kept', 2);
    const viewer = open(server, boardId, { access: 'read' });
    await viewer.synced;
    await waitFor(() => viewer.doc.getMap('m').get('kept') === 2, 'state at viewer');
    writer.doc.getMap('m').delete('kept');
    await waitFor(() => !viewer.doc.getMap('m').has('kept'), 'deletion at viewer');
    // Reconnect: now the viewer's SyncStep2 carries the deletions it learnt from the board.
    viewer.provider.disconnect();
    viewer.provider.connect();
    await waitFor(() => viewer.provider.synced && viewer.provider.wsconnected, 'viewer back');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(viewer.permissionDenied).toEqual([]);
  });

  it('§7.2 its edits are never applied: other clients and a reload do not see them; it is told, and stays open', async () => {
    const boardId = newBoardId('ro');
    const writer = open(server, boardId);
    const viewer = open(server, boardId, { access: 'read' });
    await Promise.all([writer.synced, viewer.synced]);
    viewer.doc.getMap('m').set('sneaky', 'edit');
    await waitFor(() => viewer.permissionDenied.length === 1, 'permission denied');
    expect(viewer.permissionDenied).toEqual([DENIED]);
    writer.doc.getMap('m').set('legit', 1);
    await waitFor(() => viewer.doc.getMap('m').get('legit') === 1, 'legit at viewer');
    expect(writer.doc.getMap('m').has('sneaky')).toBe(false);
    expect(viewer.provider.wsconnected).toBe(true);
    expect(await server.sync.withDoc(boardId, (doc) => doc.getMap('m').toJSON())).toEqual({ legit: 1 });
    const reloaded = open(server, boardId);
    await reloaded.synced;
    expect(reloaded.doc.getMap('m').toJSON()).toEqual({ legit: 1 });
    const stored = new Y.Doc();
    Y.applyUpdateV2(stored, (await server.store.load(boardId))!);
    expect(stored.getMap('m').toJSON()).toEqual({ legit: 1 });
  });

  it('§7.2 a viewer that arrives with local content offers it in SyncStep2: refused, not applied', async () => {
    const boardId = newBoardId('ro');
    const writer = open(server, boardId);
    await writer.synced;
    const offline = new Y.Doc();
    offline.getMap('m').set('offline', true);
    const viewer = open(server, boardId, { access: 'read', doc: offline });
    await viewer.synced;
    await waitFor(() => viewer.permissionDenied.length > 0, 'denied');
    await sleep(50);
    expect(writer.doc.getMap('m').has('offline')).toBe(false);
    expect(await server.sync.withDoc(boardId, (doc) => doc.getMap('m').has('offline'))).toBe(false);
  });

  it('§7.2 raw Update and SyncStep2 from a read-only socket: denied each time, empty updates ignored silently', async () => {
    const boardId = newBoardId('ro');
    const writer = open(server, boardId);
    await writer.synced;
    const raw = rawClient(server, boardId, '?access=read');
    await raw.opened;
    raw.send(update(mapEdit('u', 1)));
    raw.send(syncMessage(1, mapEdit('s', 2)));
    raw.send(update(Y.encodeStateAsUpdate(new Y.Doc())));
    await waitFor(() => raw.frames.map(parseFrame).filter((f) => f.type === 'auth').length === 2, 'two denials');
    await sleep(100);
    expect(raw.frames.map(parseFrame).filter((f) => f.type === 'auth')).toEqual([
      { type: 'auth', reason: DENIED },
      { type: 'auth', reason: DENIED },
    ]);
    expect(await closedWithin(raw.closed, 100)).toBe('open');
    expect(writer.doc.getMap('m').toJSON()).toEqual({});
    raw.socket.close();
  });

  it('§6.6 a read-only client may share its presence', async () => {
    const boardId = newBoardId('ro');
    const writer = open(server, boardId);
    const viewer = open(server, boardId, { access: 'read' });
    await Promise.all([writer.synced, viewer.synced]);
    viewer.provider.awareness.setLocalStateField('watching', true);
    await waitFor(() => writer.provider.awareness.getStates().get(viewer.doc.clientID)?.watching, 'viewer presence at writer');
  });

  it('§7.3 setAccess on open sockets: read→write lets the refused edits in, write→read refuses new ones', async () => {
    const boardId = newBoardId('ro');
    const writer = open(server, boardId);
    const viewer = open(server, boardId, { access: 'read', user: 'vera' });
    await Promise.all([writer.synced, viewer.synced]);
    viewer.doc.getMap('m').set('refused', 1);
    await waitFor(() => viewer.permissionDenied.length === 1, 'denied');

    expect(server.sync.setAccess((c) => c.boardId === boardId && c.tags.user === 'vera', 'write')).toBe(1);
    // The server re-runs the handshake: the viewer's SyncStep2 now brings the refused edit in.
    await waitFor(() => writer.doc.getMap('m').get('refused') === 1, 'refused edit arrives after grant');
    viewer.doc.getMap('m').set('granted', 2);
    await waitFor(() => writer.doc.getMap('m').get('granted') === 2, 'new edit arrives');

    expect(server.sync.setAccess((c) => c.boardId === boardId && c.tags.user === 'vera', 'read')).toBe(1);
    viewer.doc.getMap('m').set('revoked', 3);
    await waitFor(() => viewer.permissionDenied.length === 2, 'denied again');
    writer.doc.getMap('m').set('marker', 4);
    await waitFor(() => viewer.doc.getMap('m').get('marker') === 4, 'marker at viewer');
    expect(writer.doc.getMap('m').toJSON()).toEqual({ refused: 1, granted: 2, marker: 4 });
    expect(viewer.provider.wsconnected).toBe(true);
  });
});
