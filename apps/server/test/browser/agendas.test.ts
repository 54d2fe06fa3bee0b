/**
 * Issue 18 item 2 in Chromium: on the start page a facilitator creates the whole seven-unit MicroQuest
 * workshop with one click, then steps through every activity in the console; a participant's board
 * follows with each canvas, and the console's timer is preset with the seed's minutes. A saved agenda
 * is listed and reused. Screenshots at 1024×768 and 390×844 (German).
 */
import { getAgenda, getTemplate, localize } from '@canvas/templates';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { foreignRequests, launchBrowser, screenshot } from '../helpers/browser.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const requests: string[] = [];

async function newPage(viewport = { width: 1024, height: 768 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  context.on('request', (r) => requests.push(r.url()));
  return context.newPage();
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.kill();
});

describe('agendas in the browser', () => {
  it('one click creates the full MicroQuest workshop; the console steps through every activity with the seed\'s minutes', async () => {
    const agenda = getAgenda('microquest')!;
    const facilitator = await newPage();
    await facilitator.goto(server.url);
    await facilitator.getByTestId('agenda-microquest').waitFor();
    await screenshot(facilitator, 'agenda-01-start-1024');
    await facilitator.getByTestId('agenda-microquest').getByRole('button', { name: 'Create' }).click();
    await facilitator.getByText('Your facilitator link').waitFor();
    expect(await facilitator.locator('h1').innerText()).toContain('MicroQuest workshop (units 1–7)');
    const link = await facilitator.getByTestId('facilitator-link').innerText();
    const workshopId = /\/f\/(ws_[\w-]+)/.exec(link)![1]!;
    const token = /#key=(.+)$/.exec(link)![1]!;

    // The server holds the agenda's activities in order, each with its planned minutes.
    const http = api(server.url);
    const view = (await http.get(`/api/workshops/${workshopId}`, token)).body;
    expect(view.activities.map((a: any) => [a.templateId, a.durationMinutes])).toEqual(agenda.items.map((i) => [i.templateId, i.durationMinutes]));

    const joined = await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ana' });
    const participant = await newPage();
    await participant.goto(`${server.url}/api/health`);
    await participant.evaluate(([key, value]) => localStorage.setItem(key!, value!), [`canvas-sessions:participant:${workshopId}`, joined.body.token]);
    await participant.goto(`${server.url}/w/${workshopId}`);
    await participant.getByTestId('template-scaffold').waitFor({ timeout: 60_000 }); // first load of the board bundle

    await facilitator.getByRole('button', { name: /Open the facilitator console/ }).click();
    await facilitator.getByTestId('group-grid').waitFor();
    const activitySelect = facilitator.locator('.controls select').first();
    for (const [index, item] of agenda.items.entries()) {
      const template = getTemplate(item.templateId)!;
      await expect.poll(() => activitySelect.inputValue()).toBe(view.activities[index].id);
      await expect.poll(() => facilitator.getByLabel('Minutes').inputValue()).toBe(String(item.durationMinutes));
      await participant.getByTestId('template-scaffold').waitFor({ timeout: 15_000 });
      await expect.poll(() => participant.locator('.scaffold-title').innerText(), { timeout: 10_000 }).toBe(localize(template.title, 'en'));
      if (index < agenda.items.length - 1) await facilitator.getByRole('button', { name: 'Next activity →' }).click();
    }
    await expect.poll(() => facilitator.getByRole('button', { name: 'Next activity →' }).isDisabled()).toBe(true);
    await screenshot(participant, 'agenda-02-last-activity-1024');
  }, 300_000); // fifteen activities, two browsers

  it('a unit and the HE course are one click too; a saved agenda is listed, reused and deleted (German, 390×844)', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await page.goto(server.url);
    await page.locator('select').first().selectOption('de');
    await page.getByTestId('agenda-microquest-unit-3').waitFor();
    expect(await page.getByTestId('agenda-microquest-unit-3').innerText()).toContain('Einheit 3: Vom Bildungsangebot zum Micro-Credential');
    expect(await page.getByTestId('agenda-he-course').innerText()).toContain('Selbsteinschätzung');
    // Nothing of the start page sticks out sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Save the ticked activities (untick all but two) as an own agenda.
    const options = page.locator('.activity-option input');
    const count = await options.count();
    for (let i = 0; i < count; i++) {
      const title = await page.locator('.activity-option .activity-title').nth(i).innerText();
      if (!['Elemente eines Microcredentials', 'Vergabe-Canvas'].includes(title)) await options.nth(i).uncheck();
    }
    await page.getByTestId('agenda-name').fill('Unser kurzer Tag');
    await page.getByRole('button', { name: 'Plan speichern' }).click();
    const saved = page.locator('[data-testid^="agenda-saved-"]');
    await saved.waitFor();
    expect(await saved.innerText()).toContain('Unser kurzer Tag');
    expect(await saved.innerText()).toContain('2 Aktivitäten · 75 Min.');
    await saved.scrollIntoViewIfNeeded();
    await screenshot(page, 'agenda-03-saved-de-390');

    // Reload: the saved agenda comes back from the server; one click creates a workshop from it.
    await page.reload();
    await page.locator('select').first().selectOption('de');
    await saved.waitFor();
    await saved.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByText('Your facilitator link').waitFor();
    const link = await page.getByTestId('facilitator-link').innerText();
    const workshopId = /\/f\/(ws_[\w-]+)/.exec(link)![1]!;
    const view = (await api(server.url).get(`/api/workshops/${workshopId}`, /#key=(.+)$/.exec(link)![1]!)).body;
    expect(view.title).toBe('Unser kurzer Tag');
    expect(view.language).toBe('de');
    expect(view.activities.map((a: any) => [a.templateId, a.durationMinutes])).toEqual([
      ['mc-elements', 15],
      ['awarding', 60],
    ]);

    // Deleting removes it from the server and from the list.
    await page.goto(server.url);
    await page.locator('select').first().selectOption('de');
    await saved.waitFor();
    const id = (await saved.getAttribute('data-testid'))!.replace('agenda-saved-', '');
    await saved.getByRole('button', { name: 'Löschen' }).click();
    await expect.poll(() => saved.count()).toBe(0);
    expect((await api(server.url).get(`/api/agendas/${id}`)).status).toBe(404);
  }, 180_000);

  it('made no request to any other origin', () => {
    expect(foreignRequests(requests, server.url)).toEqual([]);
    expect(requests.length).toBeGreaterThan(10);
  });
});
