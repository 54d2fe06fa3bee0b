/**
 * A peer that stops reading (SPEC §3.3): once its unsent output passes maxBufferedBytes it is
 * closed with 4030, and the rest of the board is unaffected.
 */
import type { Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CloseCode } from '../src/closeCodes.js';
import { mapEdit, update } from './helpers/frames.js';
import { connectClient, editFlows, newBoardId, rawClient, startSyncServer, waitFor, type TestServer } from './helpers/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startSyncServer({ limits: { maxBufferedBytes: 256 * 1024 } });
});
afterAll(async () => {
  await server.close();
});

it('§3.3 a client that does not read is closed with 4030 once its send queue overflows', async () => {
  const boardId = newBoardId('slow');
  const a = connectClient(server, boardId);
  const b = connectClient(server, boardId);
  await Promise.all([a.synced, b.synced]);
  const slow = rawClient(server, boardId);
  await slow.opened;
  await waitFor(() => server.sync.connections((c) => c.boardId === boardId).length === 3, 'three connections');
  const tcp = (slow.socket as unknown as { _socket: Socket })._socket;
  tcp.pause();

  const writer = rawClient(server, boardId);
  await writer.opened;
  const chunk = 'z'.repeat(200 * 1024);
  let sent = 0;
  // Enough to fill the loopback's kernel buffers and then the server's own queue.
  while (sent < 80 && server.sync.connections((c) => c.boardId === boardId).length >= 4) {
    writer.send(update(mapEdit(`big${sent}`, chunk, 10_000 + sent)));
    sent++;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await waitFor(() => server.sync.connections((c) => c.boardId === boardId).length === 3, 'slow connection dropped', 10_000);
  tcp.resume();
  expect(await slow.closed).toEqual({ code: CloseCode.SlowConsumer, reason: 'send queue overflow: the client is not reading' });
  // The honest clients still have a working board (and got every chunk).
  await waitFor(() => b.doc.getMap('m').size === sent, 'every chunk at B', 10_000);
  expect(await editFlows(a, b)).toBe(true);
  a.destroy();
  b.destroy();
  writer.socket.close();
});
