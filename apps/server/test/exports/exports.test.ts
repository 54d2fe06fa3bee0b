/**
 * Board and workshop exports over the real server: notes written by a stock y-websocket client
 * come back sorted into the template's areas (JSON, Markdown, CSV), drawn (SVG, PDF), and zipped
 * for the facilitator; access follows the board rules (packages/access/SPEC.md A1–A9).
 */
import { BoardExportSchema, WorkshopExportSchema, getTemplate } from '@canvas/templates';
import { strFromU8, unzipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YKeyValue } from 'y-utility/y-keyvalue';
import type * as Y from 'yjs';
import { api } from '../helpers/api.js';
import { ARTIFACTS_DIR } from '../helpers/browser.js';
import { connectBoard, sleep } from '../helpers/clients.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let http: ReturnType<typeof api>;
let workshopId = '';
let facilitator = '';
let ana = '';
let anaId: string;
let ben = '';
let groupA = { id: '', name: '' };
let boardA = '';
let boardB = '';
let flipchartBoard = '';
let view: any;

const c4 = getTemplate('c4-substantive')!;

/** Top-left corner of a 200 × 200 note centred in an area of C4, shifted by `dx`. */
function inArea(areaId: string, dx = 0): { x: number; y: number } {
  const area = c4.areas.find((a) => a.id === areaId)!;
  return { x: area.rect.x + area.rect.w / 2 - 100 + dx, y: area.rect.y + area.rect.h / 2 - 100 };
}

let index = 0;
/** A tldraw note record as the web binding writes it (TipTap rich text, author metadata). */
function noteRecord(id: string, at: { x: number; y: number }, text: string, meta: Record<string, unknown>, color = 'yellow') {
  index++;
  return {
    id: `shape:${id}`,
    typeName: 'shape',
    type: 'note',
    x: at.x,
    y: at.y,
    rotation: 0,
    index: `a${index}`,
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    props: {
      color,
      richText: { type: 'doc', content: text.split('\n').map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })) },
      size: 'm',
      font: 'draw',
      align: 'middle',
      verticalAlign: 'middle',
      labelColor: 'black',
      growY: 0,
      fontSizeAdjustment: 0,
      url: '',
      scale: 1,
      textLastEditedBy: null,
    },
    meta: { createdAt: Date.parse('2026-11-23T10:00:00Z'), updatedAt: Date.parse('2026-11-23T10:05:00Z'), ...meta },
  };
}

const NOTES = {
  lo: 'Size a heat pump for a family home',
  lo2: 'Explain refrigerant safety rules',
  as: 'Practical task, assessed by a "master" installer',
  script: '<script>alert(1)</script>',
  emoji: 'Peer feedback 🎉 → 3 rounds',
  unsorted: 'Parking lot: recognition by the chamber',
};

async function fill(boardId: string, token: string, write: (doc: Y.Doc) => void): Promise<void> {
  const client = connectBoard(server.wsUrl, boardId, token);
  await client.synced;
  write(client.doc);
  await sleep(300);
  client.destroy();
}

async function download(path: string, token?: string) {
  const response = await fetch(`${server.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: Buffer.from(bytes).toString('utf8') };
}

beforeAll(async () => {
  server = await startServer();
  http = api(server.url);
  const created = await http.post('/api/workshops', {
    title: 'MicroQuest Wien: Wärmepumpen',
    language: 'en',
    activities: [{ templateId: 'c1-needs' }, { templateId: 'c4-substantive' }, { templateId: 'vet-he-flipchart' }],
    groupCount: 2,
    facilitatorName: 'Mentor Maria',
  });
  expect(created.status).toBe(201);
  workshopId = created.body.workshop.id;
  facilitator = created.body.facilitatorToken;
  const [first, second] = created.body.workshop.groups;
  groupA = { id: first.id, name: first.name };
  const anaJoined = (await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ana', groupId: first.id })).body;
  ana = anaJoined.token;
  anaId = anaJoined.participant.id;
  ben = (await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ben', groupId: second.id })).body.token;
  view = (await http.get(`/api/workshops/${workshopId}`, facilitator)).body;
  const c4Activity = view.activities.find((a: any) => a.templateId === 'c4-substantive');
  const flipchart = view.activities.find((a: any) => a.templateId === 'vet-he-flipchart');
  boardA = view.boards.find((b: any) => b.kind === 'group' && b.groupId === first.id && b.activityId === c4Activity.id).id;
  boardB = view.boards.find((b: any) => b.kind === 'group' && b.groupId === second.id && b.activityId === c4Activity.id).id;
  flipchartBoard = view.boards.find((b: any) => b.kind === 'workshop' && b.activityId === flipchart.id).id;

  await fill(boardA, ana, (doc) => {
    const records = new YKeyValue<any>(doc.getArray('tldraw-records'));
    const author = { authorId: 'pa-ana', authorName: 'Ana' };
    doc.transact(() => {
      records.set('document:document', { id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} });
      records.set('page:page', { id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} });
      for (const note of [
        noteRecord('lo', inArea('learning-outcomes', -110), NOTES.lo, { ...author, bloomLevel: 3 }),
        noteRecord('lo2', inArea('learning-outcomes', 110), NOTES.lo2, author, 'light-blue'),
        noteRecord('as', inArea('assessment'), NOTES.as, author, 'light-red'),
        noteRecord('dm', inArea('didactic-methods'), NOTES.script, author, 'orange'),
        noteRecord('pr', inArea('prerequisites'), NOTES.emoji, { authorId: 'pa-ana', authorName: 'Ana 🙂' }, 'violet'),
        noteRecord('un', { x: 1900, y: 300 }, NOTES.unsorted, author, 'grey'),
      ]) {
        records.set(note.id, note);
      }
    });
    const fields = doc.getMap('fields');
    doc.transact(() => {
      fields.set('title', 'Heat-pump installation basics');
      fields.set('eqfLevel', '4');
      fields.set('ects', 3);
      fields.set('deliveryMode', 'blended');
      fields.set('assessmentType', ['practical-task', 'portfolio']);
    });
  });
  await fill(flipchartBoard, ben, (doc) => {
    new YKeyValue<any>(doc.getArray('tldraw-records')).set('shape:vet', noteRecord('vet', { x: 100, y: 300 }, 'Apprenticeship credits', { authorName: 'Ben' }));
  });
  await sleep(300);
});

afterAll(async () => {
  await server?.kill();
});

const boardPath = (boardId: string, query: string) => `/api/workshops/${workshopId}/boards/${boardId}/export?${query}`;

describe('one board', () => {
  it('JSON: notes in their areas with author, unsorted notes, fields', async () => {
    const res = await download(boardPath(boardA, 'format=json'), ana);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="microquest-wien-warmepumpen-group-1-c4-substantive-elements.json"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const data = BoardExportSchema.parse(JSON.parse(res.text));
    expect(data.board).toEqual({ id: boardA, title: 'C4 Substantive elements', groupName: groupA.name, workshopTitle: 'MicroQuest Wien: Wärmepumpen' });
    const area = (id: string) => data.areas.find((a) => a.id === id)!;
    expect(area('learning-outcomes').notes.map((n) => [n.text, n.authorName, n.bloomLevel])).toEqual([
      [NOTES.lo, 'Ana', 3],
      [NOTES.lo2, 'Ana', null],
    ]);
    // The author the server recorded for Ana's socket, not the id her client wrote ('pa-ana').
    expect(area('assessment').notes[0]).toMatchObject({ text: NOTES.as, authorId: anaId, color: 'light-red', createdAt: '2026-11-23T10:00:00.000Z' });
    expect(area('didactic-methods').notes[0]!.text).toBe(NOTES.script);
    expect(area('prerequisites').notes[0]!.text).toBe(NOTES.emoji);
    expect(area('delivery-mode').notes).toEqual([]);
    expect(data.unsorted.map((n) => n.text)).toEqual([NOTES.unsorted]);
    const field = (id: string) => data.fields.find((f) => f.id === id)!;
    expect(field('title').value).toBe('Heat-pump installation basics');
    expect(field('eqfLevel').value).toBe('4');
    // Stored as a version-1 board did; exported as version 2 describes it (templates SPEC T6).
    expect(field('assessmentType').value).toEqual(['practical-assessment', 'portfolio']);
    expect(data.counts).toMatchObject({ notes: 6, sorted: 5, unsorted: 1, fieldsFilled: 5, issues: 0 });
  });

  it('Markdown and CSV contain the texts; German labels on request', async () => {
    const md = await download(boardPath(boardA, 'format=md&lang=de'), ana);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(md.headers.get('content-disposition')).toMatch(/filename="[a-z0-9-]+\.md"$/);
    for (const text of [NOTES.lo, NOTES.as, NOTES.emoji, '## Lernergebnisse', 'Heat-pump installation basics']) expect(md.text).toContain(text);
    const csv = await download(boardPath(boardA, 'format=csv'), ana);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.text.split('\r\n')[0]).toBe('board,group,area,text,author,colour,created,updated,bloom_level,eqf_level,votes');
    expect(csv.text).toContain(`learning-outcomes,${NOTES.lo},Ana,yellow`);
    expect(csv.text).toContain('"Practical task, assessed by a ""master"" installer"');
  });

  it('SVG draws the notes, areas and fields, with text escaped', async () => {
    const res = await download(boardPath(boardA, 'format=svg'), ana);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/filename="microquest-wien-warmepumpen-group-1-c4-substantive-elements\.svg"$/);
    const svg = res.text;
    expect(svg.match(/<g class="note"/g)).toHaveLength(6);
    expect(svg.match(/<g class="area"/g)).toHaveLength(c4.areas.length);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const plain = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const word of ['Size a heat', 'refrigerant', 'Parking lot', 'Learning outcomes', 'Heat-pump installation basics']) expect(plain).toContain(word);
  });

  it('PDF: one landscape page, A4 or A3; emoji do not break it', async () => {
    for (const [paper, size] of [
      ['a4', [842, 595]],
      ['a3', [1191, 842]],
    ] as const) {
      const res = await download(boardPath(boardA, `format=pdf&paper=${paper}`), ana);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(res.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      const doc = await PDFDocument.load(res.bytes);
      expect(doc.getPageCount()).toBe(1);
      const { width, height } = doc.getPage(0).getSize();
      expect([Math.round(width), Math.round(height)]).toEqual(size);
    }
  });

  it('refuses a credential in the query string (issue 10 item 12: the header only)', async () => {
    const res = await download(boardPath(boardA, `format=csv&token=${encodeURIComponent(ana)}`));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toMatchObject({ error: 'credential_in_url', field: 'querystring.token' });
    expect(res.text).not.toContain(NOTES.lo);
  });

  it('the facilitator exports any board; a member of another group gets 403; no credential 401', async () => {
    expect((await download(boardPath(boardA, 'format=json'), facilitator)).status).toBe(200);
    const other = await download(boardPath(boardA, 'format=json'), ben);
    expect(other.status).toBe(403);
    expect(JSON.parse(other.text)).toMatchObject({ error: 'forbidden' });
    expect(other.text).not.toContain(NOTES.lo);
    const none = await download(boardPath(boardA, 'format=pdf'));
    expect(none.status).toBe(401);
    expect(JSON.parse(none.text)).toMatchObject({ error: 'unauthorized' });
    expect((await download(boardPath(boardA, 'format=json'), 'forged.token')).status).toBe(401);
    // Ben reads his own group's board and the workshop-wide one.
    expect((await download(boardPath(boardB, 'format=svg'), ben)).status).toBe(200);
    const flip = await download(boardPath(flipchartBoard, 'format=json'), ana);
    expect(flip.status).toBe(200);
    expect(flip.headers.get('content-disposition')).toContain('-whole-workshop-');
  });

  it('a spotlighted group is readable, so exportable, by other groups', async () => {
    await http.patch(`/api/workshops/${workshopId}`, { spotlightGroupId: groupA.id }, facilitator);
    expect((await download(boardPath(boardA, 'format=md'), ben)).status).toBe(200);
    await http.patch(`/api/workshops/${workshopId}`, { spotlightGroupId: null }, facilitator);
    expect((await download(boardPath(boardA, 'format=md'), ben)).status).toBe(403);
  });

  it('unknown board → 404, control board → 404, bad format → 400 naming querystring.format', async () => {
    const unknown = await download(boardPath('bd_nope', 'format=json'), ana);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text)).toMatchObject({ error: 'board_not_found', field: 'boardId' });
    expect((await download(boardPath(view.controlBoardId, 'format=json'), facilitator)).status).toBe(404);
    const bad = await download(boardPath(boardA, 'format=docx'), ana);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({ error: 'invalid_request', field: 'querystring.format' });
    expect((await download(boardPath(boardA, 'format=pdf&paper=letter'), ana)).status).toBe(400);
    expect((await download(`/api/workshops/ws_nope/boards/${boardA}/export?format=json`, ana)).status).toBe(404);
  });
});

describe('whole workshop', () => {
  it('zip: every board with json, md, csv, svg, pdf, plus workshop.json, .md, .csv, .pdf', async () => {
    const res = await download(`/api/workshops/${workshopId}/export?format=zip`, facilitator);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="microquest-wien-warmepumpen-export-a4.zip"');
    const files = unzipSync(res.bytes);
    const names = Object.keys(files).sort();
    // Kept for a look (CI uploads test-artifacts/): the renders of a real board.
    for (const name of ['workshop.pdf', 'group-1/02-c4-substantive-elements.svg', 'group-1/02-c4-substantive-elements.pdf']) {
      const target = path.join(ARTIFACTS_DIR, 'exports', name);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      if (files[name]) fs.writeFileSync(target, files[name]!);
    }
    // 2 groups × (c1, c4) + the workshop-wide flipchart; facilitator boards are empty, so left out.
    const boards = ['group-1/01-c1-needs-based-approach', 'group-1/02-c4-substantive-elements', 'group-2/01-c1-needs-based-approach', 'group-2/02-c4-substantive-elements', 'whole-workshop/03-micro-credentials-in-vet-and-he'];
    const expected = [...boards.flatMap((b) => ['json', 'md', 'csv', 'svg', 'pdf'].map((ext) => `${b}.${ext}`)), 'workshop.csv', 'workshop.json', 'workshop.md', 'workshop.pdf'].sort();
    expect(names).toEqual(expected);
    const whole = WorkshopExportSchema.parse(JSON.parse(strFromU8(files['workshop.json']!)));
    expect(whole.counts).toMatchObject({ boards: 5, notes: 7 });
    expect(strFromU8(files['workshop.md']!)).toContain(NOTES.lo);
    expect(strFromU8(files['group-1/02-c4-substantive-elements.csv']!)).toContain(NOTES.as.replace(/"/g, '""'));
    expect(strFromU8(files['whole-workshop/03-micro-credentials-in-vet-and-he.svg']!)).toContain('Apprenticeship');
    const pdf = await PDFDocument.load(files['workshop.pdf']!);
    expect(pdf.getPageCount()).toBe(5);
    expect((await PDFDocument.load(files['group-1/02-c4-substantive-elements.pdf']!)).getPageCount()).toBe(1);
  });

  it('pdf (A3) and json', async () => {
    const pdf = await download(`/api/workshops/${workshopId}/export?format=pdf&paper=a3`, facilitator);
    expect(pdf.status).toBe(200);
    const doc = await PDFDocument.load(pdf.bytes);
    expect(doc.getPageCount()).toBe(5);
    expect(doc.getPages().map((p) => Math.round(p.getSize().width))).toEqual([1191, 1191, 1191, 1191, 1191]);
    const json = await download(`/api/workshops/${workshopId}/export?format=json`, facilitator);
    expect(json.status).toBe(200);
    expect(WorkshopExportSchema.parse(JSON.parse(json.text)).boards).toHaveLength(5);
  });

  it('is for the facilitator only', async () => {
    expect((await download(`/api/workshops/${workshopId}/export?format=zip`, ana)).status).toBe(403);
    expect((await download(`/api/workshops/${workshopId}/export?format=zip`)).status).toBe(401);
    const bad = await download(`/api/workshops/${workshopId}/export?format=svg`, facilitator);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).field).toBe('querystring.format');
  });
});
