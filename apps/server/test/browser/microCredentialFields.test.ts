/**
 * Issue 13 in the browser: a participant fills the new C4 and awarding fields (several awarding
 * bodies, the issuer's countries, the web page, the Europass vocabularies) in the fields panel, and
 * the checklist panel shows them, Annex I worded, with what Europass still needs. English at
 * 1024×768, German at 390×844 (where the panel opens over the board). Screenshots in the artefacts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { writeFields } from '../helpers/boardContent.js';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { connectBoard, sleep } from '../helpers/clients.js';
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

async function participant(
  language: 'en' | 'de',
  viewport: { width: number; height: number },
): Promise<{ page: Page; errors: string[]; token: string; boardOf: (templateId: string) => string; draft: () => Promise<any> }> {
  const http = api(server.url);
  const created = await http.post('/api/workshops', {
    title: `Micro-credential fields (${language})`,
    language,
    activities: [{ templateId: 'c4-substantive' }, { templateId: 'awarding' }],
    groupCount: 1,
  });
  expect(created.status).toBe(201);
  const workshopId = created.body.workshop.id;
  const joined = await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ana' });
  const view = (await http.get(`/api/workshops/${workshopId}`, joined.body.token)).body;
  const boardOf = (templateId: string) => {
    const activity = view.activities.find((a: any) => a.templateId === templateId);
    return view.boards.find((b: any) => b.kind === 'group' && b.activityId === activity.id).id as string;
  };
  const draft = async () => (await http.get(`/api/workshops/${workshopId}/groups/${view.me.groupId}/micro-credential`, joined.body.token)).body.draft;
  const page = await (await browser.newContext({ viewport })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/api/health`);
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [`canvas-sessions:participant:${workshopId}`, joined.body.token]);
  await page.goto(`${server.url}/w/${workshopId}`);
  await page.getByTestId('fields-panel').waitFor({ state: 'attached', timeout: 40_000 });
  return { page, errors, token: joined.body.token, boardOf, draft };
}

const element = (page: Page, id: string) => page.locator(`[data-testid="checklist"] li[data-element="${id}"]`);

describe('the micro-credential fields and checklist', () => {
  it('English, 1024×768: awarding bodies, issuer country and web page; the checklist shows them', async () => {
    const { page, errors } = await participant('en', { width: 1024, height: 768 });
    // C4: level and the Europass type of assessment.
    await page.locator('#field-eqfLevel').selectOption('6');
    await page.locator('#field-assessmentType').getByLabel('Portfolio').check();
    await page.locator('#field-ects').fill('2');
    await page.locator('#field-workloadHours').fill('10');
    await page.locator('#field-workloadHours').press('Enter');
    await expect.poll(() => element(page, 'level').innerText(), { timeout: 30_000 }).toContain('EQF level 6');
    // 2 ECTS for 10 hours: present, with the plausibility warning.
    await expect.poll(() => element(page, 'workload').innerText(), { timeout: 30_000 }).toContain('One ECTS credit is 25–30 hours');
    await screenshot(page, 'mc-fields-c4-en-1024');

    await page.locator('.activity-tab').nth(1).click();
    await page.locator('[data-field="awardingBodies"]').waitFor();
    const bodies = page.locator('#field-awardingBodies input');
    await bodies.fill('Example VET School (DE)');
    await bodies.press('Enter');
    await bodies.fill('Example University (AT)');
    await page.locator('#field-awardingBodies').getByRole('button', { name: 'Add' }).click();
    await page.locator('#field-issuerCountries select').selectOption('DE');
    await page.locator('#field-homepage').fill('not a url');
    await page.locator('#field-homepage').press('Enter');
    expect(await page.locator('#field-homepage-error').innerText()).toContain('https://');
    await page.locator('#field-homepage').fill('https://example.org/mc');
    await page.locator('#field-homepage').press('Enter');

    await expect.poll(() => element(page, 'awarding-body').innerText(), { timeout: 30_000 }).toContain('Example VET School (Germany); Example University (Austria)');
    expect(await element(page, 'awarding-body').innerText()).toContain('Awarding body(ies)');
    await expect.poll(() => element(page, 'country').getAttribute('class'), { timeout: 30_000 }).toBe('check-present');
    await expect.poll(() => page.locator('[data-check="homepage"]').count(), { timeout: 30_000 }).toBe(0);
    expect(await page.locator('.chip').innerText()).toContain('Germany');
    await screenshot(page, 'mc-fields-awarding-en-1024');
    await element(page, 'learner').scrollIntoViewIfNeeded();
    await screenshot(page, 'mc-checklist-en-1024');
    expect(errors).toEqual([]);
  });

  it('German, 390×844: the panel opens over the board; labels from the Annex I glossary; a version-1 board is migrated on edit', async () => {
    const { page, errors, token, boardOf, draft } = await participant('de', { width: 390, height: 844 });
    // The awarding board as version 1 stored it: one awarding body and its country.
    const v1 = connectBoard(server.wsUrl, boardOf('awarding'), token);
    await v1.synced;
    writeFields(v1.doc, { awardingBody: 'Alte Berufsschule', country: 'AT' });
    await sleep(300);
    expect(await page.locator('.side-panel').isVisible()).toBe(false);
    await page.getByTestId('panel-toggle').click();
    await page.locator('.side-panel').waitFor({ state: 'visible' });
    await page.locator('#field-languages select').selectOption('de');
    await page.locator('#field-qfEheaCycle').selectOption('first-cycle');
    await expect.poll(() => element(page, 'level').innerText(), { timeout: 30_000 }).toContain('QR-EHR-Zyklus: Erster Zyklus (Bachelor)');
    expect(await element(page, 'level').innerText()).toContain('falls zutreffend');
    expect(await element(page, 'assessment-type').innerText()).toContain('Art der Bewertung');
    await screenshot(page, 'mc-fields-c4-de-390');
    await element(page, 'learner').scrollIntoViewIfNeeded();
    await screenshot(page, 'mc-checklist-de-390');
    await page.getByTestId('europass-checks').scrollIntoViewIfNeeded();
    await screenshot(page, 'mc-europass-de-390');

    // The version-1 values show as version 2 reads them; the first edit stores them so.
    await page.locator('.activity-tab').nth(1).click();
    await expect.poll(() => page.locator('#field-awardingBodies').innerText(), { timeout: 30_000 }).toContain('Alte Berufsschule');
    expect(await page.locator('#field-issuerCountries .chip').innerText()).toContain('Österreich');
    await page.locator('#field-awardingBodies input').fill('Neue Hochschule (DE)');
    await page.locator('#field-awardingBodies input').press('Enter');
    await expect.poll(() => [...v1.doc.getMap('fields').keys()].sort(), { timeout: 30_000 }).toEqual(['awardingBodies', 'issuerCountries']);
    expect(v1.doc.getMap('fields').get('awardingBodies')).toEqual(['Alte Berufsschule', 'Neue Hochschule (DE)']);
    expect((await draft()).awardingBodies).toEqual([{ name: 'Alte Berufsschule' }, { name: 'Neue Hochschule', country: 'DE' }]);
    v1.destroy();
    await screenshot(page, 'mc-fields-awarding-de-390');

    await page.getByTestId('panel-toggle').click();
    await page.locator('.side-panel').waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });
});
