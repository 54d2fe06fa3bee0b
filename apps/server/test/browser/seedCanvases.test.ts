/**
 * Issue 18 item 1: the canvases added for the rest of the seed workshop (1.1, 1.2, 5.1's first task,
 * 5.2, 6.1, 6.2, 6.3 and the HE self-assessment) render in a workshop in Chromium, in English and
 * German, at 1024×768 and 390×844. On 6.3 the EU checklist runs on
 * the micro-credential the group recorded. Screenshots: test artefacts, copied to docs/screenshots/canvases/.
 */
import { getTemplate, localize } from '@canvas/templates';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { writeFields, writeNote } from '../helpers/boardContent.js';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { connectBoard, sleep } from '../helpers/clients.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

const NEW_CANVASES = [
  'he-self-assessment',
  'mc-definitions',
  'mc-not',
  'mc-design-steps',
  'badges-metadata',
  'digital-credentials',
  'digital-badges',
  'mc-example-review',
] as const;

const SAMPLE = { 'mc-example-review': { en: 'Plan a digital advertising campaign', de: 'Eine digitale Werbekampagne planen' } };

let server: ServerProcess;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

async function workshop(language: 'en' | 'de') {
  const http = api(server.url);
  const created = await http.post('/api/workshops', {
    title: `Seed canvases (${language})`,
    language,
    activities: NEW_CANVASES.map((templateId) => ({ templateId })),
    groupCount: 1,
  });
  expect(created.status).toBe(201);
  const workshopId = created.body.workshop.id;
  const joined = await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ana' });
  const view = (await http.get(`/api/workshops/${workshopId}`, joined.body.token)).body;
  // The 6.3 group records an existing micro-credential: fields (the REST test covers its notes). One writer,
  // kept open until the test ends (the browser is the same participant).
  const activity = view.activities.find((a: any) => a.templateId === 'mc-example-review');
  const board = view.boards.find((b: any) => b.kind === 'group' && b.activityId === activity.id);
  const writer = connectBoard(server.wsUrl, board.id, joined.body.token);
  await writer.synced;
  const area = getTemplate('mc-example-review')!.areas[1]!;
  writeNote(writer.doc, { id: 'sample-outcome', x: area.rect.x + 30, y: area.rect.y + 110, text: SAMPLE['mc-example-review'][language], color: 'yellow', author: 'Ana' });
  writeFields(writer.doc, { title: language === 'de' ? 'Digitale Werbung' : 'Digital Advertising Operations', ects: 5, awardingBodies: ['Example Academy (IE)'] });
  await sleep(300);
  const writers = [writer];
  return { workshopId, token: joined.body.token as string, close: () => writers.forEach((w) => w.destroy()) };
}

async function open(workshopId: string, token: string, viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext({ viewport })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/api/health`);
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [`canvas-sessions:participant:${workshopId}`, token]);
  await page.goto(`${server.url}/w/${workshopId}?debug=1`);
  return { page, errors };
}

describe('the seed workshop\'s remaining canvases', () => {
  for (const language of ['en', 'de'] as const) {
    for (const viewport of [{ width: 1024, height: 768 }, { width: 390, height: 844 }]) {
      it(`render in ${language} at ${viewport.width}×${viewport.height}`, async () => {
        const { workshopId, token, close } = await workshop(language);
        const { page, errors } = await open(workshopId, token, viewport);
        await page.getByTestId('template-scaffold').waitFor({ timeout: 60_000 }); // first load of the board bundle
        for (const [index, templateId] of NEW_CANVASES.entries()) {
          const template = getTemplate(templateId)!;
          if (index > 0) await page.locator('.activity-tab').nth(index).click();
          await page.getByTestId('template-scaffold').waitFor({ timeout: 20_000 });
          await expect.poll(() => page.locator('.scaffold-title').innerText()).toBe(localize(template.title, language));
          expect(await page.locator('.scaffold-area').count()).toBe(template.areas.length);
          await page.waitForTimeout(400);
          await screenshot(page, `canvas-${language}-${templateId}-${viewport.width}`);
        }
        // 6.3: the checklist of the recorded example, next to the board (over it on a phone).
        if (viewport.width < 600) {
          await page.getByTestId('panel-toggle').click();
          await page.locator('.side-panel').waitFor({ state: 'visible' });
        }
        const title = page.locator('[data-testid="checklist"] li[data-element="title"]');
        await expect.poll(() => title.getAttribute('class'), { timeout: 30_000 }).toBe('check-present');
        expect(await title.innerText()).toContain(language === 'de' ? 'Digitale Werbung' : 'Digital Advertising Operations');
        expect(await page.locator('[data-testid="checklist"] li[data-element="participation"]').getAttribute('class')).toBe('check-missing');
        await title.scrollIntoViewIfNeeded();
        await screenshot(page, `canvas-${language}-mc-example-review-checklist-${viewport.width}`);
        expect(errors).toEqual([]);
        close();
      }, 300_000); // eight canvases in one browser on a shared 2-core machine
    }
  }
});
