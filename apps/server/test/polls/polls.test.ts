/**
 * Quick polls (@canvas/workshops › polls/SPEC.md P1–P6) over the real server, real sockets and the
 * stock y-websocket client: one answer per participant, anonymous counts, hidden until shown.
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { connectBoard, outcome, waitFor } from '../helpers/clients.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let http: ReturnType<typeof api>;

async function workshop(groupCount = 1) {
  const created = await http.post('/api/workshops', { title: 'Polls', activities: [{ templateId: 'c1-needs' }], groupCount });
  expect(created.status).toBe(201);
  const id = created.body.workshop.id as string;
  const join = async (displayName: string) => {
    const joined = await http.post(`/api/workshops/${id}/join`, { displayName });
    expect(joined.status).toBe(201);
    return { token: joined.body.token as string, id: joined.body.participant.id as string };
  };
  return { id, facilitator: created.body.facilitatorToken as string, controlBoardId: created.body.workshop.controlBoardId as string, join };
}
const put = (path: string, body: unknown, token: string) => http.call('PUT', path, { body, token });

beforeAll(async () => {
  server = await startServer({ env: { JOIN_RATE_LIMIT: '1000', CREATE_RATE_LIMIT: '1000' } });
  http = api(server.url);
});
afterAll(async () => {
  await server?.kill();
});

describe('polls', () => {
  it('P1–P3 one answer per participant, replaced on a second answer; counts hidden from participants until shown, never who answered', async () => {
    const w = await workshop();
    const people = [await w.join('Anna'), await w.join('Ben'), await w.join('Cleo'), await w.join('Dan')];
    const asked = await http.post(`/api/workshops/${w.id}/polls`, { kind: 'choice', question: 'Where are you with micro-credentials?', options: ['Explorer', 'Expert', 'Pioneer'] }, w.facilitator);
    expect(asked.status).toBe(201);
    const pollId = asked.body.poll.id as string;
    expect(asked.body).toMatchObject({ poll: { kind: 'choice', open: true, resultsShown: false }, counts: [0, 0, 0], answered: 0 });

    for (const [i, person] of people.entries()) {
      const answered = await put(`/api/workshops/${w.id}/polls/${pollId}/answer`, { answer: i % 2 }, person.token);
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({ myAnswer: i % 2, counts: null, answered: null });
    }
    // Dan changes his mind: still one answer.
    expect((await put(`/api/workshops/${w.id}/polls/${pollId}/answer`, { answer: 2 }, people[3]!.token)).body.myAnswer).toBe(2);

    const facilitatorView = await http.get(`/api/workshops/${w.id}/polls/current`, w.facilitator);
    expect(facilitatorView.body).toMatchObject({ counts: [2, 1, 1], answered: 4, myAnswer: null });
    const hidden = await http.get(`/api/workshops/${w.id}/polls/current`, people[0]!.token);
    expect(hidden.body).toMatchObject({ myAnswer: 0, counts: null, answered: null });

    expect((await http.post(`/api/workshops/${w.id}/polls/${pollId}/results`, { shown: true }, people[0]!.token)).status).toBe(403);
    expect((await http.post(`/api/workshops/${w.id}/polls/${pollId}/results`, { shown: true }, w.facilitator)).status).toBe(200);
    const shown = await http.get(`/api/workshops/${w.id}/polls/current`, people[1]!.token);
    expect(shown.body).toMatchObject({ myAnswer: 1, counts: [2, 1, 1], answered: 4 });
    // Anonymous: no response names or identifies who answered.
    for (const body of [facilitatorView.body, shown.body]) {
      const text = JSON.stringify(body);
      for (const person of people) expect(text).not.toContain(person.id);
      for (const name of ['Anna', 'Ben', 'Cleo', 'Dan']) expect(text).not.toContain(name);
    }
  });

  it('P1/P2 a rating from 1 to 5; P4 closing fixes it; bad input gets a 4xx naming the problem', async () => {
    const w = await workshop();
    const anna = await w.join('Anna');
    const other = await workshop();
    const asked = await http.post(`/api/workshops/${w.id}/polls`, { kind: 'rating', question: 'How efficient are digital badges?', options: ['not at all', 'very'] }, w.facilitator);
    expect(asked.status).toBe(201);
    const pollId = asked.body.poll.id as string;
    const answer = (value: unknown, token = anna.token, id = pollId, workshopId = w.id) => put(`/api/workshops/${workshopId}/polls/${id}/answer`, { answer: value }, token);

    expect((await answer(0)).body).toMatchObject({ error: 'invalid_answer', field: 'answer' });
    expect((await answer(6)).status).toBe(400);
    expect((await answer(2.5)).status).toBe(400);
    expect((await answer('5')).status).toBe(400);
    expect((await answer(4)).body.myAnswer).toBe(4);
    // The facilitator does not answer; a facilitator of another workshop cannot touch this one.
    expect((await answer(3, w.facilitator)).body).toMatchObject({ error: 'participants_only' });
    expect((await http.post(`/api/workshops/${w.id}/polls/${pollId}/close`, {}, other.facilitator)).status).toBe(403);
    // Another workshop's poll id under this workshop: not found.
    const theirs = await http.post(`/api/workshops/${other.id}/polls`, { kind: 'rating', question: 'Theirs' }, other.facilitator);
    expect((await answer(3, anna.token, theirs.body.poll.id)).status).toBe(404);

    const bad = async (body: unknown) => (await http.post(`/api/workshops/${w.id}/polls`, body, w.facilitator)).body;
    expect(await bad({ kind: 'choice', question: '   ', options: ['a', 'b'] })).toMatchObject({ error: 'invalid_request', field: 'body.question' });
    expect(await bad({ kind: 'choice', question: 'Q', options: Array.from({ length: 13 }, (_, i) => `o${i}`) })).toMatchObject({ field: 'body.options' });
    expect(await bad({ kind: 'choice', question: 'Q', options: ['a', 'x'.repeat(2000)] })).toMatchObject({ field: 'body.options.1' });
    expect(await bad({ kind: 'choice', question: 'Q', options: ['only one'] })).toMatchObject({ field: 'body.options' });
    expect(await bad({ kind: 'secret', question: 'Q' })).toMatchObject({ error: 'invalid_request' });

    expect((await http.post(`/api/workshops/${w.id}/polls/${pollId}/close`, {}, w.facilitator)).body).toMatchObject({ poll: { open: false }, counts: [0, 0, 0, 1, 0] });
    expect((await answer(2)).body).toMatchObject({ error: 'poll_closed' });
    expect((await http.get(`/api/workshops/${w.id}/polls/current`, w.facilitator)).body.counts).toEqual([0, 0, 0, 1, 0]);
  });

  it('P1 asking a poll closes the open one; P5 the control board tells stock clients that a poll changed', async () => {
    const w = await workshop();
    const anna = await w.join('Anna');
    const control = connectBoard(server.wsUrl, w.controlBoardId, anna.token);
    expect(await outcome(control)).toBe('synced');
    const revision = () => control.doc.getMap('workshop').get('pollRevision') as number | undefined;
    const first = await http.post(`/api/workshops/${w.id}/polls`, { kind: 'rating', question: 'First' }, w.facilitator);
    await waitFor(() => (revision() ?? 0) >= 1, 5000, 'pollRevision after asking');
    const second = await http.post(`/api/workshops/${w.id}/polls`, { kind: 'rating', question: 'Second' }, w.facilitator);
    expect((await put(`/api/workshops/${w.id}/polls/${first.body.poll.id}/answer`, { answer: 3 }, anna.token)).body).toMatchObject({ error: 'poll_closed' });
    const before = revision()!;
    await put(`/api/workshops/${w.id}/polls/${second.body.poll.id}/answer`, { answer: 3 }, anna.token);
    await waitFor(() => revision()! > before, 5000, 'pollRevision after an answer');
    // The control board carries a counter, not the counts.
    expect(JSON.stringify(control.doc.getMap('workshop').toJSON())).not.toContain('"counts"');
    control.destroy();
  });

  it('P6 the workshop zip carries polls.json and polls.csv: counts only, formula cells defused', async () => {
    const w = await workshop();
    const anna = await w.join('Anna');
    const asked = await http.post(`/api/workshops/${w.id}/polls`, { kind: 'choice', question: '=HYPERLINK("http://evil.example","x")', options: ['+1', 'Plain'] }, w.facilitator);
    await put(`/api/workshops/${w.id}/polls/${asked.body.poll.id}/answer`, { answer: 0 }, anna.token);
    const response = await fetch(`${server.url}/api/workshops/${w.id}/export?format=zip`, { headers: { authorization: `Bearer ${w.facilitator}` } });
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const json = JSON.parse(strFromU8(files['polls.json']!));
    expect(json).toEqual([{ kind: 'choice', question: '=HYPERLINK("http://evil.example","x")', options: ['+1', 'Plain'], counts: [1, 0], answered: 1 }]);
    const csv = strFromU8(files['polls.csv']!);
    expect(csv.split('\r\n')[0]).toBe('question,kind,choice,count,answered');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")",choice,"'+1",1,1`);
    expect(csv).not.toContain('Anna');
  });
});
