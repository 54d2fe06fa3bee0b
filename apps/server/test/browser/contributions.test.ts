/**
 * The console's "who contributed what" in Chromium (contributions C4, C6): a German workshop, two
 * participants writing through the stock y-websocket client; the facilitator opens the section, sees
 * their counts per activity, and downloads the CSV (checked as the browser saved it). 1024×768 and
 * 390×844; screenshots in docs/screenshots/contributions/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { YKeyValue } from 'y-utility/y-keyvalue';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { noteRecord } from '../helpers/boardContent.js';
import { foreignRequests, launchBrowser, screenshot, trackRequests } from '../helpers/browser.js';
import { connectBoard, sleep } from '../helpers/clients.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let browser: Browser;
const DOCS = path.resolve(import.meta.dirname, '../../../../docs/screenshots/contributions');

beforeAll(async () => {
  server = await startServer({ env: { JOIN_RATE_LIMIT: '1000', CREATE_RATE_LIMIT: '1000' } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

describe('who contributed what, in the console', () => {
  it('shows each participant’s notes per activity and downloads them as CSV', async () => {
    const http = api(server.url);
    const created = await http.post('/api/workshops', { title: 'Werkstatt', language: 'de', activities: [{ templateId: 'c1-needs' }], groupCount: 1 });
    const id = created.body.workshop.id as string;
    const facilitator = created.body.facilitatorToken as string;
    const board = (created.body.workshop.boards as { id: string; kind: string }[]).find((b) => b.kind === 'group')!.id;
    for (const [name, notes] of [['Anna', 3], ['Ben', 1]] as const) {
      const token = (await http.post(`/api/workshops/${id}/join`, { displayName: name })).body.token as string;
      const client = connectBoard(server.wsUrl, board, token);
      await client.synced;
      const kv = new YKeyValue<any>(client.doc.getArray('tldraw-records'));
      for (let i = 0; i < notes; i++) kv.set(`shape:${name}${i}`, noteRecord({ id: `${name}${i}`, x: 100 + i * 220, y: 200, text: `${name} ${i}` }));
      await sleep(200);
      client.destroy();
    }

    for (const viewport of [{ width: 1024, height: 768 }, { width: 390, height: 844 }]) {
      const context = await browser.newContext({ viewport, locale: 'de-DE', acceptDownloads: true });
      const urls = trackRequests(context);
      await context.addInitScript((entries) => {
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      }, { [`canvas-sessions:facilitator:${id}`]: facilitator });
      const page = await context.newPage();
      await page.goto(`${server.url}/f/${id}`);
      const section = page.getByTestId('contributions');
      await section.locator('summary').click();
      await expect.poll(() => section.getByTestId('contribution-row').count(), { timeout: 15_000 }).toBe(2);
      const anna = section.getByTestId('contribution-row').filter({ hasText: 'Anna' });
      expect((await anna.locator('td').allInnerTexts()).slice(1, 4)).toEqual(['3', '0', '0']);
      await section.scrollIntoViewIfNeeded();
      const file = await screenshot(page, `contributions-${viewport.width}`);
      fs.mkdirSync(DOCS, { recursive: true });
      fs.copyFileSync(file, path.join(DOCS, `console-${viewport.width}x${viewport.height}-de.png`));

      const download = page.waitForEvent('download');
      await section.getByRole('button', { name: 'CSV' }).click();
      const csv = fs.readFileSync((await (await download).path())!, 'utf8');
      expect(csv.split('\r\n')[0]).toBe('participant,group,activity,notes_added,notes_edited,notes_moved,writes,active_minutes,votes');
      expect(csv).toMatch(/^Anna,Gruppe 1,C1 Bedarfsorientierter Ansatz,3,0,0,3,[12],0$/m);
      await context.close();
      expect(foreignRequests(urls, server.url)).toEqual([]);
    }
  });
});
