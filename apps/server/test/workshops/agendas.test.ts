/**
 * Agendas (issue 18 item 2): the built-in ones are listed with their minutes; a workshop made from an
 * agenda has its activities in order with the agenda's minutes; a facilitator's own agenda is stored
 * in SQLite (it survives a restart), read back by id and deleted only with its key; bad input is a
 * 400 naming the offending field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.kill();
});

describe('built-in agendas', () => {
  it('lists the MicroQuest workshop, its seven units and the HE course, with units and minutes', async () => {
    const { status, body } = await api(server.url).get('/api/agendas');
    expect(status).toBe(200);
    expect(body.presets.map((a: any) => a.id)).toEqual([
      'microquest',
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `microquest-unit-${n}`),
      'he-course',
    ]);
    const full = body.presets[0];
    expect(full.items.map((i: any) => i.unit)).toEqual(['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2–4.3', '5.1', '5.1', '5.2', '6.1', '6.2', '6.3', '7']);
    expect(full.totalMinutes).toBe(690);
    expect(body.presets.at(-1).items[0]).toMatchObject({ templateId: 'he-self-assessment', unit: 'HE', title: { en: 'Where do you stand?' } });
  });

  it('a workshop created from an agenda keeps its order and its minutes (not the canvases\' own)', async () => {
    const http = api(server.url);
    const unit5 = (await http.get('/api/agendas')).body.presets.find((a: any) => a.id === 'microquest-unit-5');
    const created = await http.post('/api/workshops', {
      title: 'Unit 5',
      activities: unit5.items.map(({ templateId, durationMinutes }: any) => ({ templateId, durationMinutes })),
    });
    expect(created.status).toBe(201);
    expect(created.body.workshop.activities.map((a: any) => [a.templateId, a.durationMinutes])).toEqual([
      ['mc-design-steps', 30],
      ['awarding', 30], // the awarding canvas alone plans 60; in unit 5 it shares the hour with the first task
      ['badges-metadata', 30],
    ]);
  });

  it('refuses an activity duration that is not whole minutes', async () => {
    const res = await api(server.url).post('/api/workshops', { title: 'x', activities: [{ templateId: 'c1-needs', durationMinutes: 0 }] });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('body.activities.0.durationMinutes');
  });
});

describe('saved agendas', () => {
  const mine = {
    title: 'Our short awarding day',
    language: 'de',
    items: [
      { templateId: 'mc-elements', durationMinutes: 20 },
      { templateId: 'awarding', durationMinutes: 45 },
    ],
  };

  it('saves, reads back after a restart, and deletes only with the key', async () => {
    let http = api(server.url);
    const saved = await http.post('/api/agendas', mine);
    expect(saved.status).toBe(201);
    const { agenda, key } = saved.body;
    expect(agenda).toMatchObject({ title: mine.title, language: 'de', items: mine.items, totalMinutes: 65 });
    expect(agenda.id).toMatch(/^ag_[\w-]{16}$/);
    expect(key).toMatch(/^[\w-]{32}$/);

    // Stored in the database, not in memory: a restarted server still has it.
    const dataDir = server.dataDir;
    await server.kill();
    server = await startServer({ dataDir });
    http = api(server.url);
    const read = await http.get(`/api/agendas/${agenda.id}`);
    expect(read.status).toBe(200);
    expect(read.body.agenda).toEqual(agenda);

    // Reuse: the saved items create a workshop as they are.
    const created = await http.post('/api/workshops', { title: 'Again', activities: read.body.agenda.items });
    expect(created.body.workshop.activities.map((a: any) => a.durationMinutes)).toEqual([20, 45]);

    expect((await http.del(`/api/agendas/${agenda.id}`)).status).toBe(401);
    const wrong = await http.del(`/api/agendas/${agenda.id}`, 'not-the-key');
    expect(wrong.status).toBe(403);
    expect(wrong.body.error).toBe('forbidden');
    expect((await http.del(`/api/agendas/${agenda.id}`, key)).status).toBe(204);
    const gone = await http.get(`/api/agendas/${agenda.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ error: 'agenda_not_found', field: 'agendaId' });
    expect((await http.del(`/api/agendas/${agenda.id}`, key)).status).toBe(404);
  });

  it.each([
    ['an unknown canvas', { ...mine, items: [mine.items[0], { templateId: 'c9-nothing', durationMinutes: 5 }] }, 'body.items.1.templateId', /Unknown canvas template "c9-nothing"/],
    ['no title', { ...mine, title: '   ' }, 'body.title', /must not be empty/],
    ['no activities', { ...mine, items: [] }, 'body.items', /at least one activity/],
    ['too many activities', { ...mine, items: Array.from({ length: 21 }, () => mine.items[0]) }, 'body.items', /at most 20/],
    ['a fractional duration', { ...mine, items: [{ templateId: 'c1-needs', durationMinutes: 2.5 }] }, 'body.items.0.durationMinutes', /whole number/],
    ['a duration over ten hours', { ...mine, items: [{ templateId: 'c1-needs', durationMinutes: 601 }] }, 'body.items.0.durationMinutes', /at most 600/],
    ['an unknown key', { ...mine, owner: 'me' }, 'body', /owner|unrecognized/i],
    ['an unknown language', { ...mine, language: 'xx' }, 'body.language', /./],
  ])('refuses %s with a 400 naming the field', async (_what, body, field, message) => {
    const res = await api(server.url).post('/api/agendas', body);
    expect(res.status).toBe(400);
    expect(res.body.field).toBe(field);
    expect(res.body.message).toMatch(message);
  });

  it('refuses a malformed id and a body that is not JSON', async () => {
    const http = api(server.url);
    const badId = await http.get('/api/agendas/has%20space');
    expect(badId.status).toBe(400);
    expect(badId.body.field).toBe('params.agendaId');
    const res = await fetch(`${server.url}/api/agendas`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":' });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe('invalid_json');
  });
});
