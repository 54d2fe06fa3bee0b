/**
 * Issue 3 in a real browser: a facilitator creates a workshop, five participants join by code,
 * four land in one group and see each other, the fifth is offered another group.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launchBrowser, screenshot, trackRequests } from '../helpers/browser.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

const VIEWPORT = { width: 1280, height: 800 };
let server: ServerProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const requests: string[] = [];

async function newPage(viewport = VIEWPORT): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  requests.push(...[]);
  const urls = trackRequests(context);
  context.on('close', () => requests.push(...urls));
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
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

describe('creating and joining a workshop in the browser', () => {
  let joinCode = '';
  let facilitator: Page;

  it('a facilitator creates a workshop in a minute and gets the links, code and QR code', async () => {
    facilitator = await newPage();
    await facilitator.goto(server.url);
    await facilitator.getByLabel('Workshop title').fill('Micro-credentials for VET');
    await facilitator.getByLabel('Your name (shown to participants)').fill('Maria');
    await facilitator.getByLabel('Groups').fill('2');
    await screenshot(facilitator, 'workshop-01-create');
    await facilitator.getByRole('button', { name: 'Create workshop' }).click();
    await facilitator.getByText('Your facilitator link').waitFor();
    const code = (await facilitator.getByTestId('join-code').innerText()).replace(/\s/g, '');
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    joinCode = code;
    expect(await facilitator.getByTestId('facilitator-link').innerText()).toMatch(/\/f\/ws_[\w-]+#key=/);
    expect(await facilitator.locator('.qr svg').count()).toBe(1);
    await screenshot(facilitator, 'workshop-02-created');
    await facilitator.getByRole('button', { name: /Open the facilitator console/ }).click();
    await facilitator.getByTestId('group-grid').waitFor();
  });

  it('four participants join one group by code and see each other; the fifth is offered another group', async () => {
    const names = ['Ana', 'Ben', 'Cleo', 'Dev'];
    const pages: Page[] = [];
    let groupName = '';
    for (const name of names) {
      const page = await newPage({ width: 1100, height: 720 });
      await page.goto(server.url);
      await page.getByLabel('Join code').fill(joinCode.toLowerCase());
      await page.getByRole('button', { name: 'Join', exact: true }).click();
      await page.getByTestId('display-name').fill(name);
      const firstGroup = page.locator('.group-option').nth(1);
      groupName = (await firstGroup.innerText()).split('\n')[0]!.trim();
      await firstGroup.click();
      await page.getByRole('button', { name: 'Join', exact: true }).click();
      await page.waitForURL(/\/w\/ws_/);
      await page.getByTestId('board').waitFor({ timeout: 15_000 });
      pages.push(page);
    }
    // Everyone in the group sees everyone else in the group list.
    for (const page of pages) {
      for (const name of names) await expect.poll(() => page.locator('.side-panel .members').innerText(), { timeout: 10_000 }).toContain(name);
    }
    await screenshot(pages[0]!, 'workshop-03-participant-board');

    const fifth = await newPage({ width: 1100, height: 720 });
    await fifth.goto(`${server.url}/join/${joinCode}`);
    await fifth.getByTestId('display-name').fill('Eve');
    // The full group is shown as full and cannot be picked.
    await expect.poll(() => fifth.locator('.group-option.full').count()).toBe(1);
    expect(await fifth.locator('.group-option.full input').isDisabled()).toBe(true);
    // Joined from a stale page (the group filled up meanwhile), the server refuses and offers the others.
    const response = await fifth.evaluate(async ([code]) => {
      const lookup = await (await fetch(`/api/join/${code}`)).json();
      const full = lookup.groups.find((g: { memberCount: number }) => g.memberCount === 4);
      const res = await fetch(`/api/workshops/${lookup.workshopId}/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ displayName: 'Eve', groupId: full.id }) });
      return { status: res.status, body: await res.json() };
    }, [joinCode]);
    expect(response.status).toBe(409);
    expect(response.body.details.groupsWithRoom).toHaveLength(1);
    await screenshot(fifth, 'workshop-04-fifth-participant');
    await fifth.getByRole('button', { name: 'Join', exact: true }).click();
    await fifth.waitForURL(/\/w\/ws_/);
    expect(await fifth.locator('.group-chip').innerText()).not.toContain(groupName);

    // The facilitator's page lists the groups and members live.
    await expect.poll(() => facilitator.locator('[data-testid="group-card"]').first().innerText(), { timeout: 10_000 }).toContain('Dev');
    await expect.poll(() => facilitator.locator('.groups-panel').innerText(), { timeout: 10_000 }).toContain('Eve');
    await screenshot(facilitator, 'workshop-05-facilitator-console');
  });

  it('made no request to any other origin', async () => {
    for (const context of contexts) await context.close();
    contexts.length = 0;
    expect(foreignRequests(requests, server.url)).toEqual([]);
    expect(requests.length).toBeGreaterThan(10);
  });
});
