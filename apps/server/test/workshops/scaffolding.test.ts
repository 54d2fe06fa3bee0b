/**
 * The canvas scaffolding (frame, areas, questions) is not in any document a participant writes:
 * it comes from the template the server holds. A crafted update from a participant's client can
 * change only their own post-its, never the canvas.
 */
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { api } from '../helpers/api.js';
import { writeNote } from '../helpers/boardContent.js';
import { connectBoard, sleep } from '../helpers/clients.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.kill();
});

it('a crafted update cannot move, change or delete the canvas', async () => {
  const http = api(server.url);
  const created = await http.post('/api/workshops', { title: 'Scaffold', activities: [{ templateId: 'c4-substantive' }], groupCount: 1 });
  const id = created.body.workshop.id;
  const joined = await http.post(`/api/workshops/${id}/join`, { displayName: 'Mallory' });
  const view = (await http.get(`/api/workshops/${id}`, joined.body.token)).body;
  const board = view.boards.find((b: any) => b.kind === 'group').id;
  const templateBefore = (await http.get(`/api/workshops/${id}/templates/c4-substantive`, joined.body.token)).body;

  // A genuine note, then a crafted raw update: a fake "frame" record claiming to be the canvas,
  // a rewritten schema entry, and an attempt to write into keys nobody uses.
  const client = connectBoard(server.wsUrl, board, joined.body.token);
  await client.synced;
  writeNote(client.doc, { id: 'real', x: 100, y: 300, text: 'A real post-it' });
  await sleep(200);
  const forged = new Y.Doc();
  Y.applyUpdate(forged, Y.encodeStateAsUpdate(client.doc));
  forged.getArray<any>('tldraw-records').push([
    { key: 'shape:canvas-frame', val: { id: 'shape:canvas-frame', typeName: 'shape', type: 'frame', x: 9999, y: 9999, props: { w: 1, h: 1, name: 'HACKED' } } },
  ]);
  forged.getMap('template').set('areas', []);
  const update = Y.encodeStateAsUpdate(forged, Y.encodeStateVector(client.doc));
  const socket = new WebSocket(`${server.wsUrl}/sync/${board}?token=${joined.body.token}`);
  await new Promise((resolve) => socket.on('open', resolve));
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 0);
  encoding.writeVarUint(frame, 2);
  encoding.writeVarUint8Array(frame, update);
  socket.send(encoding.toUint8Array(frame));
  await sleep(300);
  socket.close();
  client.destroy();

  // The canvas is exactly what it was: served from the template, not from the document.
  const templateAfter = (await http.get(`/api/workshops/${id}/templates/c4-substantive`, joined.body.token)).body;
  expect(templateAfter).toEqual(templateBefore);
  const exported = (await http.get(`/api/workshops/${id}/boards/${board}/export?format=json`, created.body.facilitatorToken)).body;
  expect(exported.areas.map((a: any) => a.id)).toEqual(templateBefore.areas.map((a: any) => a.id));
  expect(exported.areas.map((a: any) => a.label)).toEqual(templateBefore.areas.map((a: any) => a.label.en));
  // The participant's own post-it is there, in its area; the fake frame is only a shape of theirs.
  const notes = exported.areas.flatMap((a: any) => a.notes).concat(exported.unsorted);
  expect(notes.map((n: any) => n.text)).toContain('A real post-it');
});
