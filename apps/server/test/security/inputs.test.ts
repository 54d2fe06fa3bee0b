/** Issue 10 item 13: bidi controls leave names, and a deeply nested body gets 400, not 500. */
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

const RLO = '\u202E';
const ISOLATES = '\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u202A\u202B\u202C\u202D';

it('strips bidi controls from workshop, group and participant names and the facilitator name', async () => {
  const http = api(server.url);
  const created = await http.post('/api/workshops', {
    title: `Plan ${RLO}fdp.exe`,
    facilitatorName: `Mod${ISOLATES}erator`,
    activities: [{ templateId: 'c1-needs', title: `Act${RLO}ivity` }],
    groupCount: 1,
  });
  expect(created.status).toBe(201);
  const id = created.body.workshop.id;
  const facilitator = created.body.facilitatorToken;
  const groupId = created.body.workshop.groups[0].id;
  expect((await http.patch(`/api/workshops/${id}/groups/${groupId}`, { name: `Team${RLO} 1` }, facilitator)).status).toBe(204);
  expect((await http.post(`/api/workshops/${id}/groups`, { name: `${RLO}Two` }, facilitator)).status).toBe(201);
  const joined = await http.post(`/api/workshops/${id}/join`, { displayName: `Eve${RLO}gnp.js` });
  expect(joined.status).toBe(201);
  expect(joined.body.participant.displayName).toBe('Evegnp.js');
  expect((await http.patch(`/api/workshops/${id}`, { title: `Renamed ${RLO}x` }, facilitator)).status).toBe(200);
  const view = await http.get(`/api/workshops/${id}`, facilitator);
  const text = JSON.stringify(view.body);
  expect(text).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  expect(view.body.title).toBe('Renamed x');
  expect(view.body.groups.map((g: { name: string }) => g.name)).toEqual(['Team 1', 'Two']);
  expect(view.body.me.displayName).toBe('Moderator');
  // A name of nothing but controls is empty, and refused as such.
  const empty = await http.post(`/api/workshops/${id}/join`, { displayName: RLO });
  expect(empty.status).toBe(400);
  expect(empty.body.field).toBe('body.displayName');
});

it('answers a deeply nested JSON body with 400 naming the problem, and the server carries on', async () => {
  for (const body of ['['.repeat(200_000) + ']'.repeat(200_000), `{"title":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`]) {
    for (const path of ['/api/workshops', '/api/workshops/ws_x/join']) {
      const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect([path, response.status]).toEqual([path, 400]);
      expect(await response.json()).toMatchObject({ error: 'too_deeply_nested', field: 'body' });
    }
  }
  // The public verifier reports nesting as a failed check of its own (issuing SPEC V1), not as 400.
  const verify = await fetch(`${server.url}/api/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"credential":${'['.repeat(50_000)}${']'.repeat(50_000)}}` });
  expect((await verify.json()).checks[0]).toMatchObject({ id: 'format', outcome: 'failed', reason: 'too_deep' });
  // Ordinary nesting still passes.
  const ok = await api(server.url).post('/api/workshops', { title: 'Fine', activities: [{ templateId: 'c1-needs' }], groupCount: 1 });
  expect(ok.status).toBe(201);
  expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
});
