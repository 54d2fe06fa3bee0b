/**
 * Nobody can stall the server through an export (issue 10, items 1, 2, 8; issue 12, items 4, 5):
 * a note of one 100,000-character word, a catastrophic pattern in an imported canvas, formulas and
 * HTML in notes, Unicode names, and the export pool's limits — over the real built server.
 * Rules: packages/export-jobs/SPEC.md (X1–X3), packages/board-render/SPEC.md (R2, R4),
 * packages/templates/SPEC.md (T4.7, T4.8, T5.7, T6), docs/security.md ("Limits").
 */
import { getTemplate } from '@canvas/templates';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { api } from '../helpers/api.js';
import { writeNote } from '../helpers/boardContent.js';
import { connectBoard, sleep } from '../helpers/clients.js';
import { probeHealth } from '../helpers/healthProbe.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitaen'.repeat(2400).slice(0, 100_000);
const NAMES = ['Zoltán Kővári', 'Łucja Źdźbło', 'Řehoř Dvořák', 'Ελένη Παπαδοπούλου'];
const HOSTILE_PATTERN = '(a|a)+';
const c4 = getTemplate('c4-substantive')!;
/** An imported canvas: C4 with one more text field whose pattern backtracks exponentially in JavaScript. */
const hostileCanvas = () => ({
  ...structuredClone(c4),
  id: 'hostile-c4',
  version: '9.0.0',
  title: { en: 'Designing Micro-Credentials for Vocational Education and Training Mentors' },
  fields: [...structuredClone(c4.fields ?? []), { id: 'code', label: { en: 'Code' }, kind: 'text', pattern: HOSTILE_PATTERN }],
});

let server: ServerProcess;
let http: ReturnType<typeof api>;
let workshopId = '';
let facilitator = '';
let member = '';
let groupId = '';
let longBoard = '';
let hostileBoard = '';

async function fill(boardId: string, token: string, write: (doc: Y.Doc) => void): Promise<void> {
  const client = connectBoard(server.wsUrl, boardId, token);
  await client.synced;
  write(client.doc);
  await sleep(300);
  client.destroy();
}

/** A download with a deadline, so that a server that hangs fails the test instead of hanging it. */
async function download(base: string, path: string, token: string, timeoutMs = 20_000) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(timeoutMs) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: Buffer.from(bytes).toString('utf8'), ms: performance.now() - started };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += `${content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : '')).join('')} `;
  }
  await doc.destroy();
  return text.replace(/\s+/g, ' ');
}

const boardPath = (boardId: string, query: string) => `/api/workshops/${workshopId}/boards/${boardId}/export?${query}`;

beforeAll(async () => {
  server = await startServer();
  http = api(server.url);
  const created = await http.post('/api/workshops', {
    title: 'Limits workshop',
    language: 'en',
    activities: [{ templateId: 'c4-substantive' }, { templateId: 'hostile-c4' }],
    groupCount: 1,
    customTemplates: [hostileCanvas()],
  });
  expect(created.status).toBe(201);
  workshopId = created.body.workshop.id;
  facilitator = created.body.facilitatorToken;
  groupId = created.body.workshop.groups[0].id;
  member = (await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ana', groupId })).body.token;
  const view = (await http.get(`/api/workshops/${workshopId}`, facilitator)).body;
  const boardOf = (templateId: string) => {
    const activity = view.activities.find((a: any) => a.templateId === templateId);
    return view.boards.find((b: any) => b.kind === 'group' && b.activityId === activity.id).id as string;
  };
  longBoard = boardOf('c4-substantive');
  hostileBoard = boardOf('hostile-c4');
  await fill(longBoard, member, (doc) => {
    writeNote(doc, { id: 'long', x: 100, y: 400, text: LONG_WORD, author: 'Ana' });
    NAMES.forEach((name, i) => writeNote(doc, { id: `name${i}`, x: 400 + i * 230, y: 400, text: name, author: NAMES[(i + 1) % NAMES.length] }));
    writeNote(doc, { id: 'formula', x: 100, y: 700, text: '=HYPERLINK("https://evil.example","x")', author: '@SUM(A1)' });
    writeNote(doc, { id: 'html', x: 400, y: 700, text: '<img src=x onerror=alert(1)> [x](javascript:alert(1))', author: 'Mallory' });
    doc.getMap('fields').set('title', 'Designing Micro-Credentials for Vocational Education and Training Mentors');
  });
  await fill(hostileBoard, member, (doc) => {
    doc.getMap('fields').set('code', `${'a'.repeat(40)}b`);
  });
}, 60_000);

afterAll(async () => {
  await server?.kill();
});

describe('a note of one 100,000-character word (issue 10.1)', () => {
  it('R2.1 exports as SVG, PDF and inside the workshop zip in under 1 s each', async () => {
    // One untimed export first: the timing below is the steady state, not a thread's first font load.
    expect((await download(server.url, boardPath(longBoard, 'format=pdf'), member)).status).toBe(200);
    const svg = await download(server.url, boardPath(longBoard, 'format=svg'), member);
    const pdf = await download(server.url, boardPath(longBoard, 'format=pdf'), member);
    const zip = await download(server.url, `/api/workshops/${workshopId}/export?format=zip`, facilitator);
    for (const [name, res] of Object.entries({ svg, pdf, zip })) {
      expect(res.status, name).toBe(200);
      expect(res.ms, `${name} took ${Math.round(res.ms)} ms`).toBeLessThan(1_000);
    }
    expect(svg.text).toContain('Donaudampfschifffahrts');
    expect(svg.text.length).toBeLessThan(200_000);
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files)).toContain('group-1/01-c4-substantive-elements.pdf');
    expect(strFromU8(files['workshop.json']!)).toContain(LONG_WORD); // the data keeps the whole text
  });

  it('X2.1 /api/health answers in under 100 ms while ten such exports run', async () => {
    const formats = ['pdf', 'svg', 'pdf', 'csv', 'pdf', 'svg', 'pdf', 'md', 'pdf', 'svg'];
    const burst = () =>
      Promise.all([
        ...formats.map((format) => download(server.url, boardPath(longBoard, `format=${format}`), member)),
        download(server.url, `/api/workshops/${workshopId}/export?format=zip`, facilitator),
      ]);
    // One burst first, untimed: the steady state is measured, not the server's first burst (V8 warm-up).
    await burst();
    // The probes come from their own process over one kept-alive connection, so that the test's own
    // work (receiving eleven downloads) does not delay them.
    const probe = probeHealth(server.url);
    await probe.ready;
    const results = await burst();
    const probes = await probe.stop();
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
    expect(probes.length).toBeGreaterThanOrEqual(5);
    expect(probes.every((ms) => ms >= 0)).toBe(true);
    // The issue's bar is 100 ms. 95 % of the answers must meet it; single answers may take up to
    // 500 ms, the scheduling noise of a busy 2-core machine. The old code did not answer at all
    // until the export was done (13 s for 1,200 characters, never for 100,000).
    const sorted = [...probes].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(0.95 * (sorted.length - 1))]!;
    const seen = `health probes (ms): ${probes.map(Math.round).join(', ')}`;
    expect(p95, seen).toBeLessThan(100);
    expect(sorted.at(-1)!, seen).toBeLessThan(500);
  });
});

describe('a catastrophic pattern in an imported canvas (issue 10.2)', () => {
  it('T7.1 the board exports at once; the value is reported as not matching', async () => {
    const json = await download(server.url, boardPath(hostileBoard, 'format=json'), member, 10_000);
    expect(json.status).toBe(200);
    const data = JSON.parse(json.text);
    expect(data.fields.find((f: any) => f.id === 'code').value).toBeNull();
    expect(data.issues.map((i: any) => i.path)).toContain('fields.code');
    expect((await download(server.url, boardPath(hostileBoard, 'format=pdf'), member, 10_000)).status).toBe(200);
  });

  it('T5.7 an imported canvas whose pattern the safe engine cannot run is refused, naming the field', async () => {
    const bad = hostileCanvas();
    bad.fields[bad.fields.length - 1]!.pattern = '(?=A)[A-Z]{2}';
    const response = await http.post('/api/workshops', { title: 'Bad pattern', activities: [{ templateId: 'hostile-c4' }], customTemplates: [bad] });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_template');
    expect(response.body.field).toBe(`customTemplates.0.fields.${bad.fields.length - 1}.pattern`);
    expect(response.body.message).toMatch(/cannot be run safely/);
  });
});

describe('formulas and HTML in notes (issue 10.8)', () => {
  it('T4.7 / T4.8 the CSV defuses formulas; the Markdown carries no HTML and no link', async () => {
    const csv = await download(server.url, boardPath(longBoard, 'format=csv'), member);
    // The author is the one the server recorded (issue 10.8), not the formula the client wrote into
    // the note's meta; a formula in an author cell is defused by the same writer (templates T4.7).
    expect(csv.text).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")",Ana,`);
    expect(csv.text).not.toContain('@SUM(A1)');
    expect(csv.text).not.toMatch(/(^|,)=HYPERLINK/m);
    const md = await download(server.url, boardPath(longBoard, 'format=md'), member);
    expect(md.text).toContain('\\<img src=x onerror=alert(1)\\> \\[x\\](javascript\\:alert(1))');
    expect(md.text).not.toMatch(/(^|[^\\])[<[]/m); // every < and [ of a note is escaped
  });
});

describe('PDFs and download names (issue 12.4, 12.5)', () => {
  it('R4.1 / D4 the board PDF and the micro-credential PDF print ő, Ł, ź, Ř and Greek names', async () => {
    const board = await pdfText((await download(server.url, boardPath(longBoard, 'format=pdf'), member)).bytes);
    for (const name of NAMES) expect(board, name).toContain(name);
    const description = await download(server.url, `/api/workshops/${workshopId}/groups/${groupId}/micro-credential?format=pdf`, member);
    expect(description.status).toBe(200);
    expect(await pdfText(description.bytes)).toContain('Designing Micro-Credentials for Vocational Education and Training Mentors');
  });

  it('X3.2 PDF A4 and A3 get distinct names; X3.3 a long title is never cut inside a word or the extension', async () => {
    const name = (res: { headers: Headers }) => /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1];
    const a4 = name(await download(server.url, boardPath(longBoard, 'format=pdf&paper=a4'), member));
    const a3 = name(await download(server.url, boardPath(longBoard, 'format=pdf&paper=a3'), member));
    expect(a4).toBe('limits-workshop-group-1-c4-substantive-elements-a4.pdf');
    expect(a3).toBe('limits-workshop-group-1-c4-substantive-elements-a3.pdf');
    const whole = name(await download(server.url, `/api/workshops/${workshopId}/export?format=pdf&paper=a3`, facilitator));
    expect(whole).toBe('limits-workshop-boards-a3.pdf');
    const words = 'designing micro credentials for vocational education and training mentors'.split(' ');
    for (const format of ['ob3', 'elm', 'pdf']) {
      const file = name(await download(server.url, `/api/workshops/${workshopId}/groups/${groupId}/micro-credential?format=${format}`, member));
      const extension = format === 'pdf' ? 'pdf' : `${format}.jsonld`;
      expect(file).toMatch(new RegExp(`-micro-credential\\.${extension.replace('.', '\\.')}$`));
      const slug = file!.slice(0, -`-micro-credential.${extension}`.length);
      for (const part of slug.split('-')) expect(words, `${file}: "${part}"`).toContain(part);
    }
  });
});

describe('the export pool’s limits (one thread, no queue, a 100 ms budget)', () => {
  let tight: ServerProcess;
  let tightWorkshop = '';
  let tightToken = '';

  beforeAll(async () => {
    tight = await startServer({ env: { EXPORT_THREADS: '1', EXPORT_QUEUE_LIMIT: '0', EXPORT_TIME_BUDGET_MS: '100' } });
    const created = await api(tight.url).post('/api/workshops', {
      title: 'Tight',
      activities: [{ templateId: 'c1-needs' }, { templateId: 'c3-competences' }, { templateId: 'c4-substantive' }],
      groupCount: 6,
    });
    tightWorkshop = created.body.workshop.id;
    tightToken = created.body.facilitatorToken;
    // The thread's warm-up (not held to the budget) is done once the pool is idle.
    for (let i = 0; i < 1_200; i++) {
      const health = await (await fetch(`${tight.url}/api/health`)).json();
      if (health.exports.running === 0 && health.exports.queued === 0) break;
      await sleep(50);
    }
  }, 60_000);

  afterAll(async () => {
    await tight?.kill();
  });

  it('X2.2 an export past the time budget is stopped: 422 naming the limit; health and the next export carry on', async () => {
    const zip = await download(tight.url, `/api/workshops/${tightWorkshop}/export?format=zip`, tightToken);
    expect(zip.status).toBe(422);
    const body = JSON.parse(zip.text);
    expect(body.error).toBe('export_too_slow');
    expect(body.message).toMatch(/0\.1 seconds, the time limit for one export/);
    expect((await fetch(`${tight.url}/api/health`)).status).toBe(200);
    // The next export (one board's CSV: small, so the replaced thread's cold start fits the 100 ms) works.
    const view = (await api(tight.url).get(`/api/workshops/${tightWorkshop}`, tightToken)).body;
    const csv = await download(tight.url, `/api/workshops/${tightWorkshop}/boards/${view.boards.find((b: { kind: string }) => b.kind === 'group').id}/export?format=csv`, tightToken);
    expect(csv.status).toBe(200);
  });

  it('X2.3 an export beyond the queue gets 503 with Retry-After', async () => {
    const results = await Promise.all([1, 2, 3].map(() => download(tight.url, `/api/workshops/${tightWorkshop}/export?format=zip`, tightToken)));
    const busy = results.filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(busy[0]!.text)).toMatchObject({ error: 'export_busy', message: expect.stringMatching(/busy making other exports/) });
    expect(busy[0]!.headers.get('retry-after')).toBe('10');
  });
});
