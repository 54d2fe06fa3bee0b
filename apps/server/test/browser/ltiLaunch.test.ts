/**
 * LTI 1.3 in a real browser (packages/lti/SPEC.md L2, L3, L5, L8): the mock platform's login →
 * authorisation → auto-posted id_token opens the facilitator console for an instructor and the group
 * board for a learner, named as in the LMS, with no code typed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import fs from 'node:fs';
import path from 'node:path';
import { foreignRequests, launchBrowser, screenshot, trackRequests } from '../helpers/browser.js';
import { ROLE, startMockPlatform, type MockPlatform } from '../helpers/mockPlatform.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

const ADMIN_TOKEN = 'admin-token-for-browser-tests-012345';
let server: ServerProcess;
const DOCS = path.resolve(import.meta.dirname, '../../../../docs/screenshots/lti');
let platform: MockPlatform;
let browser: Browser;

beforeAll(async () => {
  platform = await startMockPlatform();
  server = await startServer({ env: { ADMIN_TOKEN } });
  platform.users.set('t1', { sub: 't1', name: 'Tamara Lehrerin', roles: [ROLE.instructor] });
  platform.users.set('l1', { sub: 'l1', name: 'Ana Ortega', roles: [ROLE.learner] });
  platform.toolUrl = server.url;
  platform.roster = [
    { user_id: 't1', name: 'Tamara Lehrerin', roles: [ROLE.instructor], status: 'Active' },
    { user_id: 'l1', name: 'Ana Ortega', roles: [ROLE.learner], status: 'Active' },
    { user_id: 'l2', name: 'Ben Okafor', roles: [ROLE.learner], status: 'Active' },
  ];
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.kill();
  await platform?.close();
});

/** What a course page does: the browser goes to the tool's login URL; the rest are redirects and a form post. */
async function launchAs(loginHint: string, viewport: { width: number; height: number }): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport });
  const requests = trackRequests(context);
  const page = await context.newPage();
  const params = new URLSearchParams({ iss: platform.issuer, login_hint: loginHint, target_link_uri: `${server.url}/lti/launch`, client_id: platform.clientId, lti_deployment_id: platform.deploymentId });
  await page.goto(`${server.url}/lti/login?${params}`);
  return { page, requests };
}

describe('the administrator registers the platform on /admin/lti', () => {
  it('in German on a phone-sized screen; a wrong token is refused by the server', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
    const requests = trackRequests(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/admin/lti`);
    await page.getByRole('heading', { name: 'LTI-Plattformen' }).waitFor({ timeout: 20_000 });
    await page.getByTestId('admin-token').fill('not-the-token-not-the-token');
    await page.getByRole('button', { name: 'Öffnen' }).click();
    await expect.poll(() => page.getByTestId('admin-message').innerText()).toContain('ADMIN_TOKEN');
    await page.getByTestId('admin-token').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Öffnen' }).click();
    await page.getByText(`${server.url}/lti/login`).waitFor();
    const registration = platform.registration();
    for (const [field, value] of Object.entries({ ...registration, deploymentIds: registration.deploymentIds.join(', ') })) {
      await page.getByTestId(`platform-${field}`).fill(value);
    }
    await page.getByTestId('platform-save').click();
    await expect.poll(() => page.getByTestId('platforms').innerText(), { timeout: 10_000 }).toContain('Mock Moodle');
    await page.getByTestId('platforms').scrollIntoViewIfNeeded();
    await screenshot(page, 'lti-admin-de-390');
    const listed = await api(server.url).get('/api/admin/lti', ADMIN_TOKEN);
    expect(listed.body.platforms).toHaveLength(1);
    expect(foreignRequests(requests, server.url)).toEqual([]);
    await context.close();
  });
});

describe('launch from the mock platform in Chromium', () => {
  let teacher: { page: Page; requests: string[] };
  it('an instructor lands in the console', async () => {
    teacher = await launchAs('t1', { width: 1024, height: 768 });
    await teacher.page.waitForURL(/\/f\/ws_/, { timeout: 20_000 });
    await teacher.page.getByTestId('group-grid').waitFor({ timeout: 20_000 });
    expect(teacher.page.url()).not.toContain('#key='); // the credential left the address bar
    await screenshot(teacher.page, 'lti-instructor-console');
    // L9: the course roster, loaded from the LMS; Ana is planned into the second group.
    const roster = teacher.page.getByTestId('lti-roster');
    await roster.getByTestId('roster-load').click();
    await expect.poll(() => roster.getByTestId('roster-member').count(), { timeout: 15_000 }).toBe(3);
    await roster.getByRole('combobox', { name: 'Group for Ana Ortega' }).selectOption({ index: 2 });
    await expect.poll(() => roster.getByRole('combobox', { name: 'Group for Ana Ortega' }).inputValue(), { timeout: 10_000 }).toMatch(/^gr_/);
    await roster.scrollIntoViewIfNeeded();
    const file = await screenshot(teacher.page, 'lti-roster-1024');
    fs.mkdirSync(DOCS, { recursive: true });
    fs.copyFileSync(file, path.join(DOCS, 'roster-console-1024x768.png'));
  });

  it('a learner lands on the group board with the LMS name, and the console lists them', async () => {

    const learner = await launchAs('l1', { width: 390, height: 844 });
    await learner.page.waitForURL(/\/w\/ws_/, { timeout: 20_000 });
    await learner.page.getByTestId('board').waitFor({ timeout: 30_000 });
    expect(learner.page.url()).not.toContain('#token=');
    await expect.poll(() => learner.page.locator('.side-panel .members').innerText(), { timeout: 10_000 }).toContain('Ana Ortega');
    // She landed in the group the facilitator planned from the roster (L9).
    await expect.poll(() => learner.page.locator('body').innerText(), { timeout: 10_000 }).toContain('Group 2');
    await screenshot(learner.page, 'lti-learner-board');
    await expect.poll(() => teacher.page.locator('.groups-panel').innerText(), { timeout: 10_000 }).toContain('Ana Ortega');

    // Only the tool and the platform were contacted.
    for (const { requests } of [teacher, learner]) {
      expect(foreignRequests(requests, server.url).filter((url) => !url.startsWith(platform.url))).toEqual([]);
    }
  });
});

describe('deep linking in Chromium (L10)', () => {
  it('a teacher adding the tool to a course picks an agenda; the signed choice goes back to the platform', async () => {
    platform.tweak = (claims) => {
      claims['https://purl.imsglobal.org/spec/lti/claim/message_type'] = 'LtiDeepLinkingRequest';
      delete claims['https://purl.imsglobal.org/spec/lti/claim/resource_link'];
      claims['https://purl.imsglobal.org/spec/lti/claim/launch_presentation'] = { locale: 'de-DE' };
      claims['https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings'] = { deep_link_return_url: `${platform.url}/deep-link-return`, accept_types: ['ltiResourceLink'], accept_presentation_document_targets: ['window'], data: 'd-1' };
    };
    try {
      const teacherChoice = await launchAs('t1', { width: 1024, height: 768 });
      const page = teacherChoice.page;
      await page.getByTestId('deep-link').getByRole('heading', { name: 'Einen Workshop in euren Kurs setzen' }).waitFor({ timeout: 20_000 });
      expect(page.url()).not.toContain('#ticket=');
      await page.getByRole('combobox', { name: 'Aktivitäten' }).selectOption('microquest-unit-4');
      const file = await screenshot(page, 'lti-deep-link-1024-de');
      fs.copyFileSync(file, path.join(DOCS, 'deep-link-1024x768-de.png'));
      await page.getByTestId('deep-link-create').click();
      await page.waitForURL(`${platform.url}/deep-link-return`, { timeout: 20_000 });
      expect(platform.deepLinkResponses).toHaveLength(1);
      const claims = JSON.parse(Buffer.from(platform.deepLinkResponses[0]!.split('.')[1]!, 'base64url').toString());
      expect(claims['https://purl.imsglobal.org/spec/lti-dl/claim/content_items'][0]).toMatchObject({ type: 'ltiResourceLink', url: `${server.url}/lti/launch` });
      expect(foreignRequests(teacherChoice.requests, server.url).filter((url) => !url.startsWith(platform.url))).toEqual([]);
    } finally {
      platform.tweak = null;
    }
  });
});
