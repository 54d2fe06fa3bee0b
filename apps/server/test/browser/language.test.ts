/**
 * Issue 12 item 3 in a real browser: with the browser's language set to German, the start page and
 * the facilitator console of a German workshop show no English words; the start page's switch
 * changes the language; the participant's board speaks German (tldraw's UI included, its
 * translations served from our origin). Screenshots at 1024×768 and 390×844.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { foreignRequests, launchBrowser, screenshot, trackRequests } from '../helpers/browser.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

const DOCS = path.resolve(import.meta.dirname, '../../../../docs/screenshots/i18n');
let server: ServerProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const requests: string[][] = [];
let workshopId = '';
let facilitatorToken = '';
let participantToken = '';

/** English words that have no place on a German screen (German shares "Workshop", "Board", "online", "Link", "Post-its"). */
const ENGLISH = /\b(the|and|your|you|join|create|run|groups?|participants?|language|activities|activity|unit|connected|here now|page|copy|next|lock|spotlight|delete|download|everything|minutes|left|paused|step in|results|end workshop|no edits)\b/i;

async function open(url: string, viewport: { width: number; height: number }, setup?: { key: string; value: string }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'de-DE' });
  contexts.push(context);
  requests.push(trackRequests(context));
  const page = await context.newPage();
  if (setup) {
    await page.goto(`${server.url}/api/health`);
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [setup.key, setup.value]);
  }
  await page.goto(url);
  return page;
}

/** Every text a user sees or hears: rendered text plus accessible names, titles and placeholders. */
async function visibleWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [document.body.innerText];
    for (const el of Array.from(document.querySelectorAll('[aria-label],[title],[placeholder]'))) {
      for (const attribute of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(attribute);
        if (value) texts.push(value);
      }
    }
    return texts.flatMap((text) => text.split(/\n+/)).map((line) => line.trim()).filter(Boolean);
  });
}

function englishLines(lines: string[], allowed: string[] = []): string[] {
  return lines.filter((line) => ENGLISH.test(line) && !allowed.some((ok) => line.includes(ok)));
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const http = api(server.url);
  const created = await http.post('/api/workshops', {
    title: 'Microcredentials gestalten',
    language: 'de',
    activities: [{ templateId: 'c1-needs' }, { templateId: 'c4-substantive' }],
    groupCount: 2,
    facilitatorName: 'Maria',
  });
  expect(created.status).toBe(201);
  workshopId = created.body.workshop.id;
  facilitatorToken = created.body.facilitatorToken;
  const joined = await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Łucja', groupId: created.body.workshop.groups[0].id });
  participantToken = joined.body.token;
}, 60_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.kill();
});

describe('German screens (browser language de)', () => {
  for (const viewport of [{ width: 1024, height: 768 }, { width: 390, height: 844 }]) {
    const size = `${viewport.width}x${viewport.height}`;

    it(`the start page speaks German at ${size}, and its switch changes the language`, async () => {
      const page = await open(`${server.url}/`, viewport);
      await page.getByRole('heading', { name: 'An einem Workshop teilnehmen' }).waitFor();
      await page.locator('.activity-option').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      expect(await page.getByTestId('workshop-language').inputValue()).toBe('de');
      expect(englishLines(await visibleWords(page), ['docs/templates.md'])).toEqual([]);
      await screenshot(page, `i18n-start-de-${size}`);
      await page.getByRole('button', { name: 'Français' }).click();
      await page.getByRole('heading', { name: 'Rejoindre un atelier' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
      await page.reload();
      await page.getByRole('heading', { name: 'Rejoindre un atelier' }).waitFor();
    }, 60_000);

    it(`the console of a German workshop speaks German at ${size}`, async () => {
      const page = await open(`${server.url}/f/${workshopId}#key=${facilitatorToken}`, viewport);
      await page.getByTestId('group-grid').waitFor();
      await page.getByTestId('tile').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      const lines = await visibleWords(page);
      expect(lines.join('\n').toLowerCase()).toContain('moderationskonsole');
      expect(englishLines(lines)).toEqual([]);
      await screenshot(page, `i18n-console-de-${size}`);
    }, 60_000);

    it(`a participant's board speaks German, tldraw included, at ${size}`, async () => {
      const page = await open(`${server.url}/w/${workshopId}`, viewport, { key: `canvas-sessions:participant:${workshopId}`, value: participantToken });
      await page.getByTestId('board').waitFor();
      await page.getByTestId('connection-badge').filter({ hasText: 'Verbunden' }).waitFor({ timeout: 20_000 });
      const lines = await visibleWords(page);
      expect(lines.join('\n')).toContain('Bedarfsorientierter Ansatz');
      expect(lines.join('\n')).toContain('Umfeld');
      // tldraw loads its German strings from our origin after it mounts: wait for them rather than read
      // the first frame (a stuck English title still fails here). Its licence notice on a localhost
      // build is not the product's text.
      await expect.poll(async () => englishLines(await visibleWords(page), ['tldraw.dev']), { timeout: 15_000 }).toEqual([]);
      await screenshot(page, `i18n-board-de-${size}`);
    }, 60_000);
  }

  it.each([
    ['fr', 'c4-substantive', ['C4 Éléments de fond', 'Acquis d’apprentissage', 'Mode de dispense', 'Intitulé de la microcertification'], ['Duration and workload', 'Delivery mode']],
    ['es', 'c3-competences', ['Competencias: nombre, descripción, nivel de Bloom', 'Medir el éxito'], ['Measuring success', 'Network']],
  ] as const)('a %s workshop shows its canvas (%s) in its language, not in English', async (language, templateId, expected, english) => {
    const http = api(server.url);
    const created = await http.post('/api/workshops', { title: 'Atelier', language, activities: [{ templateId }], groupCount: 1 });
    const id = created.body.workshop.id as string;
    const token = (await http.post(`/api/workshops/${id}/join`, { displayName: 'Zoé' })).body.token as string;
    const page = await open(`${server.url}/w/${id}`, { width: 1024, height: 768 }, { key: `canvas-sessions:participant:${id}`, value: token });
    await page.getByTestId('board').waitFor();
    await page.getByTestId('connection-badge').waitFor({ timeout: 20_000 });
    await expect.poll(async () => (await visibleWords(page)).join('\n'), { timeout: 15_000 }).toContain(expected[0]);
    const text = (await visibleWords(page)).join('\n');
    for (const phrase of expected) expect(text).toContain(phrase);
    for (const phrase of english) expect(text).not.toContain(phrase);
    const file = await screenshot(page, `i18n-canvas-${language}-1024x768`);
    fs.mkdirSync(DOCS, { recursive: true });
    fs.copyFileSync(file, path.join(DOCS, `canvas-${templateId}-${language}-1024x768.png`));
  }, 60_000);

  it('no request left the app’s origin (tldraw’s translations included)', () => {
    expect(requests.flatMap((urls) => foreignRequests(urls, server.url))).toEqual([]);
    expect(requests.flat().some((url) => url.startsWith(server.url) && /\/assets\/de-[\w-]+\.json$/.test(url))).toBe(true);
  });
});
