/**
 * A recipient claims a signed credential from the link the facilitator passed on, downloads it as JSON
 * and as a baked PNG, and verifies both on the public page; after a revocation the page says so.
 * Real server, real Chromium. Screenshots: console section, claim page, verify page (EN/DE, 1024x768 and 390x844).
 */
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { foreignRequests, launchBrowser, screenshot, trackRequests } from '../helpers/browser.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let browser: Browser;
beforeAll(async () => {
  server = await startServer({ env: { ISSUER_NAME: 'Berufsschule Nord' } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.kill();
});

it('claims a credential from its link and verifies it (JSON and baked PNG) on the public page; a revocation shows', async () => {
  const http = api(server.url);
  const created = await http.post('/api/workshops', { title: 'Wärmepumpen-Werkstatt', language: 'de', activities: [{ templateId: 'c4-substantive' }], groupCount: 1 });
  const workshopId = created.body.workshop.id;
  for (const name of ['Ana', 'Ben']) await http.post(`/api/workshops/${workshopId}/join`, { displayName: name, groupId: created.body.workshop.groups[0].id });

  // The facilitator issues from the console (German: the workshop's language).
  const console = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
  const consoleRequests = trackRequests(console);
  await console.goto(`${server.url}/f/${workshopId}#key=${encodeURIComponent(created.body.facilitatorToken)}`);
  const panel = console.getByTestId('credentials-panel');
  await panel.waitFor();
  expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe('Signierte Nachweise (Open Badges 3.0)');
  await panel.getByTestId('issue-participation').click();
  await expect.poll(() => panel.getByTestId('issued-row').count(), { timeout: 20_000 }).toBe(2);
  await panel.scrollIntoViewIfNeeded();
  await screenshot(console, 'credentials-console-de-1024');
  const claimPath = await panel.getByTestId('claim-link').first().getAttribute('href');
  expect(claimPath).toMatch(/^\/claim\/[A-Za-z0-9_-]{43}$/);

  // The recipient opens the link on a phone, downloads both files.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true, locale: 'en-GB' });
  const claim = await phone.newPage();
  const claimRequests = trackRequests(claim);
  await claim.goto(`${server.url}${claimPath}`);
  await claim.getByTestId('claim').waitFor();
  expect(await claim.getByRole('heading', { level: 1 }).innerText()).toBe('Teilnahme: Wärmepumpen-Werkstatt');
  await screenshot(claim, 'credentials-claim-de-390');
  const [jsonDownload] = await Promise.all([claim.waitForEvent('download'), claim.getByTestId('download-json').click()]);
  const jsonFile = (await jsonDownload.path())!;
  const credential = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
  expect(credential.type).toContain('OpenBadgeCredential');
  expect(credential.proof[0].cryptosuite).toBe('eddsa-rdfc-2022');
  const [pngDownload] = await Promise.all([claim.waitForEvent('download'), claim.getByTestId('download-png').click()]);
  const pngFile = `${(await pngDownload.path())!}.png`;
  fs.copyFileSync((await pngDownload.path())!, pngFile);

  // The public verify page, in English (the browser's language): the JSON, then the baked PNG.
  const verify = await phone.newPage();
  const verifyRequests = trackRequests(verify);
  await verify.goto(`${server.url}/verify`);
  await verify.getByTestId('verify-file').setInputFiles(jsonFile);
  await verify.getByTestId('verify-button').click();
  const result = verify.getByTestId('verification-result');
  await result.waitFor({ timeout: 20_000 });
  expect(await result.getAttribute('data-verdict')).toBe('valid');
  expect(await result.innerText()).toContain('This credential is genuine and valid.');
  expect(await verify.getByTestId('check-signature').getAttribute('data-outcome')).toBe('passed');
  await screenshot(verify, 'credentials-verify-en-390');
  await verify.getByTestId('verify-file').setInputFiles(pngFile);
  await verify.getByTestId('verify-button').click();
  await expect.poll(async () => (await result.innerText()).includes('genuine'), { timeout: 20_000 }).toBe(true);

  // The facilitator revokes Ana's (accepting the confirmation); the verify page now says revoked, in German.
  console.on('dialog', (dialog) => void dialog.accept());
  const row = panel.getByTestId('issued-row').filter({ hasText: 'Ana' });
  const anasPath = await row.getByTestId('claim-link').getAttribute('href');
  await row.getByTestId('revoke').click();
  await expect.poll(() => row.getByTestId('revoke').count(), { timeout: 20_000 }).toBe(0);
  const anas = (await http.get(`/api/claims/${anasPath!.split('/').pop()}`)).body.credential;
  await verify.getByRole('button', { name: 'DE', exact: true }).click();
  await verify.getByTestId('verify-file').setInputFiles({ name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(anas)) });
  await verify.getByTestId('verify-button').click();
  await expect.poll(() => result.getAttribute('data-verdict'), { timeout: 20_000 }).toBe('invalid');
  expect(await verify.getByTestId('check-revocation').innerText()).toContain('Von der ausstellenden Stelle widerrufen.');
  await screenshot(verify, 'credentials-verify-revoked-de-390');

  for (const urls of [consoleRequests, claimRequests, verifyRequests]) expect(foreignRequests(urls, server.url)).toEqual([]);
});
