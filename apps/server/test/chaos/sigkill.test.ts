/**
 * Durability under crashes (docs/reliability.md): stock y-websocket clients keep writing unique
 * keys while the real server process is killed with SIGKILL and restarted on the same DATA_DIR and
 * port, several times. Afterwards every key any client wrote is in every client, in a fresh client
 * and in the store (SQLite, or PostgreSQL on that pass): zero lost. The long version: `pnpm --filter @canvas/bench chaos -- --rounds 100`.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { sleep, waitFor } from '../helpers/clients.js';
import { openStoredBoards } from '../helpers/engine.js';
import { startServer, tempDataDir, type ServerProcess } from '../helpers/serverProcess.js';

const ROUNDS = Number(process.env.CHAOS_ROUNDS ?? 5);
const BOARDS = ['sandbox-chaos-a', 'sandbox-chaos-b'];
const CLIENTS_PER_BOARD = 3;
const ENV = { ALLOW_SANDBOX: 'true' };

/** A stock client that reconnects on its own (as in a browser) and writes unique keys. */
class Writer {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly written: string[] = [];
  private timer: NodeJS.Timeout | null = null;
  private n = 0;

  constructor(
    wsUrl: string,
    readonly boardId: string,
    readonly name: string,
  ) {
    this.provider = new WebsocketProvider(`${wsUrl}/sync`, boardId, this.doc, {
      WebSocketPolyfill: WebSocket as any,
      disableBc: true,
      maxBackoffTime: 300,
    });
  }

  start(everyMs: number): void {
    this.timer = setInterval(() => {
      const key = `${this.name}:${this.n++}`;
      this.doc.getMap('kv').set(key, this.n);
      this.written.push(key);
    }, everyMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  get ready(): boolean {
    return this.provider.wsconnected && this.provider.synced;
  }

  destroy(): void {
    this.stop();
    this.provider.destroy();
    this.doc.destroy();
  }
}

let server: ServerProcess | undefined;
const writers: Writer[] = [];
const dataDir = tempDataDir('canvas-chaos-');

afterAll(async () => {
  for (const w of writers) w.destroy();
  await server?.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function missingIn(doc: Y.Doc, keys: string[]): string[] {
  const kv = doc.getMap('kv');
  return keys.filter((k) => !kv.has(k));
}

describe('SIGKILL while clients write', () => {
  it(`loses no edit across ${ROUNDS} crashes and restarts on the same data dir and port`, async () => {
    const started = Date.now();
    server = await startServer({ dataDir, env: ENV });
    const port = server.port;
    for (const boardId of BOARDS) {
      for (let c = 0; c < CLIENTS_PER_BOARD; c++) writers.push(new Writer(server.wsUrl, boardId, `${boardId}/c${c}`));
    }
    await waitFor(() => writers.every((w) => w.ready), 10_000, 'clients to sync');
    for (const w of writers) w.start(15 + Math.floor(Math.random() * 20));

    let seed = 0x9e3779b9;
    const random = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    for (let round = 1; round <= ROUNDS; round++) {
      await sleep(800 + random() * 1500);
      const before = writers.reduce((n, w) => n + w.written.length, 0);
      await server.kill('SIGKILL');
      // Clients keep writing offline while the server is down.
      await sleep(100 + random() * 400);
      server = await startServer({ dataDir, port, env: ENV });
      await waitFor(() => writers.every((w) => w.ready), 15_000, `clients to reconnect after crash ${round}`);
      console.log(`chaos: crash ${round}/${ROUNDS} after ${before} writes; all ${writers.length} clients back`);
    }
    await sleep(500);
    for (const w of writers) w.stop();
    const total = writers.reduce((n, w) => n + w.written.length, 0);

    // Every client holds every key written on its board.
    for (const boardId of BOARDS) {
      const onBoard = writers.filter((w) => w.boardId === boardId);
      const keys = onBoard.flatMap((w) => w.written);
      await waitFor(() => onBoard.every((w) => missingIn(w.doc, keys).length === 0), 15_000, `convergence on ${boardId}`).catch(() => undefined);
      for (const w of onBoard) expect(missingIn(w.doc, keys), `${w.name} is missing keys`).toEqual([]);
    }

    // Let the last updates reach the store, then crash once more: the store must hold them all.
    await sleep(300);
    await server.kill('SIGKILL');
    for (const w of writers) w.provider.disconnect();
    const stored = await openStoredBoards(dataDir);
    try {
      for (const boardId of BOARDS) {
        const keys = writers.filter((w) => w.boardId === boardId).flatMap((w) => w.written);
        const state = await stored.load(boardId);
        expect(state, `${boardId} stored`).not.toBeNull();
        const doc = new Y.Doc();
        Y.applyUpdateV2(doc, state!);
        expect(missingIn(doc, keys), `store is missing keys of ${boardId}`).toEqual([]);
      }
    } finally {
      await stored.close();
    }

    // And a fresh client after a last restart gets everything back from the server.
    server = await startServer({ dataDir, port, env: ENV });
    for (const boardId of BOARDS) {
      const fresh = new Writer(server.wsUrl, boardId, 'fresh');
      try {
        await waitFor(() => fresh.ready, 10_000, 'fresh client to sync');
        const keys = writers.filter((w) => w.boardId === boardId).flatMap((w) => w.written);
        expect(missingIn(fresh.doc, keys)).toEqual([]);
      } finally {
        fresh.destroy();
      }
    }
    console.log(`chaos: ${ROUNDS} SIGKILLs, ${total} writes by ${writers.length} clients on ${BOARDS.length} boards, 0 lost (${Date.now() - started} ms)`);
  }, 60_000);
});
