import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface BoardClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves on the server's SyncStep2 (the board's state arrived). */
  synced: Promise<void>;
  /** Resolves with the close code and reason of the first server-side close. */
  closed: Promise<{ code: number; reason: string }>;
  permissionDenied: string[];
  destroy(): void;
}

/**
 * A stock y-websocket client (the real `WebsocketProvider`) on `/sync/<boardId>?token=…`.
 * Reconnection is disabled after the first close so that tests observe close codes.
 */
export function connectBoard(wsUrl: string, boardId: string, token?: string, params: Record<string, string> = {}): BoardClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${wsUrl}/sync`, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { ...params, ...(token ? { token } : {}) },
    disableBc: true,
    maxBackoffTime: 100_000,
  });
  const permissionDenied: string[] = [];
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    provider.on('sync', (isSynced: boolean) => {
      if (isSynced) resolve();
    });
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    provider.on('connection-close', (event: CloseEvent | null) => {
      if (!event) return;
      provider.shouldConnect = false;
      resolve({ code: event.code, reason: event.reason });
    });
  });
  // The stock client reports "permission denied" only through console.warn; capture it.
  (provider as unknown as { messageHandlers: Record<number, unknown> }).messageHandlers[2] = (
    _encoder: unknown,
    decoder: decoding.Decoder,
  ) => {
    // auth message: varUint(0 = permission denied) + varString(reason)
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

/** Resolves with 'synced' or the close, whichever comes first (or 'timeout'). */
export async function outcome(client: BoardClient, ms = 5000): Promise<'synced' | { code: number; reason: string } | 'timeout'> {
  return Promise.race([
    client.synced.then(() => 'synced' as const),
    client.closed,
    new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms)),
  ]);
}

export async function waitFor<T>(fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 5000, what = 'condition'): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
