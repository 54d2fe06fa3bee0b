/** A facilitator imports their own canvas (template JSON): validated with clear errors, then used like a built-in one. */
import { getTemplate } from '@canvas/templates';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.kill();
});

const own = () => ({ ...structuredClone(getTemplate('c1-needs')!), id: 'our-needs-canvas', version: '1.0.0', title: { en: 'Our needs canvas' } });

it('imports a valid template and serves it to the workshop', async () => {
  const http = api(server.url);
  const created = await http.post('/api/workshops', {
    title: 'Own canvas',
    activities: [{ templateId: 'our-needs-canvas' }, { templateId: 'c2-persona' }],
    customTemplates: [own()],
  });
  expect(created.status).toBe(201);
  expect(created.body.workshop.activities[0]).toMatchObject({ templateId: 'our-needs-canvas', title: 'Our needs canvas' });
  const id = created.body.workshop.id;
  const served = await http.get(`/api/workshops/${id}/templates/our-needs-canvas`, created.body.facilitatorToken);
  expect(served.status).toBe(200);
  expect(served.body.title).toEqual({ en: 'Our needs canvas' });
  expect((await http.get(`/api/workshops/${id}/templates/our-needs-canvas`)).status).toBe(401);
  const board = created.body.workshop.boards.find((b: any) => b.kind === 'facilitator');
  const exported = await http.get(`/api/workshops/${id}/boards/${board.id}/export?format=json`, created.body.facilitatorToken);
  expect(exported.status).toBe(200);
});

it('refuses an invalid template, naming where it is wrong', async () => {
  const http = api(server.url);
  const bad = own();
  bad.areas[0]!.rect.w = 99_999;
  const response = await http.post('/api/workshops', { title: 'Bad canvas', activities: [{ templateId: 'our-needs-canvas' }], customTemplates: [bad] });
  expect(response.status).toBe(400);
  expect(response.body.error).toBe('invalid_template');
  expect(response.body.field).toMatch(/^customTemplates\.0\.areas/);
  expect(response.body.message).toMatch(/Imported canvas 1/);
  const unknownKind = { ...own(), kind: 'sideways' };
  const second = await http.post('/api/workshops', { title: 'Bad canvas', activities: [{ templateId: 'our-needs-canvas' }], customTemplates: [unknownKind] });
  expect(second.status).toBe(400);
  expect(second.body.message).toContain('kind');
});

it('an imported canvas\'s method applies like a built-in one\'s: individual writing first (W1) and its dot-vote (V1)', async () => {
  const http = api(server.url);
  // C1's method is individual writing with 3 dots; the import asks for 5 dots, and the second activity
  // (a built-in C2, no writing) is where the facilitator moves on to, then back.
  const canvas = { ...own(), method: { individualWriting: true, vote: { dots: 5, scope: 'group' as const } } };
  const created = await http.post('/api/workshops', { title: 'Own method', activities: [{ templateId: 'c2-persona' }, { templateId: 'our-needs-canvas' }], customTemplates: [canvas] });
  expect(created.status).toBe(201);
  const id = created.body.workshop.id;
  const token = created.body.facilitatorToken;
  const [c2, ours] = created.body.workshop.activities;
  expect((await http.get(`/api/workshops/${id}`, token)).body.state.writingActivityIds).toEqual([]);
  expect((await http.patch(`/api/workshops/${id}`, { currentActivityId: ours.id }, token)).status).toBe(200);
  expect((await http.get(`/api/workshops/${id}`, token)).body.state.writingActivityIds).toEqual([ours.id]);
  const vote = await http.post(`/api/workshops/${id}/votes`, { activityId: ours.id }, token);
  expect(vote.status).toBeLessThan(300);
  expect(vote.body).toMatchObject({ dots: 5 });
  expect(c2.templateId).toBe('c2-persona');
});
