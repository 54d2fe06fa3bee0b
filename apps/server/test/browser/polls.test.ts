/**
 * Quick polls in Chromium (polls/SPEC.md P1–P5): the facilitator asks the seed's self-assessment from
 * the console, four participants (one on a phone) answer, the console shows the counts live, the
 * participants' browsers receive no counts until the facilitator shows them, then every screen and the
 * projector do. German workshop; screenshots in docs/screenshots/polls/.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { foreignRequests, keepScreenshot, launchBrowser, openStoredPage } from '../helpers/browser.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const requests: string[] = [];
const LAPTOP = { width: 1024, height: 768 };
const PHONE = { width: 390, height: 844 };
const DOCS = path.resolve(import.meta.dirname, '../../../../docs/screenshots/polls');

const open = (url: string, storage: Record<string, string>, viewport = LAPTOP): Promise<Page> => openStoredPage(browser, url, { storage, viewport, contexts, requests });
const keep = (page: Page, name: string) => keepScreenshot(page, DOCS, 'polls', name);

beforeAll(async () => {
  server = await startServer({ env: { JOIN_RATE_LIMIT: '1000', CREATE_RATE_LIMIT: '1000' } });
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.kill();
});

describe('quick polls in the browser', () => {
  it('four participants answer the self-assessment; the console shows the counts; participants get them only when shown', async () => {
    const http = api(server.url);
    const created = await http.post('/api/workshops', { title: 'Werkstatt', language: 'de', activities: [{ templateId: 'c2-persona' }], groupCount: 1 });
    expect(created.status).toBe(201);
    const id = created.body.workshop.id as string;
    const facilitatorToken = created.body.facilitatorToken as string;
    const tokens: string[] = [];
    for (const name of ['Anna', 'Ben', 'Cleo', 'Dan']) tokens.push((await http.post(`/api/workshops/${id}/join`, { displayName: name })).body.token);

    const console = await open(`${server.url}/f/${id}`, { [`canvas-sessions:facilitator:${id}`]: facilitatorToken });
    const projector = await open(`${server.url}/p/${id}`, { [`canvas-sessions:facilitator:${id}`]: facilitatorToken }, { width: 1280, height: 720 });
    const people: Page[] = [];
    for (const [i, token] of tokens.entries()) people.push(await open(`${server.url}/w/${id}`, { [`canvas-sessions:participant:${id}`]: token }, i === 0 ? PHONE : LAPTOP));
    // What each participant's browser downloads from the poll API.
    const seen: Array<{ counts: unknown }> = [];
    for (const page of people) {
      page.on('response', async (response) => {
        if (/\/polls\/(current|[^/]+\/answer)$/.test(new URL(response.url()).pathname)) seen.push(await response.json().catch(() => ({ counts: 'unreadable' })));
      });
    }

    await console.getByTestId('poll-preset-self').click();
    await console.getByTestId('poll-current').waitFor({ timeout: 20_000 });
    for (const [i, page] of people.entries()) {
      const card = page.getByTestId('poll-card');
      await card.waitFor({ timeout: 20_000 });
      await card.getByTestId(`poll-choice-${i === 3 ? 2 : i % 2}`).click();
      await page.locator(`[data-testid="poll-choice-${i === 3 ? 2 : i % 2}"][aria-pressed="true"]`).waitFor({ timeout: 10_000 });
    }
    await expect.poll(() => console.getByTestId('poll-answered').innerText(), { timeout: 20_000 }).toBe('4 Antworten');
    expect(await console.locator('.poll-bars li').evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-count'))))).toEqual([2, 1, 1]);
    await console.getByTestId('poll-controls').scrollIntoViewIfNeeded();
    await keep(console, 'console-1024-de');
    await keep(people[0]!, 'participant-answered-390-de');
    // Hidden results: not on the participants' screens, and not in what their browsers received.
    expect(await people[1]!.getByTestId('poll-results').count()).toBe(0);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.every((body) => body.counts === null)).toBe(true);
    expect(await projector.getByTestId('projector-poll').innerText()).toContain('Wo steht ihr bei Microcredentials?');
    expect(await projector.getByTestId('poll-results').count()).toBe(0);

    // The box follows the server's state (P5), so it turns checked once the server has the change.
    await console.getByTestId('poll-show-results').click();
    await expect.poll(() => console.getByTestId('poll-show-results').isChecked(), { timeout: 20_000 }).toBe(true);
    for (const page of people) await page.getByTestId('poll-results').waitFor({ timeout: 20_000 });
    expect(await people[0]!.locator('.poll-bars li').evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-count'))))).toEqual([2, 1, 1]);
    await projector.getByTestId('poll-results').waitFor({ timeout: 20_000 });
    await keep(people[0]!, 'participant-results-390-de');
    await keep(projector, 'projector-1280-de');

    // The phone's card fits the screen and leaves the board room to work.
    const card = (await people[0]!.getByTestId('poll-card').boundingBox())!;
    expect(card.x + card.width).toBeLessThanOrEqual(390);
    expect(card.height).toBeLessThan(844 / 2);

    await console.getByTestId('poll-close').click();
    await expect.poll(() => people[2]!.getByTestId('poll-choice-0').count(), { timeout: 20_000 }).toBe(0);
  }, 240_000);

  it('made no request to any other origin', async () => {
    for (const context of contexts) await context.close();
    contexts.length = 0;
    expect(foreignRequests(requests, server.url)).toEqual([]);
  });
});
