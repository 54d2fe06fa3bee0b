/**
 * SPEC 1.5a: a large first sync goes out in bounded pieces (Updates, then a SyncStep2 with the
 * delete set), and the stock client ends up with exactly the server's board.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseFrame, syncMessage } from './helpers/frames.js';
import { connectClient, newBoardId, rawClient, startSyncServer, waitFor, type Client, type TestServer } from './helpers/harness.js';

const CHUNK = 16 * 1024;
let server: TestServer;
const clients: Client[] = [];
const open = (...args: Parameters<typeof connectClient>) => {
  const client = connectClient(...args);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  server = await startSyncServer({ limits: { syncChunkBytes: CHUNK } });
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await server.close();
});

/** ~300 B per note, like a post-it record. */
const noteValue = (i: number) => ({ id: `shape:n${i}`, text: `note ${i} `.padEnd(300, 'x'), x: i * 10, y: 0 });

async function boardWithNotes(boardId: string, writers: number, perWriter: number): Promise<Client[]> {
  const docs: Client[] = [];
  for (let w = 0; w < writers; w++) {
    const writer = open(server, boardId);
    await writer.synced;
    writer.doc.transact(() => {
      for (let i = 0; i < perWriter; i++) writer.doc.getMap('notes').set(`w${w}n${i}`, noteValue(i));
    });
    docs.push(writer);
  }
  // A deletion, so that the delete set matters.
  docs[0]!.doc.getMap('notes').delete('w0n0');
  await waitFor(() => docs.every((d) => d.doc.getMap('notes').size === writers * perWriter - 1), 'writers converge');
  return docs;
}

async function answerTo(boardId: string, stateVector: Uint8Array) {
  const raw = rawClient(server, boardId);
  await raw.opened;
  const before = raw.frames.length;
  raw.send(syncMessage(0, stateVector));
  await waitFor(() => raw.frames.slice(before).some((f) => { const p = parseFrame(f); return p.type === 'sync' && p.subType === 1; }), 'SyncStep2');
  const frames = raw.frames.slice(before).map((f) => ({ bytes: f.length, parsed: parseFrame(f) })).filter((f) => f.parsed.type === 'sync' && f.parsed.subType !== 0);
  raw.socket.close();
  return frames as Array<{ bytes: number; parsed: { type: 'sync'; subType: number; payload: Uint8Array } }>;
}

describe('SPEC 1.5a chunked first sync', () => {
  it('a board larger than the bound is sent as Updates of at most the bound, then a SyncStep2; a stock client gets it all', async () => {
    const boardId = newBoardId();
    const writers = await boardWithNotes(boardId, 3, 200); // ~180 KB of notes from three clients
    const frames = await answerTo(boardId, Y.encodeStateVector(new Y.Doc()));
    const updates = frames.filter((f) => f.parsed.subType === 2);
    const last = frames[frames.length - 1]!;
    expect(updates.length).toBeGreaterThanOrEqual(8);
    expect(last.parsed.subType).toBe(1);
    expect(frames.filter((f) => f.parsed.subType === 1)).toHaveLength(1);
    // Structs per piece within the bound (plus the piece's small header and the frame's prefix).
    for (const update of updates) expect(update.bytes).toBeLessThanOrEqual(CHUNK + 64);
    // Applying the pieces in order gives exactly the writers' board, the deletion included.
    const rebuilt = new Y.Doc();
    for (const frame of frames) Y.applyUpdate(rebuilt, frame.parsed.payload);
    expect(rebuilt.getMap('notes').toJSON()).toEqual(writers[0]!.doc.getMap('notes').toJSON());
    expect(rebuilt.getMap('notes').has('w0n0')).toBe(false);
    expect(rebuilt.store.pendingStructs).toBeNull();

    const reader = open(server, boardId);
    await reader.synced;
    expect(reader.doc.getMap('notes').toJSON()).toEqual(writers[0]!.doc.getMap('notes').toJSON());
  });

  it('one transaction of 2,000 notes (a single client) is cut too; a client that has part of it gets only the rest', async () => {
    const boardId = newBoardId();
    const writer = open(server, boardId);
    await writer.synced;
    writer.doc.transact(() => {
      for (let i = 0; i < 2000; i++) writer.doc.getMap('notes').set(`n${i}`, noteValue(i));
    });
    const partial = new Y.Doc();
    Y.applyUpdate(partial, Y.encodeStateAsUpdate(writer.doc));
    writer.doc.transact(() => {
      for (let i = 2000; i < 2100; i++) writer.doc.getMap('notes').set(`n${i}`, noteValue(i));
    });
    const reader = open(server, boardId);
    await reader.synced;
    await waitFor(() => reader.doc.getMap('notes').size === 2100, 'stored on the server');
    const full = await answerTo(boardId, Y.encodeStateVector(new Y.Doc()));
    expect(full.length).toBeGreaterThan(2000 * 300 / CHUNK);
    for (const frame of full.slice(0, -1)) expect(frame.bytes).toBeLessThanOrEqual(CHUNK + 64);

    const rest = await answerTo(boardId, Y.encodeStateVector(partial));
    // 100 notes (~31 KB) lacking: two or three pieces, not the whole board again.
    const restBytes = rest.reduce((sum, f) => sum + f.bytes, 0);
    expect(restBytes).toBeLessThan(60 * 1024);
    for (const frame of rest) Y.applyUpdate(partial, frame.parsed.payload);
    expect(partial.getMap('notes').size).toBe(2100);
  });

  it('one struct holding 2,000 array values (how Yjs stores a transaction of pushes, as the tldraw records) is cut inside', async () => {
    const boardId = newBoardId();
    const writer = open(server, boardId);
    await writer.synced;
    const records = writer.doc.getArray('records');
    records.push(Array.from({ length: 2000 }, (_, i) => noteValue(i)));
    writer.doc.transact(() => records.delete(10, 5));
    const reader = open(server, boardId);
    await reader.synced;
    await waitFor(() => reader.doc.getArray('records').length === 1995, 'stored on the server');
    const frames = await answerTo(boardId, Y.encodeStateVector(new Y.Doc()));
    expect(frames.length).toBeGreaterThan((2000 * 300) / CHUNK);
    for (const frame of frames.slice(0, -1)) expect(frame.bytes).toBeLessThanOrEqual(CHUNK + 64);
    const rebuilt = new Y.Doc();
    for (const frame of frames) Y.applyUpdate(rebuilt, frame.parsed.payload);
    expect(rebuilt.getArray('records').toJSON()).toEqual(records.toJSON());
    expect(rebuilt.store.pendingStructs).toBeNull();
    // A stock client that had the first half gets only what it lacks.
    const half = new Y.Doc();
    Y.applyUpdate(half, Y.encodeStateAsUpdate(writer.doc));
    records.push(Array.from({ length: 300 }, (_, i) => noteValue(5000 + i)));
    await waitFor(() => reader.doc.getArray('records').length === 2295, 'more stored');
    const rest = await answerTo(boardId, Y.encodeStateVector(half));
    expect(rest.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThan(130 * 1024);
    for (const frame of rest) Y.applyUpdate(half, frame.parsed.payload);
    expect(half.getArray('records').toJSON()).toEqual(records.toJSON());
  });

  it('a small board still answers with one SyncStep2, as in 1.5', async () => {
    const boardId = newBoardId();
    const writer = open(server, boardId);
    await writer.synced;
    writer.doc.getMap('notes').set('a', noteValue(1));
    await waitFor(() => server.sync.stats().rooms === 1, 'room');
    const frames = await answerTo(boardId, Y.encodeStateVector(new Y.Doc()));
    expect(frames.map((f) => f.parsed.subType)).toEqual([1]);
  });
});
