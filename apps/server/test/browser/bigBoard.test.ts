/**
 * Issue 14 item 4 in a real browser: a big flipchart (900 post-its) opens, shows its first notes,
 * loads the rest in slices and lets people work, on a laptop and a phone, in German. Checks what
 * the speed-ups must not break (tldraw-yjs S1–S6, LightNoteShapeUtil): every note reaches the
 * editor, notes outside the view render no label until they come into view, opening writes
 * nothing back to the board, and editing a note by double-click and typing still stores its text
 * and its measured height. Timing is measured by `pnpm --filter @canvas/server bench:bigboard`,
 * not here.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { YKeyValue } from 'y-utility/y-keyvalue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { writeNote } from '../helpers/boardContent.js';
import { foreignRequests, keepScreenshot, launchBrowser, openStoredPage } from '../helpers/browser.js';
import { connectBoard, waitFor, type BoardClient } from '../helpers/clients.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

const NOTES = 900;
const DOCS = new URL('../../../../docs/screenshots/big-board/', import.meta.url).pathname;

let server: ServerProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const requests: string[] = [];

beforeAll(async () => {
  server = await startServer({ env: { JOIN_RATE_LIMIT: '1000', CREATE_RATE_LIMIT: '1000' } });
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.kill();
});

type Stored = { x: number; y: number; props: { growY: number; richText: unknown } };

function storedNotes(client: BoardClient): Map<string, Stored> {
  const kv = new YKeyValue<Stored & { type?: string }>(client.doc.getArray('tldraw-records'));
  const notes = new Map<string, Stored>();
  for (const [id, entry] of kv.map) if (entry.val.type === 'note') notes.set(id, entry.val);
  kv.destroy();
  return notes;
}

const shapesInEditor = (page: Page) => page.evaluate(() => (window as any).editor?.getCurrentPageShapeIds().size ?? 0);
/** Notes whose label is rendered: the ones in view (tldraw mounts every shape; ours renders culled ones empty). */
const labelledNotes = (page: Page) => page.evaluate(() => document.querySelectorAll('.tl-shape[data-shape-type="note"] .tl-note__container').length);

describe('a big board', () => {
  it('opens with its first notes, loads the rest, writes nothing back, and stays editable (laptop and phone, German)', async () => {
    const http = api(server.url);
    const created = await http.post('/api/workshops', { title: 'Großes Flipchart', language: 'de', activities: [{ templateId: 'vet-he-flipchart' }], groupCount: 1 });
    expect(created.status).toBe(201);
    const id = created.body.workshop.id as string;
    const boards = created.body.workshop.boards as { id: string; kind: string }[];
    const boardId = (boards.find((board) => board.kind === 'group') ?? boards.find((board) => board.kind === 'workshop'))!.id;
    const wsUrl = server.url.replace('http', 'ws');
    const writer = connectBoard(wsUrl, boardId, created.body.facilitatorToken as string);
    await writer.synced;
    for (let start = 0; start < NOTES; start += 150) {
      writer.doc.transact(() => {
        for (let i = start; i < Math.min(NOTES, start + 150); i++) {
          writeNote(writer.doc, { id: `n${i}`, x: (i % 30) * 230, y: Math.floor(i / 30) * 230, text: `Idee ${i}`, author: 'Team' });
        }
      });
    }
    const anna = (await http.post(`/api/workshops/${id}/join`, { displayName: 'Anna' })).body.token as string;
    const ben = (await http.post(`/api/workshops/${id}/join`, { displayName: 'Ben' })).body.token as string;
    const watcher = connectBoard(wsUrl, boardId, created.body.facilitatorToken as string);
    await watcher.synced;
    await waitFor(() => storedNotes(watcher).size === NOTES, 30_000, 'every note stored');
    const before = storedNotes(watcher);

    const laptop = await openStoredPage(browser, `${server.url}/w/${id}?debug`, {
      storage: { [`canvas-sessions:participant:${id}`]: anna },
      viewport: { width: 1024, height: 768 },
      contexts,
      requests,
    });
    const phone = await openStoredPage(browser, `${server.url}/w/${id}?debug`, {
      storage: { [`canvas-sessions:participant:${id}`]: ben },
      viewport: { width: 390, height: 844 },
      contexts,
      requests,
    });
    for (const page of [laptop, phone]) {
      await expect.poll(() => shapesInEditor(page), { timeout: 60_000 }).toBe(NOTES);
      await expect.poll(() => page.locator('.tl-shape[data-shape-type="note"]').count(), { timeout: 30_000 }).toBe(NOTES);
      // Only the notes in view render a label; the rest are mounted empty until they scroll in.
      const labelled = await labelledNotes(page);
      expect(labelled).toBeGreaterThan(0);
      expect(labelled).toBeLessThan(NOTES / 2);
    }
    await keepScreenshot(laptop, DOCS, 'big-board', 'participant-1024-de');
    await keepScreenshot(phone, DOCS, 'big-board', 'participant-390-de');

    // The farthest note, out of view at first, shows its text once the view moves there.
    const far = `n${NOTES - 1}`;
    const farText = () => laptop.evaluate((id) => document.querySelector(`[data-shape-id="shape:${id}"]`)?.textContent ?? '', far);
    await laptop.evaluate(() => (window as any).editor.setCamera({ x: 0, y: 0, z: 1 }));
    await expect.poll(farText).toBe('');
    await laptop.evaluate((id) => {
      const editor = (window as any).editor;
      editor.centerOnPoint(editor.getShapePageBounds(`shape:${id}`).center);
    }, far);
    await expect.poll(farText, { timeout: 10_000 }).toContain(`Idee ${NOTES - 1}`);

    // Opening wrote nothing back: every note on the server is as it was written.
    const after = storedNotes(watcher);
    expect(after.size).toBe(NOTES);
    for (const [key, note] of before) expect(after.get(key)).toEqual(note);

    // Editing still works by hand: double-click the note in the middle of the view, type, leave.
    const target = await laptop.evaluate((id) => {
      const editor = (window as any).editor;
      const center = editor.getShapePageBounds(`shape:${id}`).center;
      return editor.pageToViewport(center);
    }, far);
    const canvasBox = (await laptop.locator('.tl-canvas').boundingBox())!;
    await laptop.mouse.dblclick(canvasBox.x + target.x, canvasBox.y + target.y);
    await laptop.keyboard.press('ControlOrMeta+a');
    const long = 'Lernende brauchen praktische Fähigkeiten für die grüne Transformation, Bewertung im Portfolio, Feedback von Mentorinnen und Mentoren am Arbeitsplatz';
    await laptop.keyboard.type(long);
    await laptop.keyboard.press('Escape');
    await waitFor(() => JSON.stringify(storedNotes(watcher).get(`shape:${far}`)?.props.richText ?? '').includes('Mentorinnen'), 15_000, 'typed text stored');
    // tldraw measured the longer text when it was written and stored the taller note.
    expect(storedNotes(watcher).get(`shape:${far}`)!.props.growY).toBeGreaterThan(0);
    await keepScreenshot(laptop, DOCS, 'big-board', 'edited-note-1024-de');

    writer.destroy();
    watcher.destroy();
    for (const context of contexts.splice(0)) await context.close();
    expect(foreignRequests(requests, server.url)).toEqual([]);
  });
});
