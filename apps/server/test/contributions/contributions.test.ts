/**
 * Who contributed what (@canvas/workshops › contributions/SPEC.md C1–C5) over the real server, real
 * sockets and the stock y-websocket client: notes added, edited and moved as the server saw each
 * credential write them, active minutes and dots, for the facilitator only, as JSON and CSV.
 */
import { YKeyValue } from 'y-utility/y-keyvalue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { noteRecord } from '../helpers/boardContent.js';
import { connectBoard, sleep, waitFor } from '../helpers/clients.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let http: ReturnType<typeof api>;

beforeAll(async () => {
  server = await startServer({ env: { JOIN_RATE_LIMIT: '1000', CREATE_RATE_LIMIT: '1000' } });
  http = api(server.url);
});
afterAll(async () => {
  await server?.kill();
});

async function writer(boardId: string, token: string) {
  const client = connectBoard(server.wsUrl, boardId, token);
  await client.synced;
  const kv = new YKeyValue<any>(client.doc.getArray('tldraw-records'));
  return { client, kv };
}

describe('contributions', () => {
  it('C1–C4 counts what each credential wrote, not what a note claims; facilitator only; CSV cells neutralised', async () => {
    const created = await http.post('/api/workshops', { title: 'Contributions', activities: [{ templateId: 'mc-definitions' }, { templateId: 'c3-competences' }], groupCount: 1 });
    const id = created.body.workshop.id as string;
    const facilitator = created.body.facilitatorToken as string;
    const anna = await http.post(`/api/workshops/${id}/join`, { displayName: 'Anna' });
    const mallory = await http.post(`/api/workshops/${id}/join`, { displayName: '=HYPERLINK("http://evil.example","x")' });
    const view = await http.get(`/api/workshops/${id}`, anna.body.token);
    const [first, second] = view.body.activities as { id: string }[];
    const boardOf = (activityId: string) => (view.body.boards as { id: string; kind: string; activityId: string }[]).find((b) => b.kind === 'group' && b.activityId === activityId)!.id;

    const a = await writer(boardOf(first!.id), anna.body.token);
    a.kv.set('shape:n1', noteRecord({ id: 'n1', x: 10, y: 10, text: 'first' }));
    a.kv.set('shape:n2', noteRecord({ id: 'n2', x: 300, y: 10, text: 'second' }));
    await sleep(200);
    a.kv.set('shape:n1', noteRecord({ id: 'n1', x: 10, y: 10, text: 'first, edited' }));
    a.kv.set('shape:n2', noteRecord({ id: 'n2', x: 500, y: 400, text: 'second' }));
    // Mallory writes a note claiming Anna as its author: it still counts for Mallory (C1).
    const m = await writer(boardOf(first!.id), mallory.body.token);
    m.kv.set('shape:m1', noteRecord({ id: 'm1', x: 50, y: 600, text: 'mine', author: 'Anna', authorId: anna.body.participant.id }));
    // A move of Anna's note by Mallory counts as Mallory's move.
    await waitFor(() => m.kv.get('shape:n2')?.x === 500, 5000, 'Anna’s move reached Mallory');
    m.kv.set('shape:n2', { ...m.kv.get('shape:n2'), x: 700 });
    const b = await writer(boardOf(second!.id), anna.body.token);
    b.kv.set('shape:c1', noteRecord({ id: 'c1', x: 10, y: 10, text: 'analyse needs', bloomLevel: 4 }));
    await sleep(300);
    for (const client of [a.client, m.client, b.client]) client.destroy();

    // Dots count too.
    const vote = await http.post(`/api/workshops/${id}/votes`, { activityId: first!.id }, facilitator);
    expect(vote.status).toBe(201);
    expect((await http.post(`/api/workshops/${id}/votes/${vote.body.id}/dots`, { boardId: boardOf(first!.id), shapeId: 'shape:n1' }, mallory.body.token)).status).toBe(201);

    // C4: not for participants.
    expect((await http.get(`/api/workshops/${id}/contributions`, anna.body.token)).status).toBe(403);
    const report = await http.get(`/api/workshops/${id}/contributions`, facilitator);
    expect(report.status).toBe(200);
    const rows = report.body.rows as Array<Record<string, unknown>>;
    const annaFirst = rows.find((r) => r.name === 'Anna' && r.activityId === first!.id)!;
    expect(annaFirst).toMatchObject({ added: 2, edited: 1, moved: 1, votes: 0 });
    expect(annaFirst.activeMinutes).toBeGreaterThanOrEqual(1);
    const malloryFirst = rows.find((r) => r.participantId === mallory.body.participant.id && r.activityId === first!.id)!;
    expect(malloryFirst).toMatchObject({ added: 1, edited: 0, moved: 1, votes: 1 });
    expect(rows.find((r) => r.name === 'Anna' && r.activityId === second!.id)).toMatchObject({ added: 1, edited: 0, moved: 0 });
    // Activities in workshop order.
    expect(rows.map((r) => r.activityId).indexOf(second!.id)).toBeGreaterThan(rows.map((r) => r.activityId).indexOf(first!.id));

    const csv = await fetch(`${server.url}/api/workshops/${id}/contributions?format=csv`, { headers: { authorization: `Bearer ${facilitator}` } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="contributions-contributions\.csv"|attachment; filename=".*-contributions\.csv"/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('participant,group,activity,notes_added,notes_edited,notes_moved,writes,active_minutes,votes');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('C5 goes with the workshop', async () => {
    const created = await http.post('/api/workshops', { title: 'Gone', activities: [{ templateId: 'mc-definitions' }], groupCount: 1 });
    const id = created.body.workshop.id as string;
    const anna = await http.post(`/api/workshops/${id}/join`, { displayName: 'Anna' });
    const board = (created.body.workshop.boards as { id: string; kind: string }[]).find((b) => b.kind === 'group')!.id;
    const a = await writer(board, anna.body.token);
    a.kv.set('shape:n1', noteRecord({ id: 'n1', x: 10, y: 10, text: 'x' }));
    await sleep(300);
    a.client.destroy();
    expect((await http.get(`/api/workshops/${id}/contributions`, created.body.facilitatorToken)).body.rows).toHaveLength(1);
    expect((await http.del(`/api/workshops/${id}`, created.body.facilitatorToken)).status).toBe(204);
    expect((await http.get(`/api/workshops/${id}/contributions`, created.body.facilitatorToken)).status).toBe(404);
  });
});
