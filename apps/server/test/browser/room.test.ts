/**
 * Issue 11 items 2–4 in Chromium, with two participants and the facilitator: individual writing
 * then reveal (W1–W6), dot-voting (V1–V7), and keeping the room together (gather, A11).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { foreignRequests, launchBrowser, screenshot, trackRequests } from '../helpers/browser.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const requests: string[] = [];
const LAPTOP = { width: 1024, height: 768 };
const PHONE = { width: 390, height: 844 };
/** Several browsers on a shared 2-core machine: each step may take seconds. */
const STEP = 240_000;

interface Room {
  id: string;
  facilitatorToken: string;
  activities: Array<{ id: string; title: string }>;
  people: Array<{ name: string; token: string }>;
}

async function room(language: 'en' | 'de', names: string[]): Promise<Room> {
  const http = api(server.url);
  const created = await http.post('/api/workshops', { title: language === 'de' ? 'Werkstatt' : 'Workshop', language, activities: [{ templateId: 'c1-needs' }, { templateId: 'c2-persona' }], groupCount: 1 });
  const id = created.body.workshop.id as string;
  const people = [];
  for (const name of names) people.push({ name, token: (await http.post(`/api/workshops/${id}/join`, { displayName: name })).body.token as string });
  return { id, facilitatorToken: created.body.facilitatorToken, activities: created.body.workshop.activities, people };
}

async function open(path: string, storage: Record<string, string>, viewport = LAPTOP): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const urls = trackRequests(context);
  context.on('close', () => requests.push(...urls));
  await context.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, storage);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}
const participantPage = (r: Room, i: number, viewport = LAPTOP) =>
  open(`/w/${r.id}`, { [`canvas-sessions:participant:${r.id}`]: r.people[i]!.token }, viewport);
const facilitatorPage = (r: Room, viewport = LAPTOP) => open(`/f/${r.id}`, { [`canvas-sessions:facilitator:${r.id}`]: r.facilitatorToken }, viewport);

async function writeNote(page: Page, x: number, y: number, text: string) {
  await page.getByTestId('board').waitFor({ timeout: 20_000 });
  await page.locator('.tl-canvas').waitFor({ timeout: 20_000 });
  await page.mouse.click(x, y);
  await page.keyboard.press('n');
  await page.locator('[data-testid="tools.note"][aria-pressed="true"]').waitFor({ timeout: 10_000 });
  await page.mouse.click(x, y);
  await page.locator('.tl-shape .ProseMirror-focused[contenteditable="true"]').waitFor({ timeout: 10_000 });
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
}
const notesWith = (page: Page, text: string) => page.locator('.tl-shape .tl-rich-text', { hasText: text }).count();

beforeAll(async () => {
  server = await startServer({ env: { JOIN_RATE_LIMIT: '1000', CREATE_RATE_LIMIT: '1000' } });
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.kill();
});

describe('the seed workshop’s method in the browser', () => {
  let r: Room;
  let anna: Page;
  let ben: Page;
  let facilitator: Page;

  it('W1–W4 C1 starts with individual writing: a private note reaches the facilitator, not the peer, until reveal', async () => {
    r = await room('en', ['Anna', 'Ben']);
    [anna, ben, facilitator] = await Promise.all([participantPage(r, 0), participantPage(r, 1), facilitatorPage(r)]);
    for (const page of [anna, ben]) await expect.poll(() => page.getByTestId('notices').innerText(), { timeout: 20_000 }).toContain('Individual writing');
    await writeNote(anna, 330, 330, 'Anna private idea');
    await expect.poll(() => notesWith(anna, 'Anna private idea'), { timeout: 10_000 }).toBe(1);
    // The facilitator sees it live in the console; Ben's page has nothing of it.
    await expect.poll(() => facilitator.getByTestId('private-notes').allInnerTexts(), { timeout: 20_000 }).toContainEqual(expect.stringContaining('Anna private idea'));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await ben.content()).not.toContain('Anna private idea');
    await screenshot(anna, 'room-writing-anna-1024');
    await screenshot(facilitator, 'room-writing-console-1024');

    await facilitator.getByTestId('reveal').click();
    await expect.poll(() => notesWith(ben, 'Anna private idea'), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => notesWith(anna, 'Anna private idea'), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => ben.getByTestId('notices').count()).toBe(0);
  }, STEP);

  it('V1–V5 dot-voting: three dots, a crafted fourth is refused, hidden results until close, winners on the tile', async () => {
    await writeNote(ben, 480, 520, 'Ben idea');
    await facilitator.getByTestId('start-vote').click();
    await anna.getByTestId('vote-panel').waitFor({ timeout: 20_000 });
    await expect.poll(() => anna.getByTestId('vote-note').count(), { timeout: 10_000 }).toBe(2);
    const annaNote = anna.getByTestId('vote-note').filter({ hasText: 'Anna private idea' });
    for (let i = 0; i < 3; i++) {
      await annaNote.getByTestId('add-dot').click();
      await expect.poll(() => anna.getByTestId('dots-left').innerText()).toContain(`${2 - i} of 3`);
    }
    expect(await annaNote.getByTestId('add-dot').isDisabled()).toBe(true);
    // A crafted client sends the fourth dot anyway: the server refuses it.
    const crafted = await anna.evaluate(async ([workshopId, token]) => {
      const status = await (await fetch(`/api/workshops/${workshopId}/votes/current`, { headers: { authorization: `Bearer ${token}` } })).json();
      const dot = status.myDots[0];
      const res = await fetch(`/api/workshops/${workshopId}/votes/${status.vote.id}/dots`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(dot) });
      return { status: res.status, body: await res.json() };
    }, [r.id, r.people[0]!.token] as const);
    expect(crafted).toMatchObject({ status: 409, body: { error: 'no_dots_left' } });
    // Hidden: Ben sees no counts while the vote is open.
    await ben.getByTestId('vote-panel').waitFor({ timeout: 20_000 });
    expect(await ben.getByTestId('vote-count').count()).toBe(0);
    await screenshot(anna, 'room-vote-anna-1024');

    await facilitator.getByTestId('close-vote').click();
    await expect.poll(() => ben.getByTestId('vote-note').filter({ hasText: 'Anna private idea' }).getByTestId('vote-count').innerText(), { timeout: 20_000 }).toBe('3 dots');
    await expect.poll(() => facilitator.getByTestId('tile-winners').innerText(), { timeout: 20_000 }).toContain('Anna private idea (3)');
    await screenshot(facilitator, 'room-vote-console-1024');
  }, STEP);

  it('keep together: a participant elsewhere sees the current activity by name, "Bring everyone here" moves them, only-current makes others read-only', async () => {
    const [c1, c2] = r.activities;
    await ben.getByRole('button', { name: c2!.title }).click();
    await expect.poll(() => ben.getByTestId('elsewhere').innerText(), { timeout: 10_000 }).toContain(`The group is now on “${c1!.title}”`);
    await screenshot(ben, 'room-elsewhere-ben-1024');
    await facilitator.getByTestId('gather').click();
    await expect.poll(() => ben.getByTestId('elsewhere').count(), { timeout: 20_000 }).toBe(0);
    expect(await ben.locator('.activity-tab.active').innerText()).toContain(c1!.title);

    // Back on the other activity, the button takes Ben to the current one.
    await ben.getByRole('button', { name: c2!.title }).click();
    await ben.getByTestId('go-to-current').click();
    await expect.poll(() => ben.getByTestId('elsewhere').count()).toBe(0);

    // "Only the current activity is open": the other activity is read-only for participants.
    await facilitator.getByTestId('only-current').click();
    await expect.poll(() => facilitator.getByTestId('only-current').isChecked(), { timeout: 20_000 }).toBe(true);
    await anna.getByRole('button', { name: c2!.title }).click();
    await expect.poll(() => anna.getByTestId('board').getAttribute('data-readonly'), { timeout: 20_000 }).toBe('true');
    await anna.getByTestId('go-to-current').click();
    await expect.poll(() => anna.getByTestId('board').getAttribute('data-readonly'), { timeout: 20_000 }).toBe('false');
  }, STEP);

  it('in German, on a phone and a laptop: writing, voting and the banner (screenshots)', async () => {
    const de = await room('de', ['Jonas', 'Mia']);
    const phone = await participantPage(de, 0, PHONE);
    await expect.poll(() => phone.getByTestId('notices').innerText(), { timeout: 20_000 }).toContain('Einzelarbeit');
    await screenshot(phone, 'room-writing-de-390');
    const laptop = await facilitatorPage(de);
    await laptop.getByTestId('writing-controls').waitFor({ timeout: 20_000 });
    await screenshot(laptop, 'room-console-de-1024');
    await laptop.getByTestId('reveal').click();
    await laptop.getByTestId('start-vote').click();
    await phone.getByTestId('panel-toggle').click();
    await phone.getByTestId('vote-panel').waitFor({ timeout: 20_000 });
    await expect.poll(() => phone.getByTestId('vote-panel').innerText()).toContain('Punkte');
    await screenshot(phone, 'room-vote-de-390');
    await phone.getByTestId('panel-toggle').click();
    await phone.getByRole('button', { name: de.activities[1]!.title }).click();
    await expect.poll(() => phone.getByTestId('elsewhere').innerText(), { timeout: 10_000 }).toContain('Die Gruppe ist jetzt bei');
    await screenshot(phone, 'room-elsewhere-de-390');
  }, STEP);

  it('made no request to any other origin', async () => {
    for (const context of contexts) await context.close();
    contexts.length = 0;
    expect(foreignRequests(requests, server.url)).toEqual([]);
  });
});
