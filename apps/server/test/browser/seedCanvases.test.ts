/**
 * Issue 18 item 1: the canvases added for the rest of the seed workshop (1.1, 1.2, 5.1's first task,
 * 5.2, 6.1, 6.2, 6.3 and the HE self-assessment) render in a workshop in Chromium, in English and
 * German, at 1024×768 and 390×844, with a participant's note on each. On 6.3 the EU checklist runs on
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

const SAMPLE: Record<(typeof NEW_CANVASES)[number], { en: string; de: string }> = {
  'he-self-assessment': { en: 'Ana', de: 'Ana' },
  'mc-definitions': { en: '"small, assessed, recognised"', de: '„klein, geprüft, anerkannt“' },
  'mc-not': { en: 'Attendance certificate of a webinar', de: 'Teilnahmebestätigung eines Webinars' },
  'mc-design-steps': { en: 'Transparency: every element published', de: 'Transparenz: alle Angaben veröffentlicht' },
  'badges-metadata': { en: 'LinkedIn course badge', de: 'Badge eines LinkedIn-Kurses' },
  'digital-credentials': { en: 'Checked by anyone, anywhere in the EU', de: 'Von allen überall in der EU prüfbar' },
  'digital-badges': { en: 'Badges make small steps visible', de: 'Badges machen kleine Schritte sichtbar' },
  'mc-example-review': { en: 'Plan a digital advertising campaign', de: 'Eine digitale Werbekampagne planen' },
};

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
  // One note in the first area of each canvas (and the 6.3 example recorded in its fields).
  for (const templateId of NEW_CANVASES) {
    const template = getTemplate(templateId)!;
    const activity = view.activities.find((a: any) => a.templateId === templateId);
    const board = view.boards.find((b: any) => (b.kind === 'group' || b.kind === 'workshop') && b.activityId === activity.id);
    const client = connectBoard(server.wsUrl, board.id, joined.body.token);
    await client.synced;
    const area = template.areas[templateId === 'mc-example-review' ? 1 : 0]!;
    writeNote(client.doc, { id: `sample-${templateId}`, x: area.rect.x + 30, y: area.rect.y + 110, text: SAMPLE[templateId][language], color: 'yellow', author: 'Ana' });
    if (templateId === 'mc-example-review') {
      writeFields(client.doc, { title: language === 'de' ? 'Digitale Werbung' : 'Digital Advertising Operations', ects: 5, awardingBodies: ['Example Academy (IE)'] });
    }
    await sleep(200);
    client.destroy();
  }
  return { workshopId, token: joined.body.token as string };
}

async function open(workshopId: string, token: string, viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext({ viewport })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/api/health`);
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [`canvas-sessions:participant:${workshopId}`, token]);
  await page.goto(`${server.url}/w/${workshopId}`);
  return { page, errors };
}

describe('the seed workshop\'s remaining canvases', () => {
  for (const language of ['en', 'de'] as const) {
    for (const viewport of [{ width: 1024, height: 768 }, { width: 390, height: 844 }]) {
      it(`render in ${language} at ${viewport.width}×${viewport.height}`, async () => {
        const { workshopId, token } = await workshop(language);
        const { page, errors } = await open(workshopId, token, viewport);
        for (const [index, templateId] of NEW_CANVASES.entries()) {
          const template = getTemplate(templateId)!;
          await page.locator('.activity-tab').nth(index).click();
          await page.getByTestId('template-scaffold').waitFor({ timeout: 20_000 });
          await expect.poll(() => page.locator('.scaffold-title').innerText()).toBe(localize(template.title, language));
          expect(await page.locator('.scaffold-area').count()).toBe(template.areas.length);
          await expect.poll(() => page.locator('.tl-note__container, [data-shape-type="note"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
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
      }, 300_000); // eight canvases in one browser on a shared 2-core machine
    }
  }
});
