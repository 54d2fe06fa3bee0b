/**
 * Long chaos run: `pnpm --filter @canvas/bench chaos -- --rounds 100 [--boards 4] [--clients 4] [--seed N]`
 *
 * Stock y-websocket clients (reconnecting, as in a browser) keep writing unique keys while the
 * real server (apps/server/dist/main.js) is killed with SIGKILL and restarted on the same data dir
 * and port. At the end every key must be in every client of its board, in the SQLite store after
 * one more SIGKILL, and in a fresh client after a last restart. Exit code 1 on any loss.
 * The CI version is apps/server/test/chaos/sigkill.test.ts.
 */
import { DATABASE_FILE, openDatabase, SqliteBoardStore, SqliteClient } from '@canvas/storage';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { SERVER_MAIN } from './servers.js';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const ROUNDS = opt('rounds', 20);
const BOARDS = opt('boards', 4);
const CLIENTS = opt('clients', 4);
let seed = opt('seed', Date.now() % 2 ** 31) >>> 0;
const initialSeed = seed;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(fn: () => boolean, ms: number, what: string): Promise<void> {
  const start = Date.now();
  while (!fn()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

interface Server {
  child: ChildProcess;
  port: number;
}

async function start(dataDir: string, port: number): Promise<Server> {
  const child = spawn(process.execPath, [SERVER_MAIN], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', ALLOW_SANDBOX: 'true', EVICT_AFTER_MS: '200' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const bound = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs.join('')}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      logs.push(chunk.toString());
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(chunk.toString());
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${logs.join('')}`));
    });
  });
  return { child, port: bound };
}

function kill(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill('SIGKILL');
  });
}

class Writer {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly written: string[] = [];
  private timer: NodeJS.Timeout | null = null;
  private n = 0;
  constructor(port: number, readonly boardId: string, readonly name: string) {
    this.provider = new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, boardId, this.doc, {
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

const missingIn = (doc: Y.Doc, keys: string[]) => {
  const kv = doc.getMap('kv');
  return keys.filter((k) => !kv.has(k));
};

async function main(): Promise<void> {
  console.log(`chaos: ${ROUNDS} rounds, ${BOARDS} boards × ${CLIENTS} clients, seed ${initialSeed}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'canvas-chaos-'));
  const started = Date.now();
  let server = await start(dataDir, 0);
  const port = server.port;
  const boards = Array.from({ length: BOARDS }, (_, b) => `sandbox-chaos-${b}`);
  const writers = boards.flatMap((boardId) => Array.from({ length: CLIENTS }, (_, c) => new Writer(port, boardId, `${boardId}/c${c}`)));
  let lost = 0;
  try {
    await waitFor(() => writers.every((w) => w.ready), 15_000, 'clients to sync');
    for (const w of writers) w.start(15 + Math.floor(random() * 30));
    for (let round = 1; round <= ROUNDS; round++) {
      await sleep(300 + random() * 2000);
      await kill(server);
      await sleep(50 + random() * 500);
      server = await start(dataDir, port);
      await waitFor(() => writers.every((w) => w.ready), 20_000, `clients to reconnect after crash ${round}`);
      if (round % 10 === 0 || round === ROUNDS) {
        console.log(`  crash ${round}/${ROUNDS}: ${writers.reduce((n, w) => n + w.written.length, 0)} writes so far`);
      }
    }
    await sleep(500);
    for (const w of writers) w.stop();
    const total = writers.reduce((n, w) => n + w.written.length, 0);
    for (const boardId of boards) {
      const onBoard = writers.filter((w) => w.boardId === boardId);
      const keys = onBoard.flatMap((w) => w.written);
      await waitFor(() => onBoard.every((w) => missingIn(w.doc, keys).length === 0), 20_000, `convergence on ${boardId}`).catch(() => undefined);
      for (const w of onBoard) {
        const missing = missingIn(w.doc, keys);
        if (missing.length) console.log(`  LOST in client ${w.name}: ${missing.length} keys, e.g. ${missing.slice(0, 5).join(', ')}`);
        lost += missing.length;
      }
    }
    await sleep(300);
    await kill(server);
    for (const w of writers) w.provider.disconnect();
    if (!fs.existsSync(path.join(dataDir, DATABASE_FILE))) throw new Error('no database file');
    const db = openDatabase({ dataDir });
    const store = new SqliteBoardStore(new SqliteClient(db));
    for (const boardId of boards) {
      const keys = writers.filter((w) => w.boardId === boardId).flatMap((w) => w.written);
      const doc = new Y.Doc();
      const stored = await store.load(boardId);
      if (stored) Y.applyUpdateV2(doc, stored);
      const missing = missingIn(doc, keys);
      if (missing.length) console.log(`  LOST in store for ${boardId}: ${missing.length} keys`);
      lost += missing.length;
    }
    db.close();
    server = await start(dataDir, port);
    for (const boardId of boards) {
      const fresh = new Writer(port, boardId, 'fresh');
      await waitFor(() => fresh.ready, 15_000, 'fresh client');
      const missing = missingIn(fresh.doc, writers.filter((w) => w.boardId === boardId).flatMap((w) => w.written));
      if (missing.length) console.log(`  LOST for a fresh client on ${boardId}: ${missing.length} keys`);
      lost += missing.length;
      fresh.destroy();
    }
    console.log(`chaos: ${ROUNDS} SIGKILLs, ${total} writes by ${writers.length} clients on ${BOARDS} boards, ${lost} lost, ${Math.round((Date.now() - started) / 1000)} s (seed ${initialSeed})`);
  } finally {
    for (const w of writers) w.destroy();
    await kill(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  process.exit(lost === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
