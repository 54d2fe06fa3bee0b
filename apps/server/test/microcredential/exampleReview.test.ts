/**
 * 6.3 (issue 18): the checklist of an existing micro-credential a group recorded on the example-review
 * canvas is made from that board alone; the group's own design (C4) stays separate. SPEC M18.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { writeFields, writeNote } from '../helpers/boardContent.js';
import { connectBoard, sleep } from '../helpers/clients.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.kill();
});

it('drafts the recorded example from its board only, and the group design without it', async () => {
  const http = api(server.url);
  const created = await http.post('/api/workshops', {
    title: 'Examples',
    activities: [{ templateId: 'c4-substantive' }, { templateId: 'mc-example-review' }],
    groupCount: 1,
  });
  const workshopId = created.body.workshop.id;
  const joined = await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ana' });
  const token = joined.body.token;
  const view = (await http.get(`/api/workshops/${workshopId}`, token)).body;
  const [c4, example] = view.activities;
  const boardOf = (activityId: string) => view.boards.find((b: any) => b.kind === 'group' && b.activityId === activityId).id;

  const own = connectBoard(server.wsUrl, boardOf(c4.id), token);
  const other = connectBoard(server.wsUrl, boardOf(example.id), token);
  await Promise.all([own.synced, other.synced]);
  writeFields(own.doc, { title: 'Our heat pump course' });
  writeFields(other.doc, { title: 'Digital Advertising Operations', qualityAssurance: 'external' });
  writeNote(other.doc, { id: 'lo', x: 650, y: 250, text: 'Plan a digital advertising campaign' });
  writeNote(other.doc, { id: 'gap', x: 650, y: 650, text: 'No EQF level stated' }); // a review note, not an outcome
  await sleep(300);

  const base = `/api/workshops/${workshopId}/groups/${view.me.groupId}/micro-credential`;
  const ofExample = await http.get(`${base}?activityId=${example.id}`, token);
  expect(ofExample.status).toBe(200);
  expect(ofExample.body.draft.title).toBe('Digital Advertising Operations');
  expect(ofExample.body.draft.learningOutcomes).toEqual([{ text: 'Plan a digital advertising campaign' }]);
  expect(ofExample.body.checklist.find((i: any) => i.id === 'quality-assurance').status).toBe('present');

  const ofGroup = await http.get(base, token);
  expect(ofGroup.body.draft.title).toBe('Our heat pump course');
  expect(ofGroup.body.draft.learningOutcomes).toEqual([]);

  const unknown = await http.get(`${base}?activityId=ac_nothing`, token);
  expect(unknown.status).toBe(404);
  expect(unknown.body).toMatchObject({ error: 'activity_not_found', field: 'activityId' });
  own.destroy();
  other.destroy();
});
