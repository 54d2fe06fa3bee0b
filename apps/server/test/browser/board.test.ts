import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, foreignRequests, launchBrowser, screenshot, trackRequests } from '../helpers/browser.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const WEB_DIST = path.resolve(here, '../../../web/dist/index.html');
const DOCS_SCREENSHOT = path.resolve(here, '../../../../docs/screenshots/two-browsers.png');
const VIEWPORT = { width: 1100, height: 720 };

const openBrowser = launchBrowser;

interface Participant {
  context: BrowserContext;
  page: Page;
  requests: string[];
  sockets: string[];
}

async function join(browser: Browser, url: string, name: string): Promise<Participant> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const requests = trackRequests(context);
  const page = await context.newPage();
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await page.goto(url);
  // The sandbox asks for a display name once per browser.
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the board' }).click();
  await page.locator('.tl-canvas').waitFor({ state: 'visible', timeout: 20_000 });
  return { context, page, requests, sockets };
}

describe.skipIf(!fs.existsSync(WEB_DIST))('two browsers on one sandbox board', () => {
  let server: ServerProcess;
  let browser: Browser;
  let ada: Participant;
  let bob: Participant;
  const boardId = `sandbox-browser-${Date.now().toString(36)}`;

  beforeAll(async () => {
    server = await startServer({ env: { ALLOW_SANDBOX: 'true' } });
    browser = await openBrowser();
    const boardUrl = `${server.url}/sandbox/${boardId}`;
    ada = await join(browser, boardUrl, 'Ada');
    bob = await join(browser, boardUrl, 'Bob');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.kill();
  });

  it('shows both participants as connected, each in the other\'s "who is here" list', async () => {
    for (const { page } of [ada, bob]) {
      await expect.poll(() => page.getByTestId('connection-badge').getAttribute('data-status'), { timeout: 10_000 }).toBe('connected');
      await expect.poll(() => page.getByTestId('connection-badge').innerText()).toBe('Connected');
      // "Here now" opens from its button (collapsed so that it does not cover the canvas).
      await expect.poll(() => page.getByTestId('people-toggle').innerText(), { timeout: 10_000 }).toMatch(/2$/);
      await page.getByTestId('people-toggle').click();
      await expect.poll(() => page.getByTestId('person').allInnerTexts(), { timeout: 10_000 }).toHaveLength(2);
    }
    const bobSees = await bob.page.getByTestId('person').allInnerTexts();
    expect(bobSees.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(['BO Bob (you)', 'AD Ada Follow']);
  });

  it('shows a note written in one browser in the other, with the same text', async () => {
    const { page } = ada;
    // Drive the real UI: focus the canvas, pick the note tool with its shortcut, click, type.
    await page.mouse.click(420, 380);
    await page.keyboard.press('n');
    await page.locator('[data-testid="tools.note"][aria-pressed="true"]').waitFor({ timeout: 5_000 });
    await page.mouse.click(420, 380);
    // A click with the note tool creates a note and opens its text editor: type once it has focus.
    await page.locator('.tl-shape .ProseMirror-focused[contenteditable="true"]').waitFor({ timeout: 5_000 });
    await page.keyboard.type('Hello from Ada');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.tl-shape .tl-rich-text', { hasText: 'Hello from Ada' }).count()).toBe(1);

    await expect
      .poll(() => bob.page.locator('.tl-shape .tl-rich-text', { hasText: 'Hello from Ada' }).count(), { timeout: 5_000 })
      .toBe(1);
  });

  it("shows Ada's cursor with her name in Bob's browser", async () => {
    await ada.page.mouse.move(640, 300, { steps: 5 });
    await ada.page.mouse.move(660, 320, { steps: 5 });
    const nametag = bob.page.locator('.tl-nametag', { hasText: 'Ada' });
    await nametag.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await nametag.innerText()).toBe('Ada');
  });

  it('made no request outside its own origin, and leaves a screenshot of both browsers', async () => {
    // Let Bob move too, so that Ada sees his cursor in the screenshot.
    await bob.page.mouse.move(760, 460, { steps: 5 });
    await ada.page.locator('.tl-nametag', { hasText: 'Bob' }).waitFor({ state: 'visible', timeout: 5_000 });
    const shots = [await screenshot(ada.page, 'board-ada'), await screenshot(bob.page, 'board-bob')];

    // Both pages side by side, composed in a third page from the two PNGs.
    const composer = await browser.newPage({ viewport: { width: VIEWPORT.width * 2 + 12, height: VIEWPORT.height } });
    const images = shots.map((file) => `<img src="data:image/png;base64,${fs.readFileSync(file).toString('base64')}">`).join('');
    await composer.setContent(
      `<body style="margin:0;display:flex;gap:12px;background:#d0d4da">${images}</body>`,
    );
    const combined = path.join(ARTIFACTS_DIR, 'two-browsers.png');
    await composer.screenshot({ path: combined });
    await composer.close();
    // Tests leave tracked files alone; refresh the README's picture on purpose with UPDATE_DOCS=1.
    if (process.env.UPDATE_DOCS === '1') fs.copyFileSync(combined, DOCS_SCREENSHOT);

    expect(foreignRequests(ada.requests, server.url)).toEqual([]);
    expect(foreignRequests(bob.requests, server.url)).toEqual([]);
    for (const { sockets } of [ada, bob]) {
      expect(sockets.length).toBeGreaterThan(0);
      expect(foreignRequests(sockets, server.url)).toEqual([]);
      expect(sockets.every((url) => url.startsWith(`${server.wsUrl}/sync/${boardId}`))).toBe(true);
    }
  });
});
