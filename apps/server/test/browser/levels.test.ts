/**
 * Issue 11 item 1 in a real browser: Bloom and EQF levels on notes. Two members of one group and the
 * facilitator: a level set in one page (by the suggestion, a button and the keyboard) shows as a
 * badge in the other page, on the console tile, in every export (CSV, JSON, Markdown, SVG) and in
 * the micro-credential draft. Notes outside the levelled area get no control.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { foreignRequests, launchBrowser, screenshot, trackRequests } from '../helpers/browser.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const allRequests: string[][] = [];
let workshopId = '';
let facilitatorToken = '';
let groupId = '';
let boardId = '';
let facilitator: Page;
let pageA: Page;
let pageB: Page;

async function open(url: string, setup?: { key: string; value: string }, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  allRequests.push(trackRequests(context));
  const page = await context.newPage();
  if (setup) {
    await page.goto(`${server.url}/api/health`);
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [setup.key, setup.value]);
  }
  await page.goto(url);
  return page;
}

async function addNote(page: Page, id: string, text: string, x: number, y: number) {
  await page.waitForFunction(() => Boolean((window as any).editor));
  await page.evaluate(
    ([id, text, x, y]) => {
      const editor = (window as any).editor;
      editor.createShape({
        id: `shape:${id}`,
        type: 'note',
        x,
        y,
        props: { richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } },
      });
    },
    [id, text, x, y] as const,
  );
}

/** Select a note once the editor is up and the note has synced into it (the board can show before either). */
async function select(page: Page, id: string) {
  await page.waitForFunction((id) => Boolean((window as any).editor?.getShape(`shape:${id}`)), id, { timeout: 30_000 });
  await page.evaluate((id) => void (window as any).editor.select(`shape:${id}`), id);
}
const metaOf = (page: Page, id: string) => page.evaluate((id) => (window as any).editor.getShape(`shape:${id}`)?.meta, id);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const http = api(server.url);
  const created = await http.post('/api/workshops', { title: 'Levels test', activities: [{ templateId: 'c3-competences' }], groupCount: 1, facilitatorName: 'Maria' });
  workshopId = created.body.workshop.id;
  facilitatorToken = created.body.facilitatorToken;
  groupId = created.body.workshop.groups[0].id;
  const a = await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ana', groupId });
  const b = await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ben', groupId });
  const view = (await http.get(`/api/workshops/${workshopId}`, facilitatorToken)).body;
  boardId = view.boards.find((x: any) => x.kind === 'group').id;
  facilitator = await open(`${server.url}/f/${workshopId}?debug=1#key=${facilitatorToken}`, undefined, { width: 1400, height: 900 });
  pageA = await open(`${server.url}/w/${workshopId}?debug=1`, { key: `canvas-sessions:participant:${workshopId}`, value: a.body.token });
  pageB = await open(`${server.url}/w/${workshopId}?debug=1`, { key: `canvas-sessions:participant:${workshopId}`, value: b.body.token }, { width: 1024, height: 768 });
  await pageA.getByTestId('board').waitFor({ timeout: 90_000 });
  await pageB.getByTestId('board').waitFor({ timeout: 90_000 });
  await facilitator.getByTestId('group-grid').waitFor();
  // Three pages with tldraw on a busy two-core machine can take a while to open.
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.kill();
});

describe('Bloom and EQF levels on notes', () => {
  it('suggests a Bloom level from the leading verb, and sets nothing until the participant confirms', async () => {
    // In C3's competences area (x 0–800, y 120–1000).
    await addNote(pageA, 'competence', 'Analyse customer complaints and their causes', 120, 300);
    await select(pageA, 'competence');
    const control = pageA.getByTestId('level-control');
    await control.waitFor({ timeout: 5000 });
    await expect.poll(() => control.getByTestId('bloom-suggestion').innerText()).toContain('analyse');
    expect(await control.getByTestId('bloom-suggestion').innerText()).toContain('Bloom 4');
    // Offered, not set.
    expect((await metaOf(pageA, 'competence'))?.bloomLevel ?? null).toBeNull();
    await control.getByTestId('use-suggestion').click();
    await expect.poll(async () => (await metaOf(pageA, 'competence'))?.bloomLevel).toBe(4);
    expect(await control.getByTestId('bloom-4').getAttribute('aria-checked')).toBe('true');
    // The suggestion goes away once it is the level.
    expect(await control.getByTestId('bloom-suggestion').count()).toBe(0);
  });

  it('sets the EQF level from the keyboard (Alt+5) and shows both as a badge in the other page', async () => {
    await pageA.keyboard.press('Alt+Digit5');
    await expect.poll(async () => (await metaOf(pageA, 'competence'))?.eqfLevel).toBe(5);
    const badge = pageB.getByTestId('level-badge');
    await expect.poll(() => badge.first().innerText(), { timeout: 15_000 }).toBe('Bloom 4 · EQF 5');
    await screenshot(pageA, 'levels-01-control-1280');
    await screenshot(pageB, 'levels-02-badge-other-page-1024');
  });

  it('changes the Bloom level by keyboard (3, then 0 clears and 4 sets it again)', async () => {
    await select(pageA, 'competence');
    await pageA.keyboard.press('Digit3');
    await expect.poll(async () => (await metaOf(pageA, 'competence'))?.bloomLevel).toBe(3);
    await expect.poll(() => pageB.getByTestId('level-badge').first().innerText(), { timeout: 15_000 }).toBe('Bloom 3 · EQF 5');
    await pageA.keyboard.press('Digit0');
    await expect.poll(async () => (await metaOf(pageA, 'competence'))?.bloomLevel).toBeNull();
    await expect.poll(() => pageB.getByTestId('level-badge').first().innerText(), { timeout: 15_000 }).toBe('EQF 5');
    await pageA.getByTestId('level-control').getByTestId('bloom-4').click();
    await expect.poll(() => pageB.getByTestId('level-badge').first().innerText(), { timeout: 15_000 }).toBe('Bloom 4 · EQF 5');
  });

  it('offers no level control for a note outside the competences area', async () => {
    await addNote(pageA, 'network', 'Local chamber of commerce', 1000, 200);
    await select(pageA, 'network');
    await pageA.waitForTimeout(300);
    expect(await pageA.getByTestId('level-control').count()).toBe(0);
    // Digits do nothing to it.
    await pageA.keyboard.press('Digit2');
    expect((await metaOf(pageA, 'network'))?.bloomLevel ?? null).toBeNull();
  });

  it('shows the levels on the console tile', async () => {
    const tile = facilitator.getByTestId('tile').first();
    await expect.poll(() => tile.getByTestId('mini-level-badge').first().textContent(), { timeout: 15_000 }).toBe('Bloom 4 · EQF 5');
    await screenshot(facilitator, 'levels-03-console-tile');
  });

  it('carries the levels into the CSV, JSON, Markdown and SVG exports and the micro-credential draft', async () => {
    const http = api(server.url);
    const csv = await http.get(`/api/workshops/${workshopId}/boards/${boardId}/export?format=csv`, facilitatorToken);
    expect(csv.status).toBe(200);
    const lines = String(csv.body).split('\r\n');
    expect(lines[0]).toBe('board,group,area,text,author,colour,created,updated,bloom_level,eqf_level,votes');
    const row = lines.find((l) => l.includes('Analyse customer complaints'))!;
    expect(row.endsWith(',4,5,')).toBe(true); // votes: empty, no closed vote
    expect(lines.find((l) => l.includes('Local chamber'))!.endsWith(',,,')).toBe(true);

    const json = await http.get(`/api/workshops/${workshopId}/boards/${boardId}/export?format=json`, facilitatorToken);
    const note = json.body.areas.find((a: any) => a.id === 'competences').notes[0];
    expect([note.bloomLevel, note.eqfLevel]).toEqual([4, 5]);

    const md = await http.get(`/api/workshops/${workshopId}/boards/${boardId}/export?format=md`, facilitatorToken);
    expect(String(md.body)).toContain('[Bloom 4: Analyse] [EQF 5]');

    const svg = await http.get(`/api/workshops/${workshopId}/boards/${boardId}/export?format=svg`, facilitatorToken);
    expect(String(svg.body)).toContain('Bloom 4 · EQF 5');

    const draft = await http.get(`/api/workshops/${workshopId}/groups/${groupId}/micro-credential?format=draft`, facilitatorToken);
    expect(draft.status).toBe(200);
    expect(draft.body.draft.competences).toEqual([expect.objectContaining({ text: 'Analyse customer complaints and their causes', bloomLevel: 4, eqfLevel: 5 })]);
  });

  it('shows the reference: verb lists per Bloom level and the EQF descriptors', async () => {
    const reference = pageA.getByTestId('levels-reference');
    await reference.locator('summary').click();
    const text = await reference.innerText();
    expect(text).toContain('Analyse');
    expect(text).toContain('differentiate');
    expect(text).toContain('Responsibility and autonomy');
    expect(text).toContain('Level 8');
  });

  it('works on a phone and in German', async () => {
    const http = api(server.url);
    const created = await http.post('/api/workshops', { title: 'Stufen', language: 'de', activities: [{ templateId: 'c4-substantive' }], groupCount: 1 });
    const id = created.body.workshop.id;
    const joined = await http.post(`/api/workshops/${id}/join`, { displayName: 'Jana' });
    const phone = await open(`${server.url}/w/${id}?debug=1`, { key: `canvas-sessions:participant:${id}`, value: joined.body.token }, { width: 390, height: 844 });
    await phone.getByTestId('board').waitFor({ timeout: 90_000 });
    // C4's learning outcomes (x 0–600, y 120–560).
    await addNote(phone, 'outcome', 'Die Lernenden können Hygienerisiken bewerten', 150, 250);
    await select(phone, 'outcome');
    await phone.evaluate(() => void (window as any).editor.zoomToSelection());
    const control = phone.getByTestId('level-control');
    await control.waitFor({ timeout: 5000 });
    expect(await control.innerText()).toContain('EQR');
    await expect.poll(() => control.getByTestId('bloom-suggestion').innerText()).toContain('Bloom 5 (Bewerten)');
    // The control is docked at the bottom and fully on screen.
    const box = (await control.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await control.getByTestId('use-suggestion').click();
    await control.getByTestId('eqf-6').click();
    await expect.poll(() => phone.getByTestId('level-badge').first().innerText()).toBe('Bloom 5 · EQR 6');
    await screenshot(phone, 'levels-04-phone-de');
    const tablet = await open(`${server.url}/w/${id}?debug=1`, { key: `canvas-sessions:participant:${id}`, value: joined.body.token }, { width: 1024, height: 768 });
    await tablet.getByTestId('board').waitFor({ timeout: 90_000 });
    await select(tablet, 'outcome');
    await tablet.getByTestId('level-control').waitFor();
    await screenshot(tablet, 'levels-05-tablet-de');
  }, 180_000);

  it('made no request to any other origin', async () => {
    for (const context of contexts) await context.close();
    contexts.length = 0;
    expect(foreignRequests(allRequests.flat(), server.url)).toEqual([]);
  });
});
