/**
 * Issue 5 in a real browser: a facilitator and two groups. An edit in a group appears in its tile;
 * a shown solution appears in both groups and is read-only there (a crafted write is refused by
 * the server); the spotlight shows group A's board to group B read-only and release restores it;
 * the timer is seen by all.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { foreignRequests, launchBrowser, screenshot, trackRequests } from '../helpers/browser.js';
import { connectBoard, sleep } from '../helpers/clients.js';
import { writeNote } from '../helpers/boardContent.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const allRequests: string[][] = [];
let workshopId = '';
let facilitatorToken = '';
let solutionBoardId = '';
let memberA = '';
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

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const http = api(server.url);
  const created = await http.post('/api/workshops', {
    title: 'Console test',
    activities: [{ templateId: 'mc-elements' }, { templateId: 'c1-needs' }],
    groupCount: 2,
    facilitatorName: 'Maria',
  });
  workshopId = created.body.workshop.id;
  facilitatorToken = created.body.facilitatorToken;
  const [groupA, groupB] = created.body.workshop.groups;
  const a = await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ana', groupId: groupA.id });
  const b = await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ben', groupId: groupB.id });
  memberA = a.body.token;
  const view = (await http.get(`/api/workshops/${workshopId}`, facilitatorToken)).body;
  solutionBoardId = view.boards.find((x: any) => x.kind === 'facilitator' && x.activityId === view.activities[0].id).id;
  facilitator = await open(`${server.url}/f/${workshopId}?debug=1#key=${facilitatorToken}`, undefined, { width: 1400, height: 900 });
  pageA = await open(`${server.url}/w/${workshopId}?debug=1`, { key: `canvas-sessions:participant:${workshopId}`, value: a.body.token });
  pageB = await open(`${server.url}/w/${workshopId}?debug=1`, { key: `canvas-sessions:participant:${workshopId}`, value: b.body.token });
  await pageA.getByTestId('board').waitFor({ timeout: 20_000 });
  await pageB.getByTestId('board').waitFor({ timeout: 20_000 });
  await facilitator.getByTestId('group-grid').waitFor();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.kill();
});

async function addNote(page: Page, text: string, x: number, y: number) {
  await page.waitForFunction(() => Boolean((window as any).editor));
  await page.evaluate(
    ([text, x, y]) => {
      const editor = (window as any).editor;
      editor.createShape({
        type: 'note',
        x,
        y,
        props: { richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } },
      });
    },
    [text, x, y] as const,
  );
}

const tileOf = (groupIndex: number) => facilitator.getByTestId('tile').nth(groupIndex);

describe('the facilitator console', () => {
  it('shows an edit of a group in its tile within a second or two', async () => {
    await addNote(pageA, 'Identification of the learner', 300, 300);
    const started = Date.now();
    await expect.poll(() => tileOf(0).getByTestId('tile-count').innerText(), { timeout: 5000, interval: 50 }).toBe('1 post-it');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await tileOf(1).getByTestId('tile-count').innerText()).toBe('0 post-its');
    await expect.poll(() => tileOf(0).locator('.tile-online').innerText()).toContain('1/1 online');
    await screenshot(facilitator, 'console-01-grid');
  });

  it('broadcasts a solution to every group, read-only there, and hides it again', async () => {
    await facilitator.getByRole('button', { name: 'Edit solution board' }).click();
    await facilitator.getByTestId('insert-solution').click();
    await sleep(500);
    await facilitator.getByTestId('back-to-grid').click();
    await facilitator.getByTestId('solution-toggle').click();
    for (const page of [pageA, pageB]) {
      await expect.poll(() => page.getByTestId('solution-note').count(), { timeout: 8000 }).toBeGreaterThan(3);
      await expect.poll(() => page.getByTestId('notices').innerText()).toContain('showing the solution');
    }
    await screenshot(pageB, 'console-02-solution-on-group-board');
    // A crafted write to the solution board from a participant is refused by the server.
    const crafted = connectBoard(server.wsUrl, solutionBoardId, memberA);
    await crafted.synced;
    const before = crafted.doc.getArray('tldraw-records').length;
    writeNote(crafted.doc, { id: 'forged', x: 0, y: 0, text: 'not the solution' });
    await sleep(500);
    expect(crafted.permissionDenied.length).toBeGreaterThan(0);
    crafted.destroy();
    const check = connectBoard(server.wsUrl, solutionBoardId, facilitatorToken);
    await check.synced;
    expect(check.doc.getArray('tldraw-records').length).toBe(before);
    expect(JSON.stringify(check.doc.getArray('tldraw-records').toJSON())).not.toContain('not the solution');
    check.destroy();
    // A group may hide it on its own screen.
    await pageB.getByTestId('solution-visible').uncheck();
    expect(await pageB.getByTestId('solution-note').count()).toBe(0);
    expect(await pageA.getByTestId('solution-note').count()).toBeGreaterThan(3);
    // Unpublished: gone everywhere.
    await facilitator.getByTestId('solution-toggle').click();
    await expect.poll(() => pageA.getByTestId('solution-note').count(), { timeout: 8000 }).toBe(0);
  });

  it("spotlights group A's board on group B's screen, read-only, and releases it", async () => {
    await tileOf(0).getByRole('button', { name: 'Spotlight' }).click();
    await expect.poll(() => pageB.getByTestId('notices').innerText(), { timeout: 8000 }).toContain('is presenting');
    await expect.poll(() => pageB.locator('.tl-shapes').innerText(), { timeout: 8000 }).toContain('Identification of the learner');
    expect(await pageB.getByTestId('board').getAttribute('data-readonly')).toBe('true');
    await expect.poll(() => pageA.getByTestId('notices').innerText()).toContain('Your group is in the spotlight');
    expect(await pageA.getByTestId('board').getAttribute('data-readonly')).toBe('false');
    await screenshot(pageB, 'console-03-spotlight-on-group-b');
    await facilitator.getByTestId('release-spotlight').click();
    await expect.poll(() => pageB.locator('.tl-shapes').innerText(), { timeout: 8000 }).not.toContain('Identification of the learner');
    await expect.poll(() => pageB.getByTestId('board').getAttribute('data-readonly')).toBe('false');
  });

  it('runs a timer that everyone sees', async () => {
    await facilitator.getByRole('button', { name: 'Start timer' }).click();
    for (const page of [pageA, pageB]) {
      await expect.poll(() => page.getByTestId('timer').innerText(), { timeout: 8000 }).toMatch(/1[45]:\d\d/);
    }
    await screenshot(facilitator, 'console-04-timer');
  });

  it('moves everyone to the next activity and locks the boards', async () => {
    await facilitator.getByRole('button', { name: 'Next activity →' }).click();
    await expect.poll(() => pageA.locator('.activity-tab.active').innerText(), { timeout: 8000 }).toContain('C1');
    await facilitator.getByTestId('lock-toggle').click();
    await expect.poll(() => pageA.getByTestId('notices').innerText(), { timeout: 8000 }).toContain('locked');
    await expect.poll(() => pageA.getByTestId('board').getAttribute('data-readonly')).toBe('true');
  });

  it('made no request to any other origin', async () => {
    for (const context of contexts) await context.close();
    contexts.length = 0;
    expect(foreignRequests(allRequests.flat(), server.url)).toEqual([]);
  });
});
