/**
 * The answer to a SyncStep1 in bounded pieces (SPEC 1.5, 1.14): a raw socket records every frame of
 * the answer; the stock client applies every piece and reports `synced` once it holds the board.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { defaultSyncLimits } from '../src/options.js';
import { parseFrame, syncMessage } from './helpers/frames.js';
import { connectClient, newBoardId, rawClient, startSyncServer, waitFor, type Client, type TestServer } from './helpers/harness.js';

const BOUND = defaultSyncLimits.syncChunkBytes;
/** Type, sub-type and the payload's length varint around a piece. */
const FRAME_OVERHEAD = 8;

let server: TestServer;
const cleanup: Array<() => unknown> = [];
beforeAll(async () => {
  server = await startSyncServer();
});
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});
afterAll(async () => {
  await server.close();
});

/** A note of 300–500 bytes, as tldraw's records array (y-utility YKeyValue) holds it. */
const note = (author: number, i: number) => ({
  key: `shape:${author}-${i}`,
  val: { id: `shape:${author}-${i}`, typeName: 'shape', type: 'note', x: i * 7, y: author * 11, props: { text: `${i} `.repeat(100 + ((i * 37) % 100)).slice(0, 300 + ((i * 37) % 200)) } },
});

function oneTransactionBoard(notes = 2000): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const records = doc.getArray('records');
    for (let i = 0; i < notes; i++) records.push([note(0, i)]);
  });
  return doc;
}

/**
 * Four clients taking turns, each seeing the others' notes before writing its next ones (so that
 * each client's notes follow another's: origins cross clients in every direction), then deleting
 * every twelfth note, each client the others' too.
 */
function manyClientsBoard(rounds = 50, perTurn = 10): { doc: Y.Doc; docs: Y.Doc[] } {
  const docs = [0, 1, 2, 3].map(() => new Y.Doc());
  let queued: Array<{ from: number; update: Uint8Array }> = [];
  docs.forEach((doc, from) => doc.on('update', (update: Uint8Array, origin: unknown) => origin !== 'peer' && queued.push({ from, update })));
  const exchange = () => {
    for (const { from, update } of queued) docs.forEach((doc, to) => to !== from && Y.applyUpdate(doc, update, 'peer'));
    queued = [];
  };
  for (let round = 0; round < rounds; round++) {
    docs.forEach((doc, author) => {
      for (let k = 0; k < perTurn; k++) doc.getArray('records').push([note(author, round * perTurn + k)]);
      doc.getMap('m').set(`last-${author}`, round);
      exchange();
    });
  }
  docs.forEach((doc, author) => {
    const records = doc.getArray('records');
    doc.transact(() => {
      for (let i = records.length - 1 - author; i >= 0; i -= 12) records.delete(i, 1);
    });
  });
  exchange();
  return { doc: docs[0]!, docs };
}

async function board(source: Y.Doc): Promise<string> {
  const boardId = newBoardId('chunk');
  await server.sync.withDoc(boardId, (doc) => Y.applyUpdate(doc, Y.encodeStateAsUpdate(source)));
  return boardId;
}

/** The server's doc of a board (loads it if needed). */
const serverSnapshot = async (boardId: string) =>
  await server.sync.withDoc(boardId, (doc) => ({ snapshot: Y.snapshot(doc), m: doc.getMap('m').toJSON(), records: doc.getArray('records').toJSON() }));

/** Every sync frame the server sends in answer to a SyncStep1 with `stateVector`, up to its SyncStep2. */
async function answerTo(boardId: string, stateVector: Uint8Array): Promise<Array<{ subType: number; payload: Uint8Array; length: number }>> {
  const raw = rawClient(server, boardId);
  cleanup.push(() => raw.socket.terminate());
  await raw.opened;
  await waitFor(() => raw.frames.length >= 1, "server's SyncStep1");
  const start = raw.frames.length;
  raw.send(syncMessage(0, stateVector));
  const sync = () =>
    raw.frames
      .slice(start)
      .map((data) => ({ frame: parseFrame(data), length: data.length }))
      .filter(({ frame }) => frame.type === 'sync');
  await waitFor(() => sync().some(({ frame }) => frame.type === 'sync' && frame.subType === 1), 'the SyncStep2');
  return sync().map(({ frame, length }) => {
    const { subType, payload } = frame as { subType: number; payload: Uint8Array };
    return { subType, payload, length };
  });
}

/** Applies the pieces in order to `doc`; returns how many left structs waiting for others (pending). */
function applyPieces(doc: Y.Doc, pieces: Array<{ payload: Uint8Array }>): number {
  let parked = 0;
  for (const piece of pieces) {
    Y.applyUpdate(doc, piece.payload);
    if (doc.store.pendingStructs !== null) parked++;
  }
  return parked;
}

function expectPieces(frames: Array<{ subType: number; length: number }>, bound = BOUND): void {
  expect(frames.at(-1)!.subType).toBe(1);
  for (const frame of frames.slice(0, -1)) expect(frame.subType).toBe(2);
  for (const frame of frames) expect(frame.length).toBeLessThanOrEqual(bound + FRAME_OVERHEAD);
}

describe('chunked first sync (SPEC 1.14)', () => {
  it('§1.14 a 2,000-note board written in one transaction is answered in Updates of at most syncChunkBytes, the last piece as the SyncStep2', async () => {
    const source = oneTransactionBoard();
    expect(Y.encodeStateAsUpdate(source).length).toBeGreaterThan(10 * BOUND);
    const boardId = await board(source);
    const frames = await answerTo(boardId, Y.encodeStateVector(new Y.Doc()));
    expect(frames.length).toBeGreaterThan(10);
    expectPieces(frames);
    const receiver = new Y.Doc();
    expect(applyPieces(receiver, frames)).toBe(0);
    const { snapshot, records } = await serverSnapshot(boardId);
    expect(receiver.getArray('records').toJSON()).toEqual(records);
    expect(Y.equalSnapshots(Y.snapshot(receiver), snapshot)).toBe(true);
  });

  it('§1.14 a board written by several clients, with deletions: every piece integrates as it arrives, the delete set comes last', async () => {
    const { doc: source } = manyClientsBoard();
    const boardId = await board(source);
    const frames = await answerTo(boardId, Y.encodeStateVector(new Y.Doc()));
    expectPieces(frames);
    // Per piece: structs of four clients whose origins cross clients; none waits for a later piece.
    const receiver = new Y.Doc();
    expect(applyPieces(receiver, frames)).toBe(0);
    expect(receiver.store.pendingDs).toBeNull();
    const decoded = frames.map((frame) => Y.decodeUpdate(frame.payload));
    const lastWithStructs = decoded.findLastIndex((piece) => piece.structs.length > 0);
    const firstWithDeletes = decoded.findIndex((piece) => (piece.ds as unknown as { clients: Map<number, unknown> }).clients.size > 0);
    expect(firstWithDeletes).toBeGreaterThanOrEqual(lastWithStructs);
    const { snapshot, records, m } = await serverSnapshot(boardId);
    expect(records.length).toBeLessThan(2000);
    expect(receiver.getArray('records').toJSON()).toEqual(records);
    expect(receiver.getMap('m').toJSON()).toEqual(m);
    expect(Y.equalSnapshots(Y.snapshot(receiver), snapshot)).toBe(true);
  });

  it('§1.14 the stock client applies every piece and reports synced only once it holds the whole board', async () => {
    const { doc: source } = manyClientsBoard();
    const boardId = await board(source);
    const client: Client = connectClient(server, boardId);
    cleanup.push(() => client.destroy());
    let recordsAtSynced = -1;
    client.provider.on('sync', (synced: boolean) => {
      if (synced && recordsAtSynced < 0) recordsAtSynced = client.doc.getArray('records').length;
    });
    await client.synced;
    const { snapshot, records } = await serverSnapshot(boardId);
    expect(recordsAtSynced).toBe(records.length);
    expect(client.doc.getArray('records').toJSON()).toEqual(records);
    expect(Y.equalSnapshots(Y.snapshot(client.doc), snapshot)).toBe(true);
  });

  it('§1.14 a client holding part of the board gets only what it lacks', async () => {
    const { docs } = manyClientsBoard(20);
    const partial = new Y.Doc();
    Y.applyUpdate(partial, Y.encodeStateAsUpdate(docs[1]!));
    // The board goes on without the partial client: more notes by every client, and deletions.
    docs.forEach((doc, author) => doc.getArray('records').push(Array.from({ length: 150 }, (_, i) => note(author, 10_000 + i))));
    const full = new Y.Doc();
    for (const doc of docs) Y.applyUpdate(full, Y.encodeStateAsUpdate(doc));
    full.getArray('records').delete(0, 30);
    const boardId = await board(full);
    const held = Y.decodeStateVector(Y.encodeStateVector(partial));
    const frames = await answerTo(boardId, Y.encodeStateVector(partial));
    expect(frames.length).toBeGreaterThan(1);
    expectPieces(frames);
    for (const frame of frames) {
      for (const struct of Y.decodeUpdate(frame.payload).structs) expect(struct.id.clock).toBeGreaterThanOrEqual(held.get(struct.id.client) ?? 0);
    }
    const total = frames.reduce((sum, frame) => sum + frame.payload.length, 0);
    expect(total).toBeLessThan(Y.encodeStateAsUpdate(full).length * 0.7);
    expect(applyPieces(partial, frames)).toBe(0);
    const { snapshot, records } = await serverSnapshot(boardId);
    expect(partial.getArray('records').toJSON()).toEqual(records);
    expect(Y.equalSnapshots(Y.snapshot(partial), snapshot)).toBe(true);
  });

  it('§1.5 a diff within the bound is one SyncStep2, byte for byte what the board lacks', async () => {
    const source = oneTransactionBoard(20);
    const boardId = await board(source);
    const frames = await answerTo(boardId, Y.encodeStateVector(new Y.Doc()));
    expect(frames).toHaveLength(1);
    expect(frames[0]!.subType).toBe(1);
    expect(frames[0]!.payload).toEqual(await server.sync.withDoc(boardId, (doc) => Y.encodeStateAsUpdate(doc, Y.encodeStateVector(new Y.Doc()))));
  });
});

describe('chunked first sync with a small bound (SPEC 1.14)', () => {
  const small = 2048;
  let smallServer: TestServer;
  beforeAll(async () => {
    smallServer = await startSyncServer({ limits: { syncChunkBytes: small } });
  });
  afterAll(async () => {
    await smallServer.close();
  });
  async function answer(source: Y.Doc) {
    const boardId = newBoardId('chunk-small');
    await smallServer.sync.withDoc(boardId, (doc) => Y.applyUpdate(doc, Y.encodeStateAsUpdate(source)));
    const saved = server;
    server = smallServer;
    try {
      return { boardId, frames: await answerTo(boardId, Y.encodeStateVector(new Y.Doc())) };
    } finally {
      server = saved;
    }
  }

  it('§1.14 a delete set larger than a piece is spread over pieces after every struct', async () => {
    const { doc: source } = manyClientsBoard(25, 10);
    // Alternate deletions leave one range per deleted note: a delete set of several KiB.
    const records = source.getArray('records');
    source.transact(() => {
      for (let i = records.length - 1; i >= 0; i -= 2) records.delete(i, 1);
    });
    const { boardId, frames } = await answer(source);
    expectPieces(frames, small);
    const decoded = frames.map((frame) => Y.decodeUpdate(frame.payload));
    const withDeletes = decoded.flatMap((piece, i) => ((piece.ds as unknown as { clients: Map<number, unknown> }).clients.size > 0 ? [i] : []));
    expect(withDeletes.length).toBeGreaterThan(1);
    // After every struct: at most the first of them shares its piece with the last structs.
    expect(withDeletes[0]).toBeGreaterThanOrEqual(decoded.findLastIndex((piece) => piece.structs.length > 0));
    expect(withDeletes.at(-1)).toBe(frames.length - 1);
    const receiver = new Y.Doc();
    expect(applyPieces(receiver, frames)).toBe(0);
    const expected = await smallServer.sync.withDoc(boardId, (doc) => Y.snapshot(doc));
    expect(Y.equalSnapshots(Y.snapshot(receiver), expected)).toBe(true);
    expect(receiver.getArray('records').toJSON()).toEqual(source.getArray('records').toJSON());
  });

  it('§1.14 a struct larger than the bound goes alone in its piece', async () => {
    const source = oneTransactionBoard(30);
    source.getMap('m').set('big', 'x'.repeat(5 * small));
    const { frames } = await answer(source);
    const oversized = frames.filter((frame) => frame.length > small + FRAME_OVERHEAD);
    expect(oversized).toHaveLength(1);
    expect(Y.decodeUpdate(oversized[0]!.payload).structs).toHaveLength(1);
    const receiver = new Y.Doc();
    applyPieces(receiver, frames);
    expect(receiver.getMap('m').get('big')).toBe('x'.repeat(5 * small));
    expect(receiver.getArray('records').length).toBe(30);
  });
});
