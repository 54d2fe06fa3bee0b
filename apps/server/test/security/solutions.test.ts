/**
 * Issue 10 item 11: a mentor's solution reaches a participant only through what access rule A6 opens
 * while it is shown, never through the template routes or the web bundle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const SOLUTION_TEXTS = ['Written exam or online quiz', 'Schriftliche Prüfung oder Online-Quiz', 'Employer or workplace mentor', 'Arbeitgeber oder betriebliche Betreuung'];

let server: ServerProcess;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.kill();
});

it('public template routes carry no solution', async () => {
  const http = api(server.url);
  const list = await http.get('/api/templates');
  expect(list.status).toBe(200);
  expect(list.body.templates.map((t: { id: string }) => t.id)).toContain('assessment-forms');
  expect(list.body.templates.some((t: { solution?: unknown }) => t.solution)).toBe(false);
  for (const id of ['assessment-forms', 'mc-elements']) {
    const one = await http.get(`/api/templates/${id}`);
    expect(one.status).toBe(200);
    expect(one.body.solution).toBeUndefined();
  }
  expect(JSON.stringify(list.body)).not.toContain(SOLUTION_TEXTS[0]);
});

it('a participant gets the workshop template without its solution until the facilitator shows it; the facilitator always gets it', async () => {
  const http = api(server.url);
  const created = await http.post('/api/workshops', { title: 'Solutions', activities: [{ templateId: 'assessment-forms' }], groupCount: 1 });
  const id = created.body.workshop.id;
  const facilitator = created.body.facilitatorToken;
  const joined = await http.post(`/api/workshops/${id}/join`, { displayName: 'Pia' });
  const route = `/api/workshops/${id}/templates/assessment-forms`;

  const hidden = await http.get(route, joined.body.token);
  expect(hidden.status).toBe(200);
  expect(hidden.body.areas.length).toBeGreaterThan(0);
  expect(hidden.body.solution).toBeUndefined();
  expect(JSON.stringify(hidden.body)).not.toContain(SOLUTION_TEXTS[0]);

  const mentor = await http.get(route, facilitator);
  expect(mentor.body.solution.notes.length).toBeGreaterThan(0);

  const activityId = created.body.workshop.activities[0].id;
  expect((await http.patch(`/api/workshops/${id}`, { shownSolutionActivityIds: [activityId] }, facilitator)).status).toBe(200);
  const shown = await http.get(route, joined.body.token);
  expect(shown.body.solution.notes.length).toBe(mentor.body.solution.notes.length);

  expect((await http.patch(`/api/workshops/${id}`, { shownSolutionActivityIds: [] }, facilitator)).status).toBe(200);
  expect((await http.get(route, joined.body.token)).body.solution).toBeUndefined();
});

it('an imported canvas keeps its own solution from participants too', async () => {
  const http = api(server.url);
  const own = (await http.get('/api/templates/assessment-forms')).body;
  const custom = { ...own, id: 'own-forms', solution: { notes: [{ areaId: own.areas[0].id, text: { en: 'Imported mentor answer xyzzy' } }] } };
  const created = await http.post('/api/workshops', { title: 'Own', activities: [{ templateId: 'own-forms' }], groupCount: 1, customTemplates: [custom] });
  expect(created.status).toBe(201);
  const joined = await http.post(`/api/workshops/${created.body.workshop.id}/join`, { displayName: 'Ben' });
  const seen = await http.get(`/api/workshops/${created.body.workshop.id}/templates/own-forms`, joined.body.token);
  expect(seen.status).toBe(200);
  expect(JSON.stringify(seen.body)).not.toContain('xyzzy');
  const mentor = await http.get(`/api/workshops/${created.body.workshop.id}/templates/own-forms`, created.body.facilitatorToken);
  expect(JSON.stringify(mentor.body)).toContain('xyzzy');
});

it('the built web app contains no solution text', () => {
  const assets = path.resolve(here, '../../../web/dist/assets');
  const files = fs.readdirSync(assets).filter((name) => name.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  for (const name of files) {
    const text = fs.readFileSync(path.join(assets, name), 'utf8');
    for (const solution of SOLUTION_TEXTS) expect([name, text.includes(solution)]).toEqual([name, false]);
  }
});
