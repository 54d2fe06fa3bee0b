/** Deleting a workshop removes every board and personal name from the store: checked in the file. */
import fs from 'node:fs';
import { itOnSqlite } from '../helpers/engine.js';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { connectBoard, sleep } from '../helpers/clients.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.kill();
});

function filesContain(dir: string, needle: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith('canvas-sessions.sqlite'))
    .filter((name) => fs.readFileSync(path.join(dir, name)).includes(Buffer.from(needle, 'utf8')));
}

itOnSqlite('leaves nothing of a deleted workshop in the SQLite files', async () => {
  const http = api(server.url);
  const TITLE = 'Zyxwv Workshop Title';
  const NAME = 'Quentinella Vandersnoot';
  const NOTE = 'Confidential sticky note qwertz';
  const created = await http.post('/api/workshops', { title: TITLE, activities: [{ templateId: 'c1-needs' }], groupCount: 1 });
  const id = created.body.workshop.id;
  const joined = await http.post(`/api/workshops/${id}/join`, { displayName: NAME });
  const view = await http.get(`/api/workshops/${id}`, joined.body.token);
  const board = view.body.boards.find((b: { kind: string }) => b.kind === 'group').id;
  const client = connectBoard(server.wsUrl, board, joined.body.token);
  await client.synced;
  client.doc.getMap('test').set('note', NOTE);
  await sleep(300);
  client.destroy();
  await sleep(500); // evicted and compacted
  expect(filesContain(server.dataDir, TITLE).length + filesContain(server.dataDir, NAME).length).toBeGreaterThan(0);
  expect(filesContain(server.dataDir, NOTE).length).toBeGreaterThan(0);

  expect((await http.del(`/api/workshops/${id}`, created.body.facilitatorToken)).status).toBe(204);
  expect((await http.get(`/api/workshops/${id}`, created.body.facilitatorToken)).status).toBe(404);
  expect(filesContain(server.dataDir, TITLE)).toEqual([]);
  expect(filesContain(server.dataDir, NAME)).toEqual([]);
  expect(filesContain(server.dataDir, NOTE)).toEqual([]);
  expect(filesContain(server.dataDir, id)).toEqual([]);

  // And after a clean shutdown (final checkpoint) too.
  expect(await server.kill('SIGTERM')).toBe(0);
  for (const needle of [TITLE, NAME, NOTE, id]) expect(filesContain(server.dataDir, needle)).toEqual([]);
});

itOnSqlite('leaves no name of a removed participant, and no name or note of a deleted group, in the SQLite files', async () => {
  const local = await startServer();
  try {
    const http = api(local.url);
    const created = await http.post('/api/workshops', { title: 'Removal check', activities: [{ templateId: 'c1-needs' }], groupCount: 2 });
    const id = created.body.workshop.id;
    const facilitator = created.body.facilitatorToken;
    const PERSON = 'Ottoline Brackenwhistle';
    const GROUP = 'Marmalade Quorum Nine';
    const NOTE = 'Secret group note plover';
    const joined = await http.post(`/api/workshops/${id}/join`, { displayName: PERSON });
    const groupId = created.body.workshop.groups[1].id;
    expect((await http.patch(`/api/workshops/${id}/groups/${groupId}`, { name: GROUP }, facilitator)).status).toBe(204);
    const view = await http.get(`/api/workshops/${id}`, facilitator);
    const board = view.body.boards.find((b: { kind: string; groupId: string }) => b.kind === 'group' && b.groupId === groupId).id;
    const client = connectBoard(local.wsUrl, board, facilitator);
    await client.synced;
    client.doc.getMap('test').set('note', NOTE);
    await sleep(300);
    client.destroy();
    await sleep(500);
    for (const needle of [PERSON, GROUP, NOTE]) expect(filesContain(local.dataDir, needle).length).toBeGreaterThan(0);

    expect((await http.del(`/api/workshops/${id}/participants/${joined.body.participant.id}`, facilitator)).status).toBe(204);
    expect(filesContain(local.dataDir, PERSON)).toEqual([]);
    expect((await http.del(`/api/workshops/${id}/groups/${groupId}`, facilitator)).status).toBe(204);
    expect(filesContain(local.dataDir, GROUP)).toEqual([]);
    expect(filesContain(local.dataDir, NOTE)).toEqual([]);
  } finally {
    await local.kill();
  }
});
