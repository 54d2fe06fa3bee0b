/**
 * A real sync server for tests: node http + `ws` on an ephemeral loopback port, handing every
 * upgraded socket to `SyncServer.handleConnection`. The board id is the URL path; the query picks
 * the rights (`?access=read`) and an optional identity (`?user=alice`). Frames larger than
 * `limits.maxMessageBytes` are refused by `ws` (maxPayload), the way apps/server wires it.
 */
import * as decoding from 'lib0/decoding';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MemoryBoardStore } from '../../src/MemoryBoardStore.js';
import type { SyncLimits } from '../../src/options.js';
import { SyncServer } from '../../src/SyncServer.js';
import type { AccessMode, BoardStore, SyncLogger, UpdateCheck } from '../../src/types.js';

export interface TestServer {
  url: string;
  sync: SyncServer;
  store: BoardStore;
  logs: Array<{ level: string; obj: object; msg?: string }>;
  close(): Promise<void>;
}

export async function startSyncServer(options: { store?: BoardStore; limits?: Partial<SyncLimits>; checkUpdate?: UpdateCheck } = {}): Promise<TestServer> {
  const store = options.store ?? new MemoryBoardStore();
  const logs: TestServer['logs'] = [];
  const log = (level: string) => (obj: object, msg?: string) => void logs.push({ level, obj, msg });
  const logger: SyncLogger = { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
  const sync = new SyncServer({ store, logger, checkUpdate: options.checkUpdate, limits: { evictAfterMs: 100, ...options.limits } });
  const httpServer = http.createServer((_req, res) => res.writeHead(426).end());
  const wss = new WebSocketServer({ noServer: true, maxPayload: sync.limits.maxMessageBytes, perMessageDeflate: false });
  httpServer.on('upgrade', (request, socket, head) => {
    wss.handleUpgrade(request, socket, head, (ws) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const boardId = decodeURIComponent(url.pathname.slice(1));
      const access = (url.searchParams.get('access') ?? 'write') as AccessMode;
      const user = url.searchParams.get('user');
      const identity = user ? { userId: user, name: `Name of ${user}`, color: '#123456', role: 'participant' } : undefined;
      sync.handleConnection(ws, { boardId, access, identity, tags: user ? { user } : {} });
    });
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    sync,
    store,
    logs,
    async close() {
      await sync.shutdown();
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves on the first SyncStep2 from the server. */
  synced: Promise<void>;
  /** Resolves with the first close the server sent. */
  closed: Promise<{ code: number; reason: string }>;
  /** Reasons of every auth "permission denied" message received. */
  permissionDenied: string[];
  destroy(): void;
}

/**
 * The STOCK y-websocket `WebsocketProvider`, in Node through `ws`. BroadcastChannel is disabled so
 * that providers in this process can only meet through the server.
 */
export function connectClient(
  server: TestServer,
  boardId: string,
  options: { access?: AccessMode; user?: string; doc?: Y.Doc; reconnect?: boolean } = {},
): Client {
  const doc = options.doc ?? new Y.Doc();
  const params: Record<string, string> = {};
  if (options.access) params.access = options.access;
  if (options.user) params.user = options.user;
  const provider = new WebsocketProvider(server.url, boardId, doc, {
    WebSocketPolyfill: WebSocket as never,
    params,
    disableBc: true,
    maxBackoffTime: 200,
  });
  const permissionDenied: string[] = [];
  const synced = new Promise<void>((resolve) => {
    provider.on('sync', (isSynced: boolean) => {
      if (isSynced) resolve();
    });
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    provider.on('connection-close', (event: { code: number; reason: string } | null) => {
      if (!event) return;
      if (!options.reconnect) provider.shouldConnect = false;
      resolve({ code: event.code, reason: event.reason });
    });
  });
  // The stock client only console.warns "permission denied"; capture it instead.
  (provider as unknown as { messageHandlers: Array<(e: unknown, d: decoding.Decoder) => void> }).messageHandlers[2] = (_e, decoder) => {
    decoding.readVarUint(decoder);
    permissionDenied.push(decoding.readVarString(decoder));
  };
  return {
    doc,
    provider,
    synced,
    closed,
    permissionDenied,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export interface RawClient {
  socket: WebSocket;
  /** Every binary frame received, in order. */
  frames: Uint8Array[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  send(frame: Uint8Array): void;
}

/** A bare `ws` socket for protocol abuse; frames are built by hand in frames.ts. */
export function rawClient(server: TestServer, boardId: string, query = ''): RawClient {
  const socket = new WebSocket(`${server.url}/${boardId}${query}`);
  const frames: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
  socket.on('error', () => {});
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('close', () => reject(new Error('closed before open')));
  });
  opened.catch(() => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  return { socket, frames, opened, closed, send: (frame) => socket.send(frame) };
}

export async function waitFor<T>(fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, what = 'condition', ms = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the close, or 'open' if the socket is still open after `ms`. */
export function closedWithin(promise: Promise<{ code: number; reason: string }>, ms: number): Promise<{ code: number; reason: string } | 'open'> {
  return Promise.race([promise, sleep(ms).then(() => 'open' as const)]);
}

let boardCounter = 0;
/** A board id unique within the test run. */
export const newBoardId = (prefix = 'board') => `${prefix}-${process.pid}-${++boardCounter}`;

/** Asserts that an edit from `from` reaches `to` (through the server). */
export async function editFlows(from: Client, to: Client, key = `k${Math.random().toString(36).slice(2)}`): Promise<boolean> {
  from.doc.getMap('m').set(key, 'v');
  try {
    await waitFor(() => to.doc.getMap('m').get(key) === 'v', `edit ${key} to flow`, 3000);
    return true;
  } catch {
    return false;
  }
}
