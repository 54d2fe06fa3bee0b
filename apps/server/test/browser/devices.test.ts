/**
 * Issue 12, item 1: phones (390×844) and tablets (1024×768), by touch. A participant completes a C4
 * board (a note created, edited and moved by touch; fields; the EU checklist; the solution switch; a
 * board download and a draft download) and a C1 board; the board opens at a readable zoom with
 * nothing of our own or tldraw's covering the canvas's title and instructions; the facilitator's
 * console works on a tablet. Screenshots (EN and DE) go to the artefacts and docs/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { YKeyValue } from 'y-utility/y-keyvalue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { connectBoard, sleep } from '../helpers/clients.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const TABLET = { viewport: { width: 1024, height: 768 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
type Device = typeof PHONE;
const DOCS_SCREENSHOTS = path.resolve(process.cwd(), '../../docs/screenshots/devices');

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

/** A screenshot in the test artefacts and, for the docs, in docs/screenshots/devices/. */
async function shoot(page: Page, name: string): Promise<void> {
  const file = await screenshot(page, name);
  fs.mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
  fs.copyFileSync(file, path.join(DOCS_SCREENSHOTS, `${name}.png`));
}

interface Setup {
  page: Page;
  errors: string[];
  workshopId: string;
  token: string;
  facilitatorToken: string;
  view: any;
  boardOf: (templateId: string) => string;
}

async function participant(device: Device, language: 'en' | 'de'): Promise<Setup> {
  const http = api(server.url);
  const created = await http.post('/api/workshops', {
    title: language === 'de' ? 'Microcredentials planen' : 'Planning micro-credentials',
    language,
    activities: [{ templateId: 'c4-substantive' }, { templateId: 'c1-needs' }],
    groupCount: 1,
    facilitatorName: 'Maria',
  });
  expect(created.status).toBe(201);
  const workshopId = created.body.workshop.id as string;
  const joined = await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ana Łukasz' });
  const view = (await http.get(`/api/workshops/${workshopId}`, joined.body.token)).body;
  const boardOf = (templateId: string) => {
    const activity = view.activities.find((a: any) => a.templateId === templateId);
    return view.boards.find((b: any) => b.kind === 'group' && b.activityId === activity.id).id as string;
  };
  const context = await browser.newContext({ ...device, acceptDownloads: true, locale: language === 'de' ? 'de-DE' : 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/api/health`);
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [`canvas-sessions:participant:${workshopId}`, joined.body.token]);
  await page.goto(`${server.url}/w/${workshopId}?debug=1`);
  await page.getByTestId('template-scaffold').waitFor({ timeout: 90_000 }).catch(async (error) => {
    await screenshot(page, 'devices-failed-open');
    throw new Error(`${error.message}; page errors: ${errors.join(' | ')}`);
  });
  await page.waitForFunction(() => Boolean((window as any).editor), undefined, { timeout: 20_000 });
  return { page, errors, workshopId, token: joined.body.token, facilitatorToken: created.body.facilitatorToken, view, boardOf };
}

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** What floats over the canvas: tldraw's menu, toolbar, navigation and help, our badge and "Here now". */
async function overlayBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.tlui-layout__top__left > *, .tlui-layout__top__right > *, .cs-side > *, .tlui-main-toolbar, .tlui-navigation-panel, .tlui-help-menu'))
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
  );
}

/** The board opens readable, and the canvas's header (title, instructions) is whole, on screen and uncovered. */
async function expectReadableOpening(page: Page) {
  const zoom = await page.evaluate(() => (window as any).editor.getZoomLevel());
  expect(zoom).toBeGreaterThanOrEqual(0.4);
  // Readable: an area's label prints at 13 screen px or more, and one area label starts on screen.
  expect(22 * zoom).toBeGreaterThanOrEqual(page.viewportSize()!.width < 600 ? 13 : 8.8);
  const labels = await page.locator('.scaffold-area-label').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).filter((r) => r.top >= 0 && r.left >= 0 && r.top + r.height <= innerHeight && r.left + 120 <= innerWidth).length);
  expect(labels).toBeGreaterThanOrEqual(1);
  const board = (await page.getByTestId('board').boundingBox())!;
  const overlays = await overlayBoxes(page);
  // tldraw's style panel does not sit over the canvas: styles open from a toolbar button.
  expect(await page.locator('.tlui-layout__top__right .tlui-style-panel').count()).toBe(0);
  expect(await page.getByTestId('mobile-styles.button').count()).toBe(1);
  // "Here now" is collapsed to one small button.
  const people = await page.getByTestId('people-list').boundingBox();
  if (people) expect(people.height).toBeLessThanOrEqual(44);
  return { zoom, board, overlays };
}

async function expectUncovered(page: Page, selector: string) {
  const target = page.locator(selector).first();
  const box = (await target.boundingBox())!;
  const board = (await page.getByTestId('board').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(board.x);
  expect(box.y).toBeGreaterThanOrEqual(board.y);
  expect(box.x + box.width).toBeLessThanOrEqual(board.x + board.width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(board.y + board.height + 0.5);
  for (const overlay of await overlayBoxes(page)) expect(intersects(box, overlay), `${selector} under an overlay at ${JSON.stringify(overlay)}`).toBe(false);
  // Not cut off: the text fits its box.
  expect(await target.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1)).toBe(true);
}

/** Screen point of a page point (tldraw's camera). */
const toScreen = (page: Page, point: { x: number; y: number }) => page.evaluate((p) => (window as any).editor.pageToViewport(p), point).then(async (p: { x: number; y: number }) => {
  const board = (await page.getByTestId('board').boundingBox())!;
  return { x: board.x + p.x, y: board.y + p.y };
});

async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
  for (let i = 1; i <= 12; i++) {
    const t = i / 12;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }] });
    await sleep(20);
  }
  // Hold still before lifting, as a person dropping a note does: a finger lifted while moving starts a
  // fling, and Chromium spends the next tap on stopping it (no click), which made the panel button
  // look dead right after a drag.
  for (let i = 0; i < 3; i++) {
    await sleep(60);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: to.x, y: to.y }] });
  }
  await sleep(120);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Notes as the server stores them (read by a stock y-websocket client). */
async function serverNotes(boardId: string, token: string): Promise<{ x: number; y: number; text: string }[]> {
  const client = connectBoard(server.wsUrl, boardId, token);
  await client.synced;
  const kv = new YKeyValue<any>(client.doc.getArray('tldraw-records'));
  const notes = [...kv.map.values()]
    .map((entry: any) => entry.val)
    .filter((record: any) => record.type === 'note')
    .map((record: any) => ({ x: record.x, y: record.y, text: JSON.stringify(record.props.richText).match(/"text":"([^"]*)"/g)?.map((m: string) => m.slice(8, -1)).join(' ') ?? '' }));
  client.destroy();
  return notes;
}

/** Create a note by touch at a page point, type its text, then edit it (double tap) and move it by touch; the server must hold the edited text. */
async function noteByTouch(page: Page, setup: Setup, boardId: string, at: { x: number; y: number }, to: { x: number; y: number }, text: string) {
  await page.getByTestId('tools.note').tap();
  await page.locator('[data-testid="tools.note"][aria-pressed="true"]').waitFor({ timeout: 5_000 });
  const tap = await toScreen(page, at);
  await page.touchscreen.tap(tap.x, tap.y);
  await page.locator('.tl-shape .ProseMirror-focused[contenteditable="true"]').waitFor({ timeout: 5_000 });
  await page.keyboard.type(text);
  // A tap on the empty canvas ends editing.
  const empty = await toScreen(page, { x: at.x, y: at.y + 330 });
  await page.touchscreen.tap(empty.x, empty.y);
  await expect.poll(() => page.locator('.tl-shape .tl-rich-text', { hasText: text }).count(), { timeout: 10_000 }).toBe(1);

  // Edit: a double tap on the note opens its text; the participant rewrites it. (tldraw selects the
  // whole text when editing starts, and again on a timer shortly after, so the test selects all itself
  // rather than racing that timer with a caret move; a moved caret was sometimes reselected under load.)
  const centre = await toScreen(page, { x: at.x, y: at.y + 40 });
  await page.touchscreen.tap(centre.x, centre.y);
  await sleep(80);
  await page.touchscreen.tap(centre.x, centre.y);
  await page.locator('.tl-shape .ProseMirror-focused[contenteditable="true"]').waitFor({ timeout: 5_000 });
  await sleep(300);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(`${text} (edited)`);
  await page.touchscreen.tap(empty.x, empty.y);
  await expect.poll(() => page.locator('.tl-shape .tl-rich-text', { hasText: `${text} (edited)` }).count(), { timeout: 10_000 }).toBe(1);

  // Move: drag it by touch.
  const from = await toScreen(page, { x: at.x, y: at.y + 40 });
  const dest = await toScreen(page, { x: to.x, y: to.y + 40 });
  await touchDrag(page, from, dest);
  await expect
    .poll(
      async () => {
        const note = (await serverNotes(boardId, setup.token)).find((n) => n.text.includes(text));
        return note ? Math.hypot(note.x + 100 - to.x, note.y + 100 - (to.y + 40)) < 80 && note.text === `${text} (edited)` : false;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

async function openPanel(page: Page) {
  if (!(await page.locator('#side-panel').isVisible())) {
    await page.getByTestId('panel-toggle').tap();
    await page.locator('#side-panel').waitFor({ state: 'visible' });
  }
}
async function closePanel(page: Page) {
  if (await page.getByTestId('panel-toggle').isVisible()) {
    if (await page.locator('#side-panel').isVisible()) await page.getByTestId('panel-toggle').tap();
    await page.locator('#side-panel').waitFor({ state: 'hidden' });
  }
}

async function completeBoards(device: Device, language: 'en' | 'de', tag: string) {
  const setup = await participant(device, language);
  const { page, errors } = setup;
  await expect.poll(() => page.getByTestId('connection-badge').getAttribute('data-status'), { timeout: 20_000 }).toBe('connected');
  await expectReadableOpening(page);
  await shoot(page, `${tag}-board`);

  // C4 by touch: the first area ("proposed title"-like area at the top left).
  const c4 = setup.boardOf('c4-substantive');
  await noteByTouch(page, setup, c4, { x: 300, y: 200 }, { x: 300, y: 700 }, 'Note by touch');

  // The facilitator shows the solution: the participant's switch is reachable and works.
  const activityId = setup.view.activities[0].id;
  const shown = await api(server.url).patch(`/api/workshops/${setup.workshopId}`, { shownSolutionActivityIds: [activityId] }, setup.facilitatorToken);
  expect(shown.status).toBe(200);

  // Fields, checklist, solution switch, downloads in the panel.
  await openPanel(page);
  await shoot(page, `${tag}-panel`);
  await page.locator('#field-eqfLevel').tap();
  await page.locator('#field-eqfLevel').selectOption('5');
  await page.locator('#field-ects').tap();
  await page.locator('#field-ects').fill('3');
  await page.locator('#field-ects').press('Enter');
  const level = page.locator('[data-testid="checklist"] li[data-element="level"]');
  await expect.poll(() => level.getAttribute('class'), { timeout: 30_000 }).toBe('check-present');
  await level.scrollIntoViewIfNeeded();
  await shoot(page, `${tag}-checklist`);
  const solution = page.getByTestId('solution-visible');
  await solution.waitFor({ timeout: 20_000 });
  await solution.tap();
  expect(await solution.isChecked()).toBe(false);
  await solution.tap();
  expect(await solution.isChecked()).toBe(true);

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF A4' }).tap()]);
  expect(fs.readFileSync((await pdf.path())!).subarray(0, 4).toString()).toBe('%PDF');
  const [badge] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Open Badges 3.0' }).tap()]);
  const achievement = JSON.parse(fs.readFileSync((await badge.path())!, 'utf8'));
  expect(JSON.stringify(achievement)).toContain('Achievement');
  await closePanel(page);

  // C1 by touch: switch activity, add a note and move it to another area.
  await page.locator('.activity-tab').nth(1).tap();
  await page.waitForFunction(() => (window as any).editor?.getCurrentPageShapes().length === 0, undefined, { timeout: 20_000 });
  await page.getByTestId('template-scaffold').waitFor();
  await expectReadableOpening(page);
  const c1 = setup.boardOf('c1-needs');
  await noteByTouch(page, setup, c1, { x: 300, y: 260 }, { x: 300, y: 700 }, 'C1 by touch');
  await shoot(page, `${tag}-c1`);
  expect(errors).toEqual([]);
  await page.context().close();
}

describe('phones and tablets, by touch', () => {
  it('phone 390×844 (English): a C4 board (note by touch, fields, checklist, solution switch, downloads) and a C1 board', { retry: 1, timeout: 240_000 }, async () => {
    await completeBoards(PHONE, 'en', 'phone-en');
  });

  it('tablet 1024×768 (German): the same; the canvas instructions are whole and uncovered', async () => {
    await completeBoards(TABLET, 'de', 'tablet-de');
  }, 240_000);

  it('the canvas header at 1024×768 is fully visible, uncovered by any overlay (English), and the phone in German', async () => {
    for (const [device, language, tag] of [[TABLET, 'en', 'tablet-en'], [PHONE, 'de', 'phone-de']] as const) {
      const { page } = await participant(device, language);
      await expect.poll(() => page.getByTestId('connection-badge').getAttribute('data-status'), { timeout: 20_000 }).toBe('connected');
      await expectReadableOpening(page);
      if (device === TABLET) {
        await expectUncovered(page, '.scaffold-instructions');
        await expectUncovered(page, '.scaffold-title');
      } else {
        await expectUncovered(page, '.scaffold-area-label');
      }
      await shoot(page, `${tag}-board`);
      await openPanel(page);
      await shoot(page, `${tag}-panel`);
      await page.context().close();
    }
  }, 180_000);

  it('the console works on a tablet: controls, grid and step-in fit 1024×768', async () => {
    const http = api(server.url);
    const created = await http.post('/api/workshops', { title: 'Tablet console', language: 'en', activities: [{ templateId: 'c1-needs' }], groupCount: 3, facilitatorName: 'Maria' });
    const workshopId = created.body.workshop.id;
    const page = await (await browser.newContext({ ...TABLET })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/f/${workshopId}#key=${created.body.facilitatorToken}`);
    await page.getByTestId('group-grid').waitFor({ timeout: 30_000 });
    // Nothing wider than the screen (no sideways scrolling).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await shoot(page, 'tablet-console-en');
    await page.getByRole('button', { name: 'Start timer' }).tap();
    await page.getByRole('button', { name: 'Pause' }).waitFor({ timeout: 10_000 });
    await page.getByTestId('lock-toggle').tap();
    await expect.poll(async () => (await http.get(`/api/workshops/${workshopId}`, created.body.facilitatorToken)).body.state.locked, { timeout: 10_000 }).toBe(true);
    await page.locator('.tile-preview').first().tap();
    await page.getByTestId('board').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await shoot(page, 'tablet-console-step-in-en');
    await page.getByTestId('back-to-grid').tap();
    await page.getByTestId('group-grid').waitFor();
    expect(errors).toEqual([]);
  }, 180_000);
});
