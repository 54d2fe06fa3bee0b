/**
 * Guards on the sync endpoint (issue 10, items 4–8), over the real server, real sockets and the
 * stock y-websocket client: records are validated where they enter (sync-server SPEC 2.9,
 * board-validation V1–V4), boards and values are capped (3.5, 3.6), sockets per credential (1.13),
 * awareness clientIDs stay bound to their person (6.7), every frame is counted (3.2), and
 * authorship is what the server saw (exports).
 */
import { openDatabase, SqliteBoardStore, SqliteClient } from '@canvas/storage';
import { itOnSqlite } from '../helpers/engine.js';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { api } from '../helpers/api.js';
import { noteRecord, writeFields, writeNote } from '../helpers/boardContent.js';
import { connectBoard, outcome, sleep, waitFor, type BoardClient } from '../helpers/clients.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let http: ReturnType<typeof api>;
const clients: BoardClient[] = [];

const LIMITS = {
  MAX_BOARD_BYTES: String(200 * 1024),
  MAX_VALUE_BYTES: String(64 * 1024),
  MAX_SOCKETS_PER_CREDENTIAL: '4',
  MESSAGES_PER_SECOND: '100',
  CREATE_RATE_LIMIT: '1000',
  JOIN_RATE_LIMIT: '1000',
};

beforeAll(async () => {
  server = await startServer({ env: LIMITS });
  http = api(server.url);
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.kill();
});

interface Workshop {
  id: string;
  facilitatorToken: string;
  members: Array<{ token: string; id: string; name: string }>;
  boardId: string;
}

/** A workshop with one group and `people` participants in it; their group board. */
async function workshop(people = 2): Promise<Workshop> {
  const created = await http.post('/api/workshops', { title: 'Guards', activities: [{ templateId: 'c2-persona' }], groupCount: 1 });
  expect(created.status).toBe(201);
  const id = created.body.workshop.id as string;
  const members: Workshop['members'] = [];
  for (let i = 0; i < people; i++) {
    const name = `Person ${i + 1}`;
    const joined = await http.post(`/api/workshops/${id}/join`, { displayName: name });
    expect(joined.status).toBe(201);
    members.push({ token: joined.body.token, id: joined.body.participant.id, name });
  }
  const view = await http.get(`/api/workshops/${id}`, members[0]!.token);
  const boardId = view.body.boards.find((b: { kind: string }) => b.kind === 'group').id as string;
  return { id, facilitatorToken: created.body.facilitatorToken, members, boardId };
}

function client(boardId: string, token?: string): BoardClient {
  const c = connectBoard(server.wsUrl, boardId, token);
  clients.push(c);
  return c;
}

/** What a fresh stock client reads from the board. */
async function readBoard(boardId: string, token: string): Promise<Y.Doc> {
  const reader = client(boardId, token);
  expect(await outcome(reader)).toBe('synced');
  return reader.doc;
}

const recordIds = (doc: Y.Doc) => doc.getArray<{ key: string }>('tldraw-records').toArray().map((e) => e.key);

function richNote(id: string, richText: unknown) {
  const note = noteRecord({ id, x: 0, y: 0, text: 'x' });
  return { ...note, props: { ...note.props, richText } };
}

/** Writes a raw record entry the way the binding does (YKeyValue `{ key, val }`). */
function pushRecord(doc: Y.Doc, record: { id: string }) {
  doc.getArray('tldraw-records').push([{ key: record.id, val: record }]);
}

function deepRichText(depth: number) {
  let node: any = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] };
  for (let i = 0; i < depth; i++) node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] };
  return { type: 'doc', content: [node] };
}

describe('records are validated where they enter (board-validation V1–V3, sync-server SPEC 2.9)', () => {
  const hostile: Array<[string, unknown]> = [
    ['an unknown node type', { type: 'doc', content: [{ type: 'evilWidget', content: [] }] }],
    ['an unknown mark type', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'blink' }] }] }] }],
    ['a text node without text', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text' }] }] }],
    ['very deep nesting', deepRichText(200)],
  ];

  it.each(hostile)('a note with %s is refused with 4422 and nothing of it is stored', async (_what, richText) => {
    const w = await workshop(1);
    const writer = client(w.boardId, w.members[0]!.token);
    expect(await outcome(writer)).toBe('synced');
    writeNote(writer.doc, { id: 'fine', x: 0, y: 0, text: 'kept' });
    await sleep(300);
    pushRecord(writer.doc, richNote('hostile', richText));
    const closed = await Promise.race([writer.closed, sleep(5000).then(() => null)]);
    expect(closed?.code).toBe(4422);
    expect(closed?.reason).toMatch(/^invalid record, nothing saved: rich text/);
    const stored = await readBoard(w.boardId, w.members[0]!.token);
    expect(recordIds(stored)).toContain('shape:fine');
    expect(recordIds(stored)).not.toContain('shape:hostile');
  });

  it('a note level out of range (Bloom 7) is refused with 4422; levels in range are stored', async () => {
    const w = await workshop(1);
    const writer = client(w.boardId, w.members[0]!.token);
    expect(await outcome(writer)).toBe('synced');
    const levelled = { ...noteRecord({ id: 'levelled', x: 0, y: 0, text: 'Analyse data' }), meta: { bloomLevel: 4, eqfLevel: 5 } };
    pushRecord(writer.doc, levelled);
    await sleep(300);
    const seventh = { ...noteRecord({ id: 'seventh', x: 0, y: 0, text: 'x' }), meta: { bloomLevel: 7 } };
    pushRecord(writer.doc, seventh);
    const closed = await Promise.race([writer.closed, sleep(5000).then(() => null)]);
    expect(closed?.code).toBe(4422);
    expect(closed?.reason).toMatch(/Bloom/);
    const stored = await readBoard(w.boardId, w.members[0]!.token);
    expect(recordIds(stored)).toContain('shape:levelled');
    expect(recordIds(stored)).not.toContain('shape:seventh');
  });

  it('a record tldraw refuses (bad colour) is refused; a valid note is accepted', async () => {
    const w = await workshop(1);
    const writer = client(w.boardId, w.members[0]!.token);
    expect(await outcome(writer)).toBe('synced');
    const bad = noteRecord({ id: 'bad', x: 0, y: 0, text: 'x', color: 'ultraviolet' });
    pushRecord(writer.doc, bad);
    const closed = await Promise.race([writer.closed, sleep(5000).then(() => null)]);
    expect(closed?.code).toBe(4422);
    const again = client(w.boardId, w.members[0]!.token);
    expect(await outcome(again)).toBe('synced');
    writeNote(again.doc, { id: 'good', x: 1, y: 1, text: 'fine' });
    await sleep(300);
    expect(recordIds(await readBoard(w.boardId, w.members[0]!.token))).toEqual(['shape:good']);
  });

  itOnSqlite('a bad record stored before the check: the facilitator repairs the board, nothing else is lost', async () => {
    const w = await workshop(1);
    const writer = client(w.boardId, w.members[0]!.token);
    expect(await outcome(writer)).toBe('synced');
    writeNote(writer.doc, { id: 'keep', x: 0, y: 0, text: 'stays' });
    await sleep(300);
    writer.destroy();
    await sleep(600); // evicted (EVICT_AFTER_MS 200)
    // Planted straight into the store, as an older server would have accepted it.
    const db = openDatabase({ dataDir: server.dataDir });
    const planted = new Y.Doc();
    Y.applyUpdateV2(planted, (await new SqliteBoardStore(new SqliteClient(db)).load(w.boardId))!);
    const before = Y.encodeStateVector(planted);
    pushRecord(planted, richNote('broken', { type: 'doc', content: [{ type: 'evilWidget' }] }));
    await new SqliteBoardStore(new SqliteClient(db)).append(w.boardId, Y.encodeStateAsUpdateV2(planted, before));
    db.close();

    const viewer = await readBoard(w.boardId, w.members[0]!.token);
    expect(recordIds(viewer)).toEqual(expect.arrayContaining(['shape:keep', 'shape:broken']));
    const refused = await http.post(`/api/workshops/${w.id}/boards/${w.boardId}/repair`, {}, w.members[0]!.token);
    expect(refused.status).toBe(403);
    const repaired = await http.post(`/api/workshops/${w.id}/boards/${w.boardId}/repair`, {}, w.facilitatorToken);
    expect(repaired.status).toBe(200);
    expect(repaired.body.removed).toEqual([{ id: 'shape:broken', problem: expect.stringContaining('evilWidget') }]);
    // Live: the open client sees the removal; the valid note stays.
    await waitFor(() => !recordIds(viewer).includes('shape:broken'), 5000, 'removal relayed');
    expect(recordIds(viewer)).toContain('shape:keep');
    expect((await http.post(`/api/workshops/${w.id}/boards/${w.boardId}/repair`, {}, w.facilitatorToken)).body.removed).toEqual([]);
  });
});

describe('size limits (sync-server SPEC 3.5, 3.6)', () => {
  it('a value over MAX_VALUE_BYTES is refused with 4413 naming the limit; what was stored stays', async () => {
    const w = await workshop(1);
    const writer = client(w.boardId, w.members[0]!.token);
    expect(await outcome(writer)).toBe('synced');
    writeFields(writer.doc, { title: 'before' });
    await sleep(300);
    writeFields(writer.doc, { huge: 'x'.repeat(100 * 1024) });
    const closed = await Promise.race([writer.closed, sleep(5000).then(() => null)]);
    expect(closed).toEqual({ code: 4413, reason: expect.stringMatching(/^too large: a value of 100 KiB exceeds the limit of 64 KiB/) });
    const stored = await readBoard(w.boardId, w.members[0]!.token);
    expect(stored.getMap('fields').toJSON()).toEqual({ title: 'before' });
  });

  it('a board past MAX_BOARD_BYTES takes no more; deleting makes room again', async () => {
    const w = await workshop(1);
    const writer = client(w.boardId, w.members[0]!.token);
    expect(await outcome(writer)).toBe('synced');
    let closed: { code: number; reason: string } | null = null;
    writer.closed.then((c) => (closed = c));
    const written: string[] = [];
    for (let i = 0; i < 8 && !closed; i++) {
      writeFields(writer.doc, { [`f${i}`]: `${i}`.repeat(40 * 1024) });
      written.push(`f${i}`);
      await sleep(250);
    }
    await waitFor(() => closed, 5000, 'refusal');
    expect(closed).toEqual({ code: 4413, reason: expect.stringMatching(/^board full: .* the limit is 200 KiB/) });
    const stored = await readBoard(w.boardId, w.members[0]!.token);
    const kept = Object.keys(stored.getMap('fields').toJSON());
    // Everything before the refused edit is there; the refused one is not.
    expect(kept).toEqual(written.slice(0, -1));
    expect(kept.length).toBeGreaterThanOrEqual(3);
    // Deletions are always accepted, and make room.
    const cleaner = client(w.boardId, w.members[0]!.token);
    expect(await outcome(cleaner)).toBe('synced');
    cleaner.doc.transact(() => kept.forEach((key) => cleaner.doc.getMap('fields').delete(key)));
    await sleep(300);
    writeFields(cleaner.doc, { small: 'fits again' });
    await sleep(300);
    expect(cleaner.provider.wsconnected).toBe(true);
    expect((await readBoard(w.boardId, w.members[0]!.token)).getMap('fields').toJSON()).toEqual({ small: 'fits again' });
  });

  it('sockets per credential: one past MAX_SOCKETS_PER_CREDENTIAL gets 4429 naming the limit', async () => {
    const w = await workshop(2);
    const [alice, bob] = w.members;
    const open = [0, 1, 2, 3].map(() => client(w.boardId, alice!.token));
    for (const c of open) expect(await outcome(c)).toBe('synced');
    const extra = client(w.boardId, alice!.token);
    expect(await outcome(extra)).toEqual({ code: 4429, reason: 'too many connections: at most 4 open boards per person; close other tabs' });
    // Someone else is not affected; closing one socket frees a place.
    expect(await outcome(client(w.boardId, bob!.token))).toBe('synced');
    open[0]!.destroy();
    await sleep(300);
    expect(await outcome(client(w.boardId, alice!.token))).toBe('synced');
  });
});

/** A raw socket on a board, to speak awareness frames exactly. */
function raw(boardId: string, token: string) {
  const socket = new WebSocket(`${server.wsUrl}/sync/${boardId}?token=${encodeURIComponent(token)}`, { perMessageDeflate: false });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  const opened = new Promise<void>((resolve) => socket.on('open', () => resolve()));
  socket.on('error', () => {});
  return { socket, closed, opened };
}

function awarenessFrame(clientID: number, clock: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientID);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, JSON.stringify(state));
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, 1);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

describe('presence (sync-server SPEC 6.7, 3.2)', () => {
  it('a clientID stays its person’s after their socket left: another credential is refused (4403), the owner reclaims it', async () => {
    const w = await workshop(2);
    const [victim, squatter] = w.members;
    const observer = client(w.boardId, w.facilitatorToken);
    expect(await outcome(observer)).toBe('synced');
    const first = raw(w.boardId, victim!.token);
    await first.opened;
    first.socket.send(awarenessFrame(4242, 1, { cursor: { x: 1, y: 1 } }));
    await waitFor(() => observer.provider.awareness.getStates().get(4242), 5000, 'victim presence');
    first.socket.close();
    await waitFor(() => !observer.provider.awareness.getStates().has(4242), 5000, 'victim gone');

    const intruder = raw(w.boardId, squatter!.token);
    await intruder.opened;
    intruder.socket.send(awarenessFrame(4242, 5, { cursor: { x: 9, y: 9 } }));
    expect(await Promise.race([intruder.closed, sleep(5000).then(() => null)])).toEqual({
      code: 4403,
      reason: 'forbidden: awareness update for client 4242, which is not this connection\'s',
    });
    expect(observer.provider.awareness.getStates().has(4242)).toBe(false);

    const back = raw(w.boardId, victim!.token);
    await back.opened;
    back.socket.send(awarenessFrame(4242, 6, { cursor: { x: 2, y: 2 } }));
    await waitFor(() => (observer.provider.awareness.getStates().get(4242) as any)?.user?.name === victim!.name, 5000, 'reclaimed');
    expect(await Promise.race([back.closed.then(() => 'closed'), sleep(300).then(() => 'open')])).toBe('open');
    back.socket.close();
  });

  it('every frame counts: awareness frames naming one’s own other socket’s clientID use up the message rate (4029)', async () => {
    const w = await workshop(1);
    const token = w.members[0]!.token;
    const a = raw(w.boardId, token);
    await a.opened;
    a.socket.send(awarenessFrame(777, 1, { cursor: { x: 0, y: 0 } }));
    await sleep(200);
    const b = raw(w.boardId, token);
    await b.opened;
    // Stale states for the clientID the same person's other socket owns: changes nothing, used to be free.
    const stale = awarenessFrame(777, 1, { cursor: { x: 0, y: 0 } });
    for (let i = 0; i < 3000 && b.socket.readyState === b.socket.OPEN; i++) b.socket.send(stale);
    expect(await Promise.race([b.closed, sleep(5000).then(() => null)])).toEqual({
      code: 4029,
      reason: 'rate limit exceeded: too many messages per second',
    });
    a.socket.close();
  });
});

describe('authorship is recorded by the server (issue 10, item 8)', () => {
  it('a note signed with someone else’s name is exported under its real author', async () => {
    const w = await workshop(2);
    const [mallory, alice] = w.members;
    const writer = client(w.boardId, mallory!.token);
    expect(await outcome(writer)).toBe('synced');
    writeNote(writer.doc, { id: 'forged', x: 0, y: 0, text: 'I agree with everything', author: alice!.name, authorId: alice!.id });
    await sleep(400);
    // Alice edits the note later: the creator stays Mallory.
    const other = client(w.boardId, alice!.token);
    expect(await outcome(other)).toBe('synced');
    writeNote(other.doc, { id: 'forged', x: 10, y: 10, text: 'I agree with everything (moved)', author: alice!.name, authorId: alice!.id });
    await sleep(400);
    const csv = await fetch(`${server.url}/api/workshops/${w.id}/boards/${w.boardId}/export?format=csv`, {
      headers: { authorization: `Bearer ${w.facilitatorToken}` },
    }).then((r) => r.text());
    const row = csv.split('\n').find((line) => line.includes('I agree with everything'));
    expect(row).toContain(mallory!.name);
    expect(row).not.toContain(alice!.name);
    const json = await fetch(`${server.url}/api/workshops/${w.id}/boards/${w.boardId}/export?format=json`, {
      headers: { authorization: `Bearer ${w.facilitatorToken}` },
    }).then((r) => r.json());
    expect(JSON.stringify(json)).toContain(`"authorId":"${mallory!.id}"`);
  });
});
