/**
 * Issue 11 items 5, 6 and 7 in a real browser, with two participants (one per group) and the
 * facilitator: the projector view (join code, QR, activity, timer, spotlit board, the localhost
 * warning); the solution drawn over the group's notes or beside them, offered only where there is
 * one and hidden per participant; the loose ends (tile counts under spotlight, lock during a
 * countdown, shortening to zero, the end of the workshop).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { foreignRequests, launchBrowser, screenshot, trackRequests } from '../helpers/browser.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.resolve(here, '../../../../docs/screenshots');

let server: ServerProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const allRequests: string[][] = [];
let workshopId = '';
let joinCode = '';
let facilitatorToken = '';
let facilitator: Page;
let projector: Page;
let pageA: Page;
let pageB: Page;

async function open(url: string, setup?: { key: string; value: string }, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  allRequests.push(trackRequests(context));
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  if (setup) {
    await page.goto(`${server.url}/api/health`);
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [setup.key, setup.value]);
  }
  await page.goto(url);
  return page;
}

async function addNote(page: Page, text: string, x: number, y: number) {
  await page.waitForFunction(() => Boolean((window as any).editor));
  await page.evaluate(
    ([text, x, y]) => {
      (window as any).editor.createShape({ type: 'note', x, y, props: { richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } } });
    },
    [text, x, y] as const,
  );
}

const tileOf = (i: number) => facilitator.getByTestId('tile').nth(i);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const http = api(server.url);
  const created = await http.post('/api/workshops', {
    title: 'Room test',
    // C2 rather than C1: C1 starts with individual writing (room W1), which these tests are not about.
    activities: [{ templateId: 'mc-elements' }, { templateId: 'c2-persona' }],
    groupCount: 2,
    facilitatorName: 'Maria',
  });
  workshopId = created.body.workshop.id;
  joinCode = created.body.joinCode;
  facilitatorToken = created.body.facilitatorToken;
  const [groupA, groupB] = created.body.workshop.groups;
  const a = await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ana', groupId: groupA.id });
  const b = await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ben', groupId: groupB.id });
  facilitator = await open(`${server.url}/f/${workshopId}?debug=1#key=${facilitatorToken}`, undefined, { width: 1400, height: 900 });
  pageA = await open(`${server.url}/w/${workshopId}?debug=1`, { key: `canvas-sessions:participant:${workshopId}`, value: a.body.token });
  pageB = await open(`${server.url}/w/${workshopId}?debug=1`, { key: `canvas-sessions:participant:${workshopId}`, value: b.body.token });
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

describe('the projector view (item 5)', () => {
  it('says in the console that phones cannot reach a localhost link without PUBLIC_URL', async () => {
    const warning = facilitator.getByTestId('local-only-warning');
    await warning.waitFor({ timeout: 5000 });
    expect(await warning.innerText()).toContain('PUBLIC_URL');
    expect(await warning.innerText()).toContain('HOST=0.0.0.0');
  });

  it('shows the join code, a QR code, the current activity and the timer, from the console’s link', async () => {
    const [opened] = await Promise.all([facilitator.context().waitForEvent('page'), facilitator.getByTestId('projector-link').click()]);
    projector = opened;
    await projector.setViewportSize({ width: 1280, height: 720 });
    await projector.getByTestId('projector').waitFor({ timeout: 60_000 });
    expect((await projector.getByTestId('projector-join-code').innerText()).replace(/\s/g, '')).toBe(joinCode);
    await expect.poll(() => projector.locator('.projector-join .qr svg').count()).toBe(1);
    const qr = (await projector.locator('.projector-join .qr').boundingBox())!;
    expect(qr.width).toBeGreaterThanOrEqual(300);
    expect(await projector.getByTestId('projector-activity').innerText()).toContain('Elements');
    expect(await projector.getByTestId('local-only-warning').count()).toBe(1);
    await facilitator.getByRole('button', { name: 'Start timer' }).click();
    await expect.poll(() => projector.getByTestId('timer').innerText(), { timeout: 15_000 }).toMatch(/\d+:\d\d/);
    await projector.screenshot({ path: path.join(DOCS, 'projector.png') });
  });

  it('follows the activity and shows the spotlit board', { retry: 1 }, async () => {
    await facilitator.getByRole('button', { name: 'Next activity →' }).click();
    await expect.poll(() => projector.getByTestId('projector-activity').innerText(), { timeout: 15_000 }).toContain('C2');
    // The participant's page must be on C2's board (its editor remounts) before the note is added.
    await pageA.waitForFunction(() => document.body.innerText.includes('C2'), undefined, { timeout: 15_000 });
    await pageA.waitForTimeout(1500);
    await addNote(pageA, 'Learners need flexible times', 300, 300);
    await tileOf(0).getByRole('button', { name: 'Spotlight' }).click();
    await expect.poll(() => projector.getByTestId('projector-presenting').innerText(), { timeout: 15_000 }).toContain('is presenting');
    await expect.poll(() => projector.locator('.projector-mini-board').textContent(), { timeout: 15_000 }).toContain('flexible');
    await projector.screenshot({ path: path.join(DOCS, 'projector-spotlight.png') });
    await projector.setViewportSize({ width: 390, height: 844 });
    await screenshot(projector, 'projector-390');
    await projector.setViewportSize({ width: 1024, height: 768 });
    await screenshot(projector, 'projector-1024');
  });
});

describe('loose ends (item 7): tiles under spotlight', () => {
  it("counts only the spotlit group's own members online on its tile", async () => {
    // Ben (group B) is now on group A's board, read-only: he is not one of A's members.
    await expect.poll(() => pageB.getByTestId('notices').innerText(), { timeout: 15_000 }).toContain('is presenting');
    await expect.poll(() => tileOf(0).locator('.tile-online').innerText(), { timeout: 15_000 }).toContain('1/1 online');
    await facilitator.waitForTimeout(500);
    expect(await tileOf(0).locator('.tile-online').innerText()).toContain('1/1 online');
    expect(await tileOf(0).locator('.tile-online .avatar').count()).toBe(1);
    await facilitator.getByTestId('release-spotlight').click();
    await expect.poll(() => tileOf(1).locator('.tile-online').innerText(), { timeout: 15_000 }).toContain('1/1 online');
  });
});

describe('the solution (item 6)', () => {
  it('offers "Show solution" only when the activity has one', async () => {
    // C2 has no solution and its solution board is empty.
    await expect.poll(() => facilitator.getByTestId('no-solution').innerText(), { timeout: 15_000 }).toContain('No solution');
    expect(await facilitator.getByTestId('solution-toggle').count()).toBe(0);
    // The elements outline comes with one: offered once it is on the solution board.
    await facilitator.getByTestId('controls').locator('select').first().selectOption({ index: 0 });
    await expect.poll(() => facilitator.getByTestId('no-solution').innerText(), { timeout: 15_000 }).toContain('comes with a solution');
    await facilitator.getByRole('button', { name: 'Edit solution board' }).click();
    await facilitator.getByTestId('insert-solution').click();
    await facilitator.waitForTimeout(500);
    await facilitator.getByTestId('back-to-grid').click();
    await facilitator.getByTestId('solution-toggle').click();
  });

  it('draws it over the group’s notes, translucent, above every shape', async () => {
    await pageA.getByTestId('solution-layer').waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(() => pageA.getByTestId('solution-note').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    // A note of the group right under the first solution note.
    const first = await pageA.getByTestId('solution-note').first().evaluate((el) => ({ x: parseFloat((el as HTMLElement).style.left), y: parseFloat((el as HTMLElement).style.top) }));
    await addNote(pageA, 'Our own idea under the solution', first.x, first.y);
    const order = await pageA.evaluate(() => {
      const overlay = document.querySelector('.cs-board-overlay')!;
      const layer = overlay.querySelector('[data-testid="solution-layer"]');
      const shapes = Array.from(document.querySelectorAll('.tl-shape')).map((el) => Number(getComputedStyle(el).zIndex) || 0);
      const note = overlay.querySelector('.solution-note')!;
      return {
        inOverlay: Boolean(layer),
        sameParent: overlay.parentElement === document.querySelector('.tl-shape')?.parentElement,
        overlayZ: Number(getComputedStyle(overlay).zIndex),
        maxShapeZ: Math.max(0, ...shapes),
        background: getComputedStyle(note).backgroundColor,
        mode: layer?.getAttribute('data-mode'),
      };
    });
    expect(order.inOverlay).toBe(true);
    expect(order.sameParent).toBe(true);
    expect(order.overlayZ).toBeGreaterThan(order.maxShapeZ);
    expect(order.mode).toBe('over');
    const alpha = Number(/rgba\([^)]*,\s*([\d.]+)\)/.exec(order.background)?.[1] ?? '1');
    expect(alpha).toBeLessThan(0.8);
    await screenshot(pageA, 'solution-01-over');
  });

  it('puts it beside the canvas for a participant who prefers comparing side by side', async () => {
    await pageB.getByTestId('solution-mode-beside').check();
    await expect.poll(() => pageB.getByTestId('solution-layer').getAttribute('data-mode')).toBe('beside');
    const left = await pageB.getByTestId('solution-note').first().evaluate((el) => parseFloat((el as HTMLElement).style.left));
    const frameW = await pageB.getByTestId('template-scaffold').evaluate((el) => parseFloat((el as HTMLElement).style.width));
    expect(left).toBeGreaterThanOrEqual(frameW);
    expect(await pageA.getByTestId('solution-layer').getAttribute('data-mode')).toBe('over');
    await screenshot(pageB, 'solution-02-beside');
  });

  it('lets a participant hide it for themselves', async () => {
    await pageB.getByTestId('solution-visible').uncheck();
    expect(await pageB.getByTestId('solution-note').count()).toBe(0);
    expect(await pageA.getByTestId('solution-note').count()).toBeGreaterThan(3);
    await pageB.getByTestId('solution-visible').check();
    await facilitator.getByTestId('solution-toggle').click();
    await expect.poll(() => pageA.getByTestId('solution-note').count(), { timeout: 15_000 }).toBe(0);
  });
});

describe('loose ends (item 7): timer, lock and the end', () => {
  it('locking during a countdown does not say writing time is over', async () => {
    await facilitator.getByRole('spinbutton', { name: 'Minutes' }).fill('2');
    await facilitator.getByRole('button', { name: /Start timer|Resume/ }).click();
    await expect.poll(() => pageA.getByTestId('timer').innerText(), { timeout: 15_000 }).toMatch(/[12]:\d\d/);
    await facilitator.getByTestId('lock-toggle').click();
    await expect.poll(() => pageA.getByTestId('notices').innerText(), { timeout: 15_000 }).toContain('locked the boards for now');
    expect(await pageA.getByTestId('notices').innerText()).not.toContain('Writing time is over');
  });

  it("shortening the timer to zero shows Time's up", async () => {
    await facilitator.getByRole('button', { name: '−1 min' }).click();
    await facilitator.getByRole('button', { name: '−1 min' }).click();
    for (const page of [pageA, pageB]) await expect.poll(() => page.getByTestId('timer').innerText(), { timeout: 15_000 }).toContain("Time's up");
    await expect.poll(() => projector.getByTestId('timer').innerText(), { timeout: 15_000 }).toContain("Time's up");
  });

  it('after "End workshop" the console is disabled and participants see it ended, with no timer left', async () => {
    await facilitator.getByRole('button', { name: 'End workshop' }).click();
    await expect.poll(() => facilitator.getByTestId('controls').evaluate((el) => (el as HTMLFieldSetElement).disabled), { timeout: 15_000 }).toBe(true);
    for (const name of ['Next activity →', '+1 min', '−1 min', /unlock|Lock all boards/]) {
      expect(await facilitator.getByRole('button', { name }).isDisabled()).toBe(true);
    }
    expect(await facilitator.getByRole('button', { name: 'Spotlight' }).count()).toBe(0);
    expect(await facilitator.getByRole('button', { name: '+ Add group' }).isDisabled()).toBe(true);
    for (const page of [pageA, pageB]) {
      await expect.poll(() => page.getByTestId('notices').innerText(), { timeout: 15_000 }).toContain('has ended');
      expect(await page.getByTestId('timer').count()).toBe(0);
    }
    await expect.poll(() => projector.getByTestId('timer').count(), { timeout: 15_000 }).toBe(0);
    const view = (await api(server.url).get(`/api/workshops/${workshopId}`, facilitatorToken)).body;
    expect(view.state.timer).toBeNull();
    await screenshot(facilitator, 'ended-console');
  });

  it('made no request to any other origin', async () => {
    for (const context of contexts) await context.close();
    contexts.length = 0;
    expect(foreignRequests(allRequests.flat(), server.url)).toEqual([]);
  });
});

describe('the projector view with PUBLIC_URL', () => {
  it('puts the public address in the QR code and link, and gives no warning', async () => {
    const other = await startServer({ env: { PUBLIC_URL: 'http://192.0.2.10:3000' } });
    try {
      const http = api(other.url);
      const created = await http.post('/api/workshops', { title: 'Öffentlich', language: 'de', activities: [{ templateId: 'c1-needs' }], groupCount: 2 });
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(`${other.url}/f/${created.body.workshop.id}#key=${created.body.facilitatorToken}`);
      await page.getByTestId('console-join-code').waitFor();
      await page.goto(`${other.url}/p/${created.body.workshop.id}`);
      await page.getByTestId('projector').waitFor({ timeout: 60_000 });
      // The server's settings arrive a moment after the first paint.
      await expect.poll(() => page.locator('.projector-link').innerText(), { timeout: 10_000 }).toContain('http://192.0.2.10:3000/join');
      await expect.poll(() => page.getByTestId('local-only-warning').count(), { timeout: 10_000 }).toBe(0);
      expect(await page.locator('.projector-join h2').innerText()).toBe('Mit dem Handy teilnehmen');
      await page.screenshot({ path: path.join(DOCS, 'projector-de.png') });
      await context.close();
    } finally {
      await other.kill();
    }
  });
});
