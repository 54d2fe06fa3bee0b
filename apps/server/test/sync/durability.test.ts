/**
 * Durability of the real, built server process (packages/sync-server/SPEC.md §5): what a second
 * client has received survives SIGKILL; SIGTERM stores every board as a snapshot and exits 0; an
 * evicted board reloads identical. Stock y-websocket providers on `sandbox-*` boards.
 */
import { createRequire } from 'node:module';
import { itOnSqlite } from '../helpers/engine.js';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { api } from '../helpers/api.js';
import { writeNote } from '../helpers/boardContent.js';
import { connectBoard, waitFor, type BoardClient } from '../helpers/clients.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

// better-sqlite3 is a dependency of @canvas/storage, not of this app: load it from there.
const requireFromStorage = createRequire(path.resolve(import.meta.dirname, '../../../../packages/storage/package.json'));
interface ReadOnlyDb {
  prepare(sql: string): { get(...params: unknown[]): unknown };
  close(): void;
}
const Database = requireFromStorage('better-sqlite3') as new (file: string, options: { readonly: boolean }) => ReadOnlyDb;

const SANDBOX = { ALLOW_SANDBOX: 'true' };
const servers: ServerProcess[] = [];
const clients: BoardClient[] = [];

async function start(dataDir?: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const server = await startServer({ dataDir, env: { ...SANDBOX, ...env } });
  servers.push(server);
  return server;
}
function connect(server: ServerProcess, boardId: string): BoardClient {
  const client = connectBoard(server.wsUrl, boardId);
  clients.push(client);
  return client;
}
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.kill('SIGKILL');
});

/** Rows of a board in the server's SQLite file, read through a separate read-only handle. */
function storedRows(dataDir: string, boardId: string): { updates: number; snapshot: Uint8Array | null } {
  const db = new Database(path.join(dataDir, 'canvas-sessions.sqlite'), { readonly: true });
  try {
    const updates = (db.prepare('SELECT count(*) AS n FROM board_updates WHERE board_id = ?').get(boardId) as { n: number }).n;
    const row = db.prepare('SELECT state FROM board_snapshots WHERE board_id = ?').get(boardId) as { state: Buffer } | undefined;
    return { updates, snapshot: row ? new Uint8Array(row.state) : null };
  } finally {
    db.close();
  }
}

const content = (doc: Y.Doc) => ({
  records: doc.getArray('tldraw-records').toJSON(),
  fields: doc.getMap('fields').toJSON(),
  text: doc.getText('notes').toString(),
});

describe('durability of the server process', () => {
  it('§5.2 SIGKILL right after a second client received the edits loses none of them', async () => {
    const first = await start();
    const boardId = `sandbox-crash-${process.pid}`;
    const a = connect(first, boardId);
    const b = connect(first, boardId);
    await Promise.all([a.synced, b.synced]);

    for (let i = 0; i < 20; i++) writeNote(a.doc, { id: `n${i}`, x: i * 10, y: i * 5, text: `note ${i}` });
    b.doc.getText('notes').insert(0, 'written by B; ');
    for (let i = 0; i < 30; i++) a.doc.getMap('fields').set(`f${i}`, i);

    // Kill the process the moment B holds A's last edit: it was relayed, so it must be stored.
    const killed = new Promise<number | null>((resolve) => {
      b.doc.on('update', () => {
        if (b.doc.getMap('fields').get('last') === 'edit') resolve(first.kill('SIGKILL'));
      });
    });
    await waitFor(() => a.doc.getText('notes').length > 0, 5000, 'B text at A');
    a.doc.getMap('fields').set('last', 'edit');
    await killed;
    expect(first.child.signalCode).toBe('SIGKILL');
    const expected = content(a.doc);
    expect(expected.records).toHaveLength(20);
    expect(Object.keys(expected.fields)).toHaveLength(31);

    const second = await start(first.dataDir);
    const fresh = connect(second, boardId);
    await fresh.synced;
    expect(content(fresh.doc)).toEqual(expected);
    expect(content(b.doc)).toEqual(expected);
  });

  itOnSqlite('§1.10 SIGTERM closes clients with 1001, stores the board as a snapshot and exits with code 0', async () => {
    const server = await start(undefined, { EVICT_AFTER_MS: '600000' });
    const boardId = `sandbox-term-${process.pid}`;
    const a = connect(server, boardId);
    const b = connect(server, boardId);
    await Promise.all([a.synced, b.synced]);
    for (let i = 0; i < 5; i++) writeNote(a.doc, { id: `t${i}`, x: i, y: i, text: `term ${i}` });
    a.doc.getMap('fields').set('title', 'before SIGTERM');
    await waitFor(() => b.doc.getMap('fields').get('title') === 'before SIGTERM', 5000, 'title at B');
    expect(storedRows(server.dataDir, boardId).updates).toBe(6);

    expect(await server.kill('SIGTERM')).toBe(0);
    expect(await a.closed).toEqual({ code: 1001, reason: 'server shutting down' });
    const rows = storedRows(server.dataDir, boardId);
    expect(rows.updates).toBe(0);
    expect(rows.snapshot).not.toBeNull();
    const stored = new Y.Doc();
    Y.applyUpdateV2(stored, rows.snapshot!);
    expect(content(stored)).toEqual(content(a.doc));
    expect(server.logs.some((line) => line.includes('some boards could not be stored'))).toBe(false);
  });

  itOnSqlite('§5.3 a board is evicted after its last client leaves and reloads identical', async () => {
    const server = await start();
    const http = api(server.url);
    const boardId = `sandbox-evict-${process.pid}`;
    const a = connect(server, boardId);
    await a.synced;
    for (let i = 0; i < 8; i++) writeNote(a.doc, { id: `e${i}`, x: i, y: -i, text: `evict ${i}` });
    a.doc.getText('notes').insert(0, 'hello');
    await waitFor(() => storedRows(server.dataDir, boardId).updates === 9, 5000, 'nine rows');
    const expected = content(a.doc);
    const stateVector = Y.encodeStateVector(a.doc);
    expect((await http.get('/api/health')).body).toMatchObject({ rooms: 1, connections: 1, dirtyRooms: 0 });
    // Readiness (docs/deployment.md): the store answers.
    expect(await http.get('/api/ready')).toEqual({ status: 200, body: { ready: true } });

    a.destroy();
    // EVICT_AFTER_MS is 200 in these tests.
    const since = Date.now();
    for (;;) {
      const health = (await http.get('/api/health')).body;
      if (health.rooms === 0) break;
      if (Date.now() - since > 5000) throw new Error(`not evicted: ${JSON.stringify(health)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const rows = storedRows(server.dataDir, boardId);
    expect(rows.updates).toBe(0);
    expect(rows.snapshot).not.toBeNull();

    const fresh = connect(server, boardId);
    await fresh.synced;
    expect(content(fresh.doc)).toEqual(expected);
    expect(Y.encodeStateVector(fresh.doc)).toEqual(stateVector);
    expect((await http.get('/api/health')).body).toMatchObject({ rooms: 1, connections: 1 });
  });
});
