/**
 * Images and PDF pages on boards (@canvas/workshops › files/SPEC.md F1–F7, board-validation V6) over
 * the real server, real HTTP and the stock y-websocket client: who may put a file on a board, who may
 * read it, what is refused (by content, not by name), what exports draw, and that deleting the
 * workshop leaves nothing of its files on disk.
 */
import fs from 'node:fs';
import { itOnSqlite } from '../helpers/engine.js';
import path from 'node:path';
import { YKeyValue } from 'y-utility/y-keyvalue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { connectBoard, outcome, sleep, waitFor } from '../helpers/clients.js';
import { png, pngClaiming } from '../helpers/images.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let http: ReturnType<typeof api>;

beforeAll(async () => {
  server = await startServer({ env: { JOIN_RATE_LIMIT: '1000', CREATE_RATE_LIMIT: '1000', UPLOAD_MAX_MB: '2', WORKSHOP_FILES_MB: '4' } });
  http = api(server.url);
});
afterAll(async () => {
  await server?.kill();
});

async function workshop(groupCount = 2) {
  const created = await http.post('/api/workshops', { title: 'Files', activities: [{ templateId: 'mc-definitions' }], groupCount });
  expect(created.status).toBe(201);
  const id = created.body.workshop.id as string;
  const facilitator = created.body.facilitatorToken as string;
  const boards = created.body.workshop.boards as { id: string; kind: string; groupId: string | null }[];
  const groups = (created.body.workshop.groups as { id: string }[]).map((g) => g.id);
  const join = async (displayName: string, groupId: string) => {
    const joined = await http.post(`/api/workshops/${id}/join`, { displayName, groupId });
    expect(joined.status).toBe(201);
    return joined.body.token as string;
  };
  const groupBoard = (groupId: string) => boards.find((b) => b.kind === 'group' && b.groupId === groupId)!.id;
  return { id, facilitator, boards, groups, join, groupBoard, facilitatorBoard: boards.find((b) => b.kind === 'facilitator')!.id };
}

async function upload(workshopId: string, boardId: string, body: Buffer | string, token?: string, type = 'image/png', name = 'slide.png') {
  const response = await fetch(`${server.url}/api/workshops/${workshopId}/boards/${boardId}/files`, {
    method: 'POST',
    headers: { 'content-type': type, 'x-file-name': encodeURIComponent(name), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/**
 * Sends the headers of a large upload and the body only if no answer came first: the server may
 * answer 413 from the Content-Length alone and close the socket.
 */
async function uploadOversized(workshopId: string, boardId: string, size: number, token: string): Promise<{ status: number; body: any }> {
  const http = await import('node:http');
  return new Promise((resolve, reject) => {
    const request = http.request(`${server.url}/api/workshops/${workshopId}/boards/${boardId}/files`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', 'content-length': size, authorization: `Bearer ${token}` },
    }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) });
        request.destroy();
      });
    });
    request.on('error', (error) => setTimeout(() => reject(error), 1000));
    request.flushHeaders();
    setTimeout(() => {
      if (!request.destroyed) request.end(Buffer.alloc(size, 7));
    }, 500);
  });
}

async function download(src: string, token?: string, board?: string) {
  const response = await fetch(`${server.url}${src}${board ? `?board=${board}` : ''}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** An image shape with its asset, as tldraw writes them. */
function imageRecords(assetId: string, src: string | null, x = 100) {
  return [
    { id: assetId, typeName: 'asset', type: 'image', props: { w: 64, h: 48, name: 'slide.png', isAnimated: false, mimeType: 'image/png', src, fileSize: 100 }, meta: {} },
    {
      id: `shape:${assetId.slice(6)}`, typeName: 'shape', type: 'image', x, y: 200, rotation: 0, index: 'a5', parentId: 'page:page', isLocked: false, opacity: 1,
      props: { w: 320, h: 240, playing: true, url: '', assetId, crop: null, flipX: false, flipY: false, altText: '' }, meta: {},
    },
  ];
}

describe('files on boards', () => {
  it('F1 the facilitator puts a picture on a group board; members of that group read it, sandboxed; others do not', async () => {
    const w = await workshop();
    const [groupA, groupB] = w.groups as [string, string];
    const anna = await w.join('Anna', groupA);
    const ben = await w.join('Ben', groupB);
    const picture = png(64, 48);

    const stored = await upload(w.id, w.groupBoard(groupA), picture, w.facilitator);
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({ mime: 'image/png', width: 64, height: 48, size: picture.length, name: 'slide.png' });
    expect(stored.body.src).toMatch(/^\/api\/files\/f_[A-Za-z0-9_-]+$/);

    const read = await download(stored.body.src, anna);
    expect(read.status).toBe(200);
    expect(read.headers.get('content-type')).toBe('image/png');
    expect(read.headers.get('content-security-policy')).toContain('sandbox');
    expect(read.headers.get('x-content-type-options')).toBe('nosniff');
    expect(read.bytes.equals(picture)).toBe(true);

    // Another group (F4), another workshop, nobody: the file is not theirs to read.
    expect((await download(stored.body.src, ben)).status).toBe(403);
    const other = await workshop(1);
    const stranger = await other.join('Stranger', other.groups[0]!);
    expect((await download(stored.body.src, stranger)).status).toBe(404);
    expect((await download(stored.body.src, other.facilitator)).status).toBe(404);
    expect((await download(stored.body.src)).status).toBe(404);
    expect((await download('/api/files/f_doesnotexist00')).status).toBe(404);
    // Naming a board Ben may read that does not hold the file does not open it either (F5).
    expect((await download(stored.body.src, ben, w.groupBoard(groupB))).status).toBe(403);
  });

  it('F1 participants put files on their own board only when the facilitator allows it', async () => {
    const w = await workshop();
    const [groupA, groupB] = w.groups as [string, string];
    const anna = await w.join('Anna', groupA);
    const refused = await upload(w.id, w.groupBoard(groupA), png(8, 8), anna);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: 'uploads_not_allowed' });
    expect(refused.body.message).toMatch(/Only the facilitator/);

    const allowed = await http.patch(`/api/workshops/${w.id}`, { participantUploads: true }, w.facilitator);
    expect(allowed.status).toBe(200);
    expect(allowed.body.state.participantUploads).toBe(true);
    expect((await http.patch(`/api/workshops/${w.id}`, { participantUploads: true }, anna)).status).toBe(403);

    expect((await upload(w.id, w.groupBoard(groupA), png(8, 8), anna)).status).toBe(201);
    // Not on another group's board, nor on the facilitator's.
    expect((await upload(w.id, w.groupBoard(groupB), png(8, 8), anna)).status).toBe(404);
    expect((await upload(w.id, w.facilitatorBoard, png(8, 8), anna)).status).toBe(404);
    // Not while the board is locked.
    await http.patch(`/api/workshops/${w.id}`, { locked: true }, w.facilitator);
    const locked = await upload(w.id, w.groupBoard(groupA), png(8, 8), anna);
    expect(locked.status).toBe(403);
    expect(locked.body.error).toBe('board_read_only');
  });

  it('F2/F3 refuses by content, not by name: an HTML page named .png, an SVG with script, a PDF, a huge picture, a 50 MB file; the workshop quota holds', async () => {
    const w = await workshop(1);
    const board = w.groupBoard(w.groups[0]!);
    const html = await upload(w.id, board, '<!DOCTYPE html><html><script>alert(document.cookie)</script></html>', w.facilitator, 'image/png', 'cat.png');
    expect(html.status).toBe(415);
    expect(html.body.message).toMatch(/PNG and JPEG.*HTML page/);

    const svg = await upload(w.id, board, '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>', w.facilitator, 'image/svg+xml', 'logo.svg');
    expect(svg.status).toBe(415);
    expect(svg.body.message).toMatch(/SVG drawing/);

    const pdf = await upload(w.id, board, '%PDF-1.7\n1 0 obj<<>>endobj\n', w.facilitator, 'application/pdf', 'slides.pdf');
    expect(pdf.status).toBe(415);
    expect(pdf.body.message).toMatch(/PDF document/);

    const bomb = await upload(w.id, board, pngClaiming(100_000, 100_000), w.facilitator);
    expect(bomb.status).toBe(413);
    expect(bomb.body).toMatchObject({ error: 'image_too_large' });
    expect(bomb.body.message).toMatch(/100000 × 100000/);

    const huge = await uploadOversized(w.id, board, 50 * 1024 * 1024, w.facilitator);
    expect(huge.status).toBe(413);
    expect(huge.body.message).toMatch(/larger than 2 MB.*UPLOAD_MAX_MB/);

    // Random pixels do not compress: about 1.6 MB each; the third passes the workshop's 4 MB.
    for (let i = 0; i < 2; i++) expect((await upload(w.id, board, png(760, 700, { random: true }), w.facilitator)).status).toBe(201);
    const full = await upload(w.id, board, png(760, 700, { random: true }), w.facilitator);
    expect(full.status).toBe(413);
    expect(full.body).toMatchObject({ error: 'workshop_files_full' });
    // Nothing was lost: the server still answers and the stored files are still there.
    expect((await http.get('/api/health')).status).toBe(200);
  });

  it('V6 a stock client cannot store an inline image, a tracking picture or an embed; a board file it may', async () => {
    const w = await workshop(1);
    const groupId = w.groups[0]!;
    const anna = await w.join('Anna', groupId);
    const board = w.groupBoard(groupId);
    const stored = await upload(w.id, board, png(64, 48), w.facilitator);

    const good = connectBoard(server.wsUrl, board, anna);
    await good.synced;
    const kv = new YKeyValue<any>(good.doc.getArray('tldraw-records'));
    for (const record of imageRecords('asset:good', stored.body.src)) kv.set(record.id, record);
    await sleep(300);
    expect(await Promise.race([good.closed, sleep(200).then(() => 'open')])).toBe('open');
    good.destroy();

    for (const src of ['data:image/png;base64,iVBORw0KGgo=', 'https://tracker.example/pixel.png']) {
      const bad = connectBoard(server.wsUrl, board, anna);
      await bad.synced;
      const badKv = new YKeyValue<any>(bad.doc.getArray('tldraw-records'));
      for (const record of imageRecords('asset:bad', src)) badKv.set(record.id, record);
      const closed = await bad.closed;
      expect(closed.code).toBe(4422);
      expect(closed.reason).toMatch(/image must be a file stored on the server/);
      bad.destroy();
    }
    // The good image is still there for everyone.
    const reader = connectBoard(server.wsUrl, board, w.facilitator);
    expect(await outcome(reader)).toBe('synced');
    const readerKv = new YKeyValue<any>(reader.doc.getArray('tldraw-records'));
    expect(readerKv.get('asset:good')?.props.src).toBe(stored.body.src);
    expect(readerKv.get('asset:bad')).toBeUndefined();
    reader.destroy();
  });

  it('F5/F6 a copy on another board is readable there; SVG and PDF exports draw the picture', async () => {
    const w = await workshop(1);
    const groupId = w.groups[0]!;
    const anna = await w.join('Anna', groupId);
    const stored = await upload(w.id, w.facilitatorBoard, png(64, 48, { rgb: [10, 200, 30] }), w.facilitator);
    // Hidden on the facilitator's board: Anna may not read it yet.
    expect((await download(stored.body.src, anna)).status).toBe(403);
    // The facilitator copies it onto the group's board.
    const client = connectBoard(server.wsUrl, w.groupBoard(groupId), w.facilitator);
    await client.synced;
    const kv = new YKeyValue<any>(client.doc.getArray('tldraw-records'));
    for (const record of imageRecords('asset:copy', stored.body.src)) kv.set(record.id, record);
    await waitFor(async () => (await download(stored.body.src, anna, w.groupBoard(groupId))).status === 200, 5000, 'copy readable');
    client.destroy();

    const svg = await fetch(`${server.url}/api/workshops/${w.id}/boards/${w.groupBoard(groupId)}/export?format=svg`, { headers: { authorization: `Bearer ${anna}` } });
    expect(svg.status).toBe(200);
    const text = await svg.text();
    expect(text).toMatch(/<image x="100" y="200" width="320" height="240" preserveAspectRatio="none" href="data:image\/png;base64,iVBORw0KGgo/);
    expect(text).not.toContain('/api/files/');

    const pdf = await fetch(`${server.url}/api/workshops/${w.id}/boards/${w.groupBoard(groupId)}/export?format=pdf`, { headers: { authorization: `Bearer ${anna}` } });
    expect(pdf.status).toBe(200);
    const bytes = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
    expect(bytes).toMatch(/\/Subtype \/Image/);
    expect(bytes).toMatch(/\/Width 64/);
  });

  itOnSqlite('F7 deleting the workshop deletes its files, leaving no byte of them in the SQLite files', async () => {
    const local = await startServer();
    try {
      const localHttp = api(local.url);
      const created = await localHttp.post('/api/workshops', { title: 'Deleted with its files', activities: [{ templateId: 'mc-definitions' }], groupCount: 1 });
      const id = created.body.workshop.id as string;
      const facilitator = created.body.facilitatorToken as string;
      const board = created.body.workshop.boards.find((b: { kind: string }) => b.kind === 'facilitator').id;
      const MARK = 'qzxv-secret-slide-marker-1234';
      const response = await fetch(`${local.url}/api/workshops/${id}/boards/${board}/files`, { method: 'POST', headers: { 'content-type': 'image/png', authorization: `Bearer ${facilitator}` }, body: new Uint8Array(png(32, 32, { text: MARK })) });
      expect(response.status).toBe(201);
      const { src } = (await response.json()) as { src: string };
      const onDisk = () => fs.readdirSync(local.dataDir).filter((name) => name.startsWith('canvas-sessions.sqlite') && fs.readFileSync(path.join(local.dataDir, name)).includes(MARK));
      expect(onDisk().length).toBeGreaterThan(0);
      expect((await localHttp.del(`/api/workshops/${id}`, facilitator)).status).toBe(204);
      expect((await fetch(`${local.url}${src}`, { headers: { authorization: `Bearer ${facilitator}` } })).status).toBe(404);
      expect(onDisk()).toEqual([]);
    } finally {
      await local.kill();
    }
  });
});
