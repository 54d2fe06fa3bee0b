/**
 * SPEC 3.1 of @canvas/sync-server: a frame over MAX_MESSAGE_BYTES closes the socket with 1009, every
 * time. It used to arrive as 1006 now and then: the server terminated the socket on the `error`
 * event `ws` emits for the oversized frame, while the client was still sending it, so the peer got a
 * reset instead of the close frame `ws` had just queued.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

const MAX_MESSAGE_BYTES = 64 * 1024;
let server: ServerProcess;

beforeAll(async () => {
  server = await startServer({ env: { ALLOW_SANDBOX: 'true', MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES) } });
});
afterAll(async () => {
  await server?.kill();
});

function sendOversized(bytes: number): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${server.wsUrl}/sync/sandbox-oversized`, { perMessageDeflate: false });
    const timer = setTimeout(() => {
      ws.terminate();
      resolve(-1);
    }, 10_000);
    ws.on('open', () => ws.send(new Uint8Array(bytes), { binary: true }));
    ws.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    ws.on('error', () => {});
  });
}

it('SPEC 3.1: an oversized frame always closes with 1009 (never a reset: 1006)', async () => {
  const codes: number[] = [];
  // Frames far over the limit keep the client writing while the server refuses them: the race that
  // used to end in a reset.
  for (let i = 0; i < 8; i++) codes.push(await sendOversized(MAX_MESSAGE_BYTES * 256));
  expect(codes).toEqual(codes.map(() => 1009));
  const health = await fetch(`${server.url}/api/health`);
  expect(health.status).toBe(200);
}, 120_000);
