/**
 * Individual writing then reveal (writing/SPEC.md W1–W6, access A10), dot-voting (voting/SPEC.md
 * V1–V7) and keeping the room together (A11, gather), over the real server, real sockets and the
 * stock y-websocket client.
 */
import { readRecords } from '@canvas/board-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { writeNote } from '../helpers/boardContent.js';
import { connectBoard, outcome, sleep, waitFor } from '../helpers/clients.js';
import { startServer, tempDataDir, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let http: ReturnType<typeof api>;

async function workshop(activities: string[], groupCount = 1, base = http) {
  const created = await base.post('/api/workshops', { title: 'Room', activities: activities.map((templateId) => ({ templateId })), groupCount });
  expect(created.status).toBe(201);
  const id = created.body.workshop.id as string;
  const facilitator = created.body.facilitatorToken as string;
  const join = async (displayName: string) => {
    const joined = await base.post(`/api/workshops/${id}/join`, { displayName });
    expect(joined.status).toBe(201);
    return { token: joined.body.token as string, id: joined.body.participant.id as string, groupId: joined.body.participant.groupId as string };
  };
  const view = async (token: string) => (await base.get(`/api/workshops/${id}`, token)).body;
  return { id, facilitator, join, view, activities: created.body.workshop.activities as Array<{ id: string }> };
}

const groupBoard = (view: any, activityId: string, groupId: string) =>
  view.boards.find((b: any) => b.kind === 'group' && b.activityId === activityId && b.groupId === groupId).id as string;
const texts = (doc: Parameters<typeof readRecords>[0]) =>
  readRecords(doc)
    .filter((r) => r.typeName === 'shape')
    .map((r) => (r.props as any).richText.content[0].content[0].text as string)
    .sort();

beforeAll(async () => {
  server = await startServer({ env: { JOIN_RATE_LIMIT: '1000', CREATE_RATE_LIMIT: '1000' } });
  http = api(server.url);
});
afterAll(async () => {
  await server?.kill();
});

describe('individual writing, then reveal', () => {
  it('W1 C1 starts with individual writing; W2/A10 a peer\'s stock client receives nothing of a private board until reveal (W3, W4, W6)', async () => {
    const w = await workshop(['c1-needs', 'c2-persona']);
    const [c1] = w.activities;
    const anna = await w.join('Anna');
    const ben = await w.join('Ben');
    expect((await w.view(anna.token)).state.writingActivityIds).toEqual([c1!.id]);

    const mine = await http.post(`/api/workshops/${w.id}/writing/${c1!.id}/mine`, {}, anna.token);
    expect(mine.status).toBe(200);
    const privateId = mine.body.boardId as string;
    expect((await http.post(`/api/workshops/${w.id}/writing/${c1!.id}/mine`, {}, anna.token)).body.boardId).toBe(privateId);
    expect((await http.post(`/api/workshops/${w.id}/writing/${c1!.id}/mine`, {}, w.facilitator)).status).toBe(403);

    const annaPrivate = connectBoard(server.wsUrl, privateId, anna.token);
    expect(await outcome(annaPrivate)).toBe('synced');
    writeNote(annaPrivate.doc, { id: 'anna1', x: 120, y: 220, text: 'Blockchain in food supply', author: 'Not Anna' });
    writeNote(annaPrivate.doc, { id: 'anna2', x: 420, y: 220, text: 'Ask the chamber of commerce' });

    // Ben, in the same group: his stock client is refused the private board, and the group board holds nothing of it.
    const benOnPrivate = connectBoard(server.wsUrl, privateId, ben.token);
    expect(await outcome(benOnPrivate)).toMatchObject({ code: 4403 });
    const groupId = groupBoard(await w.view(ben.token), c1!.id, ben.groupId);
    const benGroup = connectBoard(server.wsUrl, groupId, ben.token);
    expect(await outcome(benGroup)).toBe('synced');
    await sleep(300);
    expect(texts(benGroup.doc)).toEqual([]);
    const benView = await w.view(ben.token);
    expect(benView.boards.some((b: any) => b.id === privateId)).toBe(false);

    // The facilitator reads every private board and sees it listed with its owner.
    const facilitatorView = await w.view(w.facilitator);
    expect(facilitatorView.boards.find((b: any) => b.id === privateId)).toMatchObject({ kind: 'private', ownerId: anna.id });
    const facilitatorPrivate = connectBoard(server.wsUrl, privateId, w.facilitator);
    expect(await outcome(facilitatorPrivate)).toBe('synced');
    await waitFor(() => texts(facilitatorPrivate.doc).length === 2, 5000, 'private notes at the facilitator');

    // Participants cannot reveal; the facilitator reveals in one step.
    expect((await http.post(`/api/workshops/${w.id}/writing/${c1!.id}/reveal`, {}, anna.token)).status).toBe(403);
    const revealed = await http.post(`/api/workshops/${w.id}/writing/${c1!.id}/reveal`, {}, w.facilitator);
    expect(revealed.body).toEqual({ boards: 1, notes: 2 });
    await waitFor(() => texts(benGroup.doc).length === 2, 5000, 'revealed notes at Ben');
    const records = readRecords(benGroup.doc).filter((r) => r.typeName === 'shape');
    expect(records.map((r) => r.id).sort()).toEqual(['shape:anna1', 'shape:anna2']);
    expect(records.find((r) => r.id === 'shape:anna1')).toMatchObject({ x: 120, y: 220, meta: { authorId: anna.id, authorName: 'Anna' } });
    // W6: writing is over and the private board is closed to its owner.
    expect(await annaPrivate.closed).toMatchObject({ code: 4403 });
    const after = await w.view(anna.token);
    expect(after.state.writingActivityIds).toEqual([]);
    expect(after.boards.some((b: any) => b.kind === 'private')).toBe(false);
    // Revealing again changes nothing.
    expect((await http.post(`/api/workshops/${w.id}/writing/${c1!.id}/reveal`, {}, w.facilitator)).body).toEqual({ boards: 0, notes: 0 });
    for (const c of [annaPrivate, benOnPrivate, benGroup, facilitatorPrivate]) c.destroy();
  });

  it('W2 refuses a private board when the activity is not in individual writing', async () => {
    const w = await workshop(['c2-persona']);
    const anna = await w.join('Anna');
    const refused = await http.post(`/api/workshops/${w.id}/writing/${w.activities[0]!.id}/mine`, {}, anna.token);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'not_writing', field: 'activityId' });
    expect((await http.post(`/api/workshops/${w.id}/writing/ac_nope/start`, {}, w.facilitator)).status).toBe(400);
    expect((await http.post(`/api/workshops/${w.id}/writing/${w.activities[0]!.id}/start`, {}, w.facilitator)).status).toBe(204);
    expect((await http.post(`/api/workshops/${w.id}/writing/${w.activities[0]!.id}/mine`, {}, anna.token)).status).toBe(200);
  });
});

describe('W7 private notes follow their author', () => {
  it('a participant moved to another group during individual writing keeps their private board, and its notes reveal to the new group only', async () => {
    const w = await workshop(['c1-needs'], 2);
    const c1 = w.activities[0]!.id;
    const groups = (await w.view(w.facilitator)).groups.map((g: any) => g.id as string);
    const anna = await w.join('Anna');
    const other = groups.find((g: string) => g !== anna.groupId)!;
    const first = (await http.post(`/api/workshops/${w.id}/writing/${c1}/mine`, {}, anna.token)).body.boardId as string;
    const annaPrivate = connectBoard(server.wsUrl, first, anna.token);
    expect(await outcome(annaPrivate)).toBe('synced');
    writeNote(annaPrivate.doc, { id: 'moved1', x: 150, y: 250, text: 'Written before the move' });
    await sleep(300);
    annaPrivate.destroy();

    expect((await http.patch(`/api/workshops/${w.id}/participants/${anna.id}`, { groupId: other }, w.facilitator)).status).toBe(204);
    // The same private board, now attached to the new group's board.
    expect((await http.post(`/api/workshops/${w.id}/writing/${c1}/mine`, {}, anna.token)).body.boardId).toBe(first);
    const listed = (await w.view(w.facilitator)).boards.find((b: any) => b.id === first);
    expect(listed).toMatchObject({ kind: 'private', groupId: other });

    expect((await http.post(`/api/workshops/${w.id}/writing/${c1}/reveal`, {}, w.facilitator)).body).toEqual({ boards: 1, notes: 1 });
    const view = await w.view(w.facilitator);
    const oldGroup = connectBoard(server.wsUrl, groupBoard(view, c1, anna.groupId), w.facilitator);
    const newGroup = connectBoard(server.wsUrl, groupBoard(view, c1, other), w.facilitator);
    expect(await outcome(oldGroup)).toBe('synced');
    expect(await outcome(newGroup)).toBe('synced');
    await waitFor(() => texts(newGroup.doc).length === 1, 5000, 'the note on the new group board');
    expect(texts(newGroup.doc)).toEqual(['Written before the move']);
    expect(texts(oldGroup.doc)).toEqual([]);
    oldGroup.destroy();
    newGroup.destroy();
  });

  it('at reveal, a moved participant who never reopened their board still reveals to their current group', async () => {
    const w = await workshop(['c1-needs'], 2);
    const c1 = w.activities[0]!.id;
    const groups = (await w.view(w.facilitator)).groups.map((g: any) => g.id as string);
    const ben = await w.join('Ben');
    const other = groups.find((g: string) => g !== ben.groupId)!;
    const board = (await http.post(`/api/workshops/${w.id}/writing/${c1}/mine`, {}, ben.token)).body.boardId as string;
    const client = connectBoard(server.wsUrl, board, ben.token);
    expect(await outcome(client)).toBe('synced');
    writeNote(client.doc, { id: 'late1', x: 150, y: 250, text: 'Never reopened' });
    await sleep(300);
    client.destroy();
    expect((await http.patch(`/api/workshops/${w.id}/participants/${ben.id}`, { groupId: other }, w.facilitator)).status).toBe(204);
    expect((await http.post(`/api/workshops/${w.id}/writing/${c1}/reveal`, {}, w.facilitator)).body).toEqual({ boards: 1, notes: 1 });
    const view = await w.view(w.facilitator);
    const newGroup = connectBoard(server.wsUrl, groupBoard(view, c1, other), w.facilitator);
    const oldGroup = connectBoard(server.wsUrl, groupBoard(view, c1, ben.groupId), w.facilitator);
    expect(await outcome(newGroup)).toBe('synced');
    expect(await outcome(oldGroup)).toBe('synced');
    await waitFor(() => texts(newGroup.doc).length === 1, 5000, 'the note on the new group board');
    expect(texts(oldGroup.doc)).toEqual([]);
    newGroup.destroy();
    oldGroup.destroy();
  });
});

describe('W5 a reveal that dies half-way', () => {
  it('finishes after a restart, every note exactly once with its id', async () => {
    const dataDir = tempDataDir();
    const env = { JOIN_RATE_LIMIT: '1000', CREATE_RATE_LIMIT: '1000' };
    let crashing = await startServer({ dataDir, env: { ...env, FAULT_REVEAL_KILL_AFTER: '1' } });
    const base = api(crashing.url);
    const w = await workshop(['c1-needs'], 1, base);
    const c1 = w.activities[0]!.id;
    const people = [await w.join('Anna'), await w.join('Ben')];
    for (const [i, person] of people.entries()) {
      const { boardId } = (await base.post(`/api/workshops/${w.id}/writing/${c1}/mine`, {}, person.token)).body;
      const client = connectBoard(crashing.wsUrl, boardId, person.token);
      expect(await outcome(client)).toBe('synced');
      writeNote(client.doc, { id: `n${i}`, x: 100 + i * 300, y: 200, text: `note ${i}` });
      await sleep(300);
      client.destroy();
    }
    // The process kills itself after the first board's notes were appended and stored, before its mark.
    const reveal = await base.post(`/api/workshops/${w.id}/writing/${c1}/reveal`, {}, w.facilitator).catch((e) => e);
    expect(reveal).toBeInstanceOf(Error);
    await crashing.kill().catch(() => {});

    const restarted = await startServer({ dataDir, env });
    const again = api(restarted.url);
    const view = (await again.get(`/api/workshops/${w.id}`, w.facilitator)).body;
    expect(view.state.writingActivityIds).toEqual([]);
    const client = connectBoard(restarted.wsUrl, groupBoard(view, c1, people[0]!.groupId), w.facilitator);
    expect(await outcome(client)).toBe('synced');
    const shapes = client.doc.getArray<{ key: string }>('tldraw-records').toArray().map((e) => e.key).filter((k) => k.startsWith('shape:')).sort();
    expect(shapes).toEqual(['shape:n0', 'shape:n1']);
    client.destroy();
    await restarted.kill();
    crashing = undefined as never;
  });
});

describe('dot-voting', () => {
  it('V1–V5, V7 a crafted client cannot place a fourth dot; hidden counts stay on the server', async () => {
    const w = await workshop(['c3-competences'], 2);
    const a = w.activities[0]!.id;
    const anna = await w.join('Anna');
    const ben = await w.join('Ben');
    const view = await w.view(anna.token);
    const board = groupBoard(view, a, anna.groupId);
    const client = connectBoard(server.wsUrl, board, anna.token);
    expect(await outcome(client)).toBe('synced');
    writeNote(client.doc, { id: 'x', x: 100, y: 200, text: 'Interpret trends' });
    writeNote(client.doc, { id: 'y', x: 400, y: 200, text: 'Outline needs' });
    await sleep(300);

    expect((await http.post(`/api/workshops/${w.id}/votes`, { activityId: a }, anna.token)).status).toBe(403);
    const started = await http.post(`/api/workshops/${w.id}/votes`, { activityId: a }, w.facilitator);
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ dots: 3, scope: 'group', live: false, open: true });
    const voteId = started.body.id as string;
    const dots = `/api/workshops/${w.id}/votes/${voteId}/dots`;

    // Four dots at once, as a crafted client would send them: exactly three are counted.
    // All on one note: which of the four loses is up to the database (SQLite queues them, PostgreSQL retries one).
    const four = await Promise.all([0, 1, 2, 3].map(() => http.post(dots, { boardId: board, shapeId: 'shape:x' }, anna.token)));
    expect(four.map((r) => r.status).sort()).toEqual([201, 201, 201, 409]);
    expect(four.find((r) => r.status === 409)!.body).toMatchObject({ error: 'no_dots_left' });
    expect((await http.post(dots, { boardId: board, shapeId: 'shape:y' }, anna.token)).status).toBe(409);
    // Taking one back frees a dot.
    expect((await http.call('DELETE', `${dots}?boardId=${board}&shapeId=shape:x`, { token: anna.token })).status).toBe(200);
    expect((await http.post(dots, { boardId: board, shapeId: 'shape:y' }, anna.token)).status).toBe(201);
    // Bad dots are refused with a reason.
    expect((await http.post(dots, { boardId: board, shapeId: 'shape:nope' }, ben.token)).body.error).toBe(ben.groupId === anna.groupId ? 'note_not_found' : 'forbidden');
    expect((await http.post(dots, { boardId: board, shapeId: 'shape:x' }, w.facilitator)).status).toBe(403);

    // Hidden: participants get their own dots, no counts; the facilitator sees counts.
    const annaStatus = (await http.get(`/api/workshops/${w.id}/votes/current`, anna.token)).body;
    expect(annaStatus.counts).toBeNull();
    expect(annaStatus.myDots).toHaveLength(3);
    expect((await http.get(`/api/workshops/${w.id}/votes/current`, ben.token)).body).toMatchObject({ counts: null, myDots: [] });
    expect((await http.get(`/api/workshops/${w.id}/votes/current`, w.facilitator)).body.counts[board]).toEqual({ 'shape:x': 2, 'shape:y': 1 });
    // The control board carries only a counter.
    const control = connectBoard(server.wsUrl, view.controlBoardId, ben.token);
    expect(await outcome(control)).toBe('synced');
    expect(JSON.stringify(control.doc.getMap('workshop').toJSON())).not.toContain('shape:x');
    control.destroy();

    expect((await http.post(`/api/workshops/${w.id}/votes/${voteId}/close`, {}, w.facilitator)).status).toBe(200);
    const closed = (await http.get(`/api/workshops/${w.id}/votes/current`, anna.token)).body;
    expect(closed.vote.open).toBe(false);
    expect(closed.counts[board]).toEqual({ 'shape:x': 2, 'shape:y': 1 });
    expect(closed.winners[board]).toEqual(['shape:x']);
    expect((await http.post(dots, { boardId: board, shapeId: 'shape:y' }, anna.token)).body.error).toBe('vote_closed');

    const csv = await fetch(`${server.url}/api/workshops/${w.id}/boards/${board}/export?format=csv`, { headers: { authorization: `Bearer ${anna.token}` } });
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]!.endsWith(',votes')).toBe(true);
    expect(lines.find((l) => l.includes('Interpret trends'))!.endsWith(',2')).toBe(true);
    expect(lines.find((l) => l.includes('Outline needs'))!.endsWith(',1')).toBe(true);
    const json = await fetch(`${server.url}/api/workshops/${w.id}/boards/${board}/export?format=json`, { headers: { authorization: `Bearer ${anna.token}` } });
    const notes = (await json.json()).areas.flatMap((area: any) => area.notes).concat([]);
    expect(notes.map((n: any) => n.votes).sort()).toEqual([1, 2]);
    client.destroy();
  });
});

describe('keeping everyone together', () => {
  it('A11 "only the current activity is open": a stock client\'s write to another activity is refused; gather raises the counter', async () => {
    const w = await workshop(['c2-persona', 'c3-competences']);
    const [first, second] = w.activities;
    const anna = await w.join('Anna');
    const view = await w.view(anna.token);
    const earlier = groupBoard(view, first!.id, anna.groupId);
    expect((await http.patch(`/api/workshops/${w.id}`, { currentActivityId: second!.id, onlyCurrentActivityOpen: true }, w.facilitator)).status).toBe(200);
    expect((await w.view(anna.token)).boards.find((b: any) => b.id === earlier).access).toBe('read');
    const client = connectBoard(server.wsUrl, earlier, anna.token);
    expect(await outcome(client)).toBe('synced');
    writeNote(client.doc, { id: 'late', x: 100, y: 200, text: 'written on the old board' });
    await waitFor(() => client.permissionDenied.length > 0, 5000, 'permission denied');
    const facilitatorClient = connectBoard(server.wsUrl, earlier, w.facilitator);
    expect(await outcome(facilitatorClient)).toBe('synced');
    await sleep(200);
    expect(texts(facilitatorClient.doc)).toEqual([]);

    expect((await http.post(`/api/workshops/${w.id}/gather`, {}, anna.token)).status).toBe(403);
    const before = (await w.view(anna.token)).state.gather;
    expect((await http.post(`/api/workshops/${w.id}/gather`, {}, w.facilitator)).status).toBe(204);
    expect((await w.view(anna.token)).state.gather).toBe(before + 1);
    client.destroy();
    facilitatorClient.destroy();
  });
});
