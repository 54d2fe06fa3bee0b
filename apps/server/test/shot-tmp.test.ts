import { it } from 'vitest';
import { api } from './helpers/api.js';
import { launchBrowser } from './helpers/browser.js';
import { startServer } from './helpers/serverProcess.js';

it('screenshots', async () => {
  const server = await startServer({ env: { CREATE_RATE_LIMIT: '100' } });
  const http = api(server.url);
  const created = await http.post('/api/workshops', { title: 'Repair demo', language: 'de', activities: [{ templateId: 'c2-persona' }], groupCount: 2 });
  const browser = await launchBrowser();
  for (const [w, h] of [[1024, 768], [390, 844]]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    page.on('dialog', (d) => d.accept());
    await page.goto(created.body.links.facilitator);
    await page.getByTestId('repair-board').first().waitFor({ timeout: 30000 });
    await page.getByTestId('repair-board').first().scrollIntoViewIfNeeded();
    await page.getByTestId('repair-board').first().click();
    await page.getByTestId('repair-status').first().waitFor({ timeout: 10000 });
    await page.screenshot({ path: `/tmp/guards-shots/console-${w}.png` });
    await page.close();
  }
  await browser.close();
  await server.kill();
}, 180_000);
