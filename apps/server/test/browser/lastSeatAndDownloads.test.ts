/** Two browsers race for the last seat of a group: exactly one gets it. Then the board downloads work. */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

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

it('two browsers racing for the last seat: exactly one gets it, the other is told and offered the rest', async () => {
  const http = api(server.url);
  const created = await http.post('/api/workshops', { title: 'Last seat', activities: [{ templateId: 'c1-needs' }], groupCount: 2 });
  const [groupA] = created.body.workshop.groups;
  for (const name of ['One', 'Two', 'Three']) await http.post(`/api/workshops/${created.body.workshop.id}/join`, { displayName: name, groupId: groupA.id });

  const pages: Page[] = [];
  for (const name of ['Racer A', 'Racer B']) {
    const page = await (await browser.newContext({ viewport: { width: 1200, height: 800 }, acceptDownloads: true })).newPage();
    await page.goto(`${server.url}/join/${created.body.joinCode}`);
    await page.getByTestId('display-name').fill(name);
    await page.locator('.group-option').nth(1).click(); // Group 1, one seat left
    pages.push(page);
  }
  await Promise.all(pages.map((page) => page.getByRole('button', { name: 'Join', exact: true }).click()));
  const outcomes = await Promise.all(
    pages.map((page) =>
      Promise.race([
        page.waitForURL(/\/w\/ws_/, { timeout: 10_000 }).then(() => 'joined' as const),
        page.getByTestId('join-error').waitFor({ timeout: 10_000 }).then(() => 'refused' as const),
      ]),
    ),
  );
  expect([...outcomes].sort()).toEqual(['joined', 'refused']);
  const loser = pages[outcomes.indexOf('refused')]!;
  expect(await loser.getByTestId('join-error').innerText()).toMatch(/already has 4 members/);
  expect(await loser.getByRole('button', { name: /Join Group 2/ }).count()).toBe(1);
  await screenshot(loser, 'last-seat-refused');

  // The winner downloads their board as PNG (drawn in the browser from the server's SVG) and PDF.
  const winner = pages[outcomes.indexOf('joined')]!;
  await winner.getByTestId('board').waitFor({ timeout: 15_000 });
  const [png] = await Promise.all([winner.waitForEvent('download'), winner.getByTestId('download-png').click()]);
  const pngBytes = fs.readFileSync((await png.path())!);
  expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
  expect(pngBytes.length).toBeGreaterThan(5000);
  expect(png.suggestedFilename()).toMatch(/^[a-z0-9-]+\.png$/); // the SVG's name (export-jobs SPEC X3)
  const [pdf] = await Promise.all([winner.waitForEvent('download'), winner.getByRole('button', { name: 'PDF A4' }).click()]);
  expect(fs.readFileSync((await pdf.path())!).subarray(0, 4).toString()).toBe('%PDF');
  expect(pdf.suggestedFilename()).toMatch(/-a4\.pdf$/);
});
