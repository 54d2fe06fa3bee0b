/**
 * Pictures and PDF pages on boards in Chromium (workshops files F1–F7, board-validation V6): the
 * facilitator steps into a group's board and adds a picture and a PDF through the media button; the
 * participants (phone and laptop, German) see them, their browsers fetch them with their credential
 * from our origin only, and the PDF and PNG exports draw them. A pasted video link becomes a link card
 * without any request to the video site. Screenshots in docs/screenshots/files/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { foreignRequests, keepScreenshot, launchBrowser, openStoredPage } from '../helpers/browser.js';
import { png } from '../helpers/images.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const requests: string[] = [];
const LAPTOP = { width: 1024, height: 768 };
const PHONE = { width: 390, height: 844 };
const DOCS = path.resolve(import.meta.dirname, '../../../../docs/screenshots/files');
const GREEN: [number, number, number] = [10, 200, 30];

const open = (url: string, storage: Record<string, string>, viewport = LAPTOP): Promise<Page> => openStoredPage(browser, url, { storage, viewport, contexts, requests });
const keep = (page: Page, name: string) => keepScreenshot(page, DOCS, 'files', name);

/** Pictures tldraw shows on the page, decoded (a broken or pending picture has no natural width). */
const shownPictures = (page: Page) =>
  page.evaluate(() => Array.from(document.querySelectorAll<HTMLImageElement>('.tl-image-container img, .tl-image')).filter((img) => img.complete && img.naturalWidth > 0).length);

/** Adds files through the media button's file picker, as a person would. */
async function addFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent('filechooser', { timeout: 15_000 });
  const button = page.getByTestId('tools.asset');
  if (await button.isVisible()) await button.click();
  else {
    await page.getByTestId('tools.more-button').click();
    await page.getByTestId('tools.more.asset').click();
  }
  await (await chooser).setFiles(files);
}

/** How many pixels of a PNG (decoded by the browser) have about this colour. */
async function pixelsOfColour(page: Page, pngBytes: Buffer, rgb: [number, number, number]): Promise<number> {
  return page.evaluate(
    async ({ base64, rgb }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - rgb[0]) < 12 && Math.abs(data[i + 1]! - rgb[1]) < 12 && Math.abs(data[i + 2]! - rgb[2]) < 12) count++;
      }
      return count;
    },
    { base64: pngBytes.toString('base64'), rgb },
  );
}

beforeAll(async () => {
  server = await startServer({ env: { JOIN_RATE_LIMIT: '1000', CREATE_RATE_LIMIT: '1000' } });
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.kill();
});

describe('pictures and PDF pages on boards', () => {
  it('the facilitator adds a picture and a PDF; participants see them and the exports draw them; nothing leaves the origin', async () => {
    const http = api(server.url);
    const created = await http.post('/api/workshops', { title: 'Werkstatt', language: 'de', activities: [{ templateId: 'mc-definitions' }], groupCount: 1 });
    expect(created.status).toBe(201);
    const id = created.body.workshop.id as string;
    const facilitatorToken = created.body.facilitatorToken as string;
    const groupBoard = (created.body.workshop.boards as { id: string; kind: string }[]).find((b) => b.kind === 'group')!.id;
    const anna = (await http.post(`/api/workshops/${id}/join`, { displayName: 'Anna' })).body.token as string;
    const ben = (await http.post(`/api/workshops/${id}/join`, { displayName: 'Ben' })).body.token as string;
    // A real PDF for the mentor's handout: this server's own export of the board (two pages: A4 of the workshop).
    const handout = Buffer.from(await (await fetch(`${server.url}/api/workshops/${id}/export?format=pdf`, { headers: { authorization: `Bearer ${facilitatorToken}` } })).arrayBuffer());
    expect(handout.subarray(0, 5).toString()).toBe('%PDF-');

    const phone = await open(`${server.url}/w/${id}`, { [`canvas-sessions:participant:${id}`]: anna }, PHONE);
    const laptop = await open(`${server.url}/w/${id}`, { [`canvas-sessions:participant:${id}`]: ben }, LAPTOP);
    const downloaded: { status: number; type: string | null }[] = [];
    for (const page of [phone, laptop]) {
      page.on('response', (response) => {
        if (new URL(response.url()).pathname.startsWith('/api/files/')) downloaded.push({ status: response.status(), type: response.headers()['content-type'] ?? null });
      });
    }
    // Participants have no media button until the facilitator allows it.
    await laptop.getByTestId('board').waitFor({ timeout: 30_000 });
    await laptop.locator('.tl-canvas').waitFor({ timeout: 30_000 });
    expect(await laptop.getByTestId('tools.asset').count()).toBe(0);

    const console = await open(`${server.url}/f/${id}`, { [`canvas-sessions:facilitator:${id}`]: facilitatorToken });
    await console.getByTestId('tile').first().getByRole('button', { name: 'Betreten', exact: true }).click();
    await console.locator('.tl-canvas').waitFor({ timeout: 30_000 });
    await addFiles(console, [{ name: 'definition.png', mimeType: 'image/png', buffer: png(400, 300, { rgb: GREEN }) }]);
    await console.waitForFunction(() => document.querySelectorAll('.tl-image-container img, .tl-image').length >= 1, undefined, { timeout: 20_000 });
    await addFiles(console, [{ name: 'handout.pdf', mimeType: 'application/pdf', buffer: handout }]);
    await console.waitForFunction(() => document.querySelectorAll('.tl-image-container img, .tl-image').length >= 2, undefined, { timeout: 30_000 });
    // An SVG with script is drawn as a picture in the browser and uploaded as PNG: no script runs anywhere.
    const dialogs: string[] = [];
    for (const page of [console, phone, laptop]) page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" onload="alert(1)"><script>alert(2)</script><rect width="300" height="200" fill="rgb(30,60,220)"/></svg>';
    await addFiles(console, [{ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) }]);

    // Both participants see the picture and the PDF page (uploaded, then fetched with their credential).
    for (const page of [phone, laptop]) {
      // tldraw draws only what is in view: zoom to fit the board (Shift+1), as a person looking for them would.
      await page.locator('.tl-canvas').focus();
      await page.keyboard.press('Shift+1');
      await expect.poll(() => shownPictures(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    }
    expect(dialogs).toEqual([]);
    expect(downloaded.length).toBeGreaterThanOrEqual(6);
    expect(downloaded.every((d) => d.status === 200 && d.type === 'image/png')).toBe(true);
    await keep(console, 'facilitator-1024-de');
    await keep(phone, 'participant-390-de');
    await keep(laptop, 'participant-1024-de');

    // The PDF export draws the pictures.
    const pdf = Buffer.from(await (await fetch(`${server.url}/api/workshops/${id}/boards/${groupBoard}/export?format=pdf`, { headers: { authorization: `Bearer ${anna}` } })).arrayBuffer()).toString('latin1');
    expect((pdf.match(/\/Subtype \/Image/g) ?? []).length).toBeGreaterThanOrEqual(2);

    // The PNG the participant downloads (made in the browser from the server's SVG) shows the green picture.
    const download = laptop.waitForEvent('download', { timeout: 30_000 });
    await laptop.getByTestId('download-png').click();
    const pngFile = await (await download).path();
    const pngBytes = fs.readFileSync(pngFile!);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    expect(await pixelsOfColour(laptop, pngBytes, GREEN)).toBeGreaterThan(5_000);

    // The facilitator lets participants add files: Ben's toolbar gets the media button.
    await console.getByRole('button', { name: /Zurück|Back/ }).first().click().catch(() => {});
    await http.patch(`/api/workshops/${id}`, { participantUploads: true }, facilitatorToken);
    await laptop.getByTestId('tools.asset').or(laptop.getByTestId('tools.more-button')).first().waitFor({ timeout: 20_000 });

    // A pasted video link becomes a link card, and the browser asks the video site for nothing.
    await laptop.locator('.tl-canvas').click({ position: { x: 500, y: 400 } });
    await laptop.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await laptop.locator('.tl-bookmark__container, [data-shape-type="bookmark"]').first().waitFor({ timeout: 20_000 });
    await keep(laptop, 'link-card-1024-de');

    // A participant of another workshop cannot fetch the picture, even with its address.
    const src = await laptop.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.includes('/api/files/')));
    expect(src).toBeTruthy();
    const other = await http.post('/api/workshops', { title: 'Andere', activities: [{ templateId: 'c1-needs' }], groupCount: 1 });
    const stranger = (await http.post(`/api/workshops/${other.body.workshop.id}/join`, { displayName: 'Eve' })).body.token as string;
    expect((await fetch(new URL(new URL(src!).pathname, server.url), { headers: { authorization: `Bearer ${stranger}` } })).status).toBe(404);

    for (const context of contexts) await context.close();
    contexts.length = 0;
    expect(foreignRequests(requests, server.url)).toEqual([]);
  });
});
