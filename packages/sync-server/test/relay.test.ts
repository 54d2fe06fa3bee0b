/**
 * §5.2 relay: a client's update is relayed as its own bytes when it integrates cleanly, and as the
 * integrated result when Yjs held parts back (updates arriving before their dependencies).
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { update } from './helpers/frames.js';
import { connectClient, newBoardId, rawClient, startSyncServer, waitFor, type TestServer } from './helpers/harness.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('relay (SPEC §5.2)', () => {
  it('§5.2 updates that arrive before their dependencies still reach every peer, in full', async () => {
    server = await startSyncServer();
    const boardId = newBoardId('relay');
    const watcher = connectClient(server, boardId);
    await watcher.synced;
    // Three successive edits of one client, sent to the server in the order 3, 2, 1.
    const author = new Y.Doc();
    const updates: Uint8Array[] = [];
    author.on('update', (u: Uint8Array) => updates.push(u));
    author.getMap('m').set('a', 1);
    author.getMap('m').set('b', 2);
    author.getMap('m').set('a', 3);
    const raw = rawClient(server, boardId);
    await raw.opened;
    for (const u of [...updates].reverse()) raw.send(update(u));
    await waitFor(() => watcher.doc.getMap('m').get('b') === 2 && watcher.doc.getMap('m').get('a') === 3, 'all three edits at the watcher');
    expect(watcher.doc.getMap('m').toJSON()).toEqual({ a: 3, b: 2 });
    raw.socket.close();
    watcher.destroy();
  });
});
