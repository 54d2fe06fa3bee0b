/**
 * Issue 10 items 12 and 3 in the browser: every download and the printable description page send the
 * credential in the Authorization header (no request URL carries it), and the facilitator's
 * "New code" button retires the join code.
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
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

/** Every HTTP request of the context (websockets are not HTTP requests here), with its headers. */
function record(context: BrowserContext): Request[] {
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  return requests;
}

const CREDENTIAL_IN_URL = /[?&](?:%74|t)(?:%6f|o)(?:%6b|k)(?:%65|e)(?:%6e|n)=|[?&]key=/i;

async function withLocalToken(context: BrowserContext, key: string, token: string, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/api/health`);
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, token]);
  await page.goto(url);
  return page;
}

it('participant downloads and the description page carry the credential in a header, never in a URL', async () => {
  const http = api(server.url);
  const created = await http.post('/api/workshops', { title: 'Header only', activities: [{ templateId: 'c4-substantive' }], groupCount: 1 });
  const workshopId = created.body.workshop.id;
  const joined = await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ana' });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const requests = record(context);
  const page = await withLocalToken(context, `canvas-sessions:participant:${workshopId}`, joined.body.token, `${server.url}/w/${workshopId}`);
  await page.getByTestId('checklist').waitFor({ timeout: 40_000 });

  for (const [name, check] of [
    ['JSON', (bytes: Buffer) => expect(JSON.parse(bytes.toString()).board).toBeTruthy()],
    ['CSV', (bytes: Buffer) => expect(bytes.length).toBeGreaterThan(0)],
    ['PDF A4', (bytes: Buffer) => expect(bytes.subarray(0, 4).toString()).toBe('%PDF')],
    ['Open Badges 3.0', (bytes: Buffer) => expect(JSON.parse(bytes.toString()).type).toContain('Achievement')],
  ] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
    check(fs.readFileSync((await download.path())!));
  }
  // The printable description opens in a new tab from a blob.
  const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Description (web page)' }).click()]);
  await tab.waitForURL(/^blob:/, { timeout: 15_000 });
  expect(await tab.locator('body').innerText()).toMatch(/\S/);
  await screenshot(page, 'downloads-header-only-participant');

  const api_ = requests.filter((r) => r.url().includes('/api/workshops/'));
  expect(api_.some((r) => r.url().includes('/export?'))).toBe(true);
  expect(api_.some((r) => r.url().includes('/micro-credential?format=html'))).toBe(true);
  expect(requests.map((r) => r.url()).filter((url) => CREDENTIAL_IN_URL.test(url))).toEqual([]);
  for (const request of api_.filter((r) => /\/(export|micro-credential)\?/.test(r.url()))) {
    expect(request.headers().authorization).toBe(`Bearer ${joined.body.token}`);
  }
  await context.close();
});

it('the facilitator downloads the workshop with the header, and "New code" retires the join code', async () => {
  const http = api(server.url);
  const created = await http.post('/api/workshops', { title: 'Console downloads', activities: [{ templateId: 'c1-needs' }], groupCount: 1 });
  const workshopId = created.body.workshop.id;
  const oldCode = created.body.joinCode;
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, acceptDownloads: true });
  const requests = record(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/f/${workshopId}#key=${created.body.facilitatorToken}`);
  await page.getByTestId('console-join-code').waitFor({ timeout: 30_000 });
  expect((await page.getByTestId('console-join-code').innerText()).replace(/\s/g, '')).toBe(oldCode);

  const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download everything/ }).click()]);
  expect(fs.readFileSync((await zip.path())!).subarray(0, 2).toString()).toBe('PK');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('rotate-join-code').click();
  await page.waitForFunction((old) => document.querySelector('[data-testid="console-join-code"]')?.textContent?.replace(/\s/g, '') !== old, oldCode, { timeout: 15_000 });
  const newCode = (await page.getByTestId('console-join-code').innerText()).replace(/\s/g, '');
  expect(newCode).toMatch(/^[A-Z2-9]{8}$/);
  expect((await http.get(`/api/join/${oldCode}`)).status).toBe(404);
  expect((await http.get(`/api/join/${newCode}`)).body.workshopId).toBe(workshopId);
  await screenshot(page, 'console-new-join-code-1024');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'console-new-join-code-390');

  expect(requests.map((r) => r.url()).filter((url) => CREDENTIAL_IN_URL.test(url))).toEqual([]);
  await context.close();
});
