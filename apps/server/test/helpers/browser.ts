import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run); Playwright's own browser download does not work here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const ARTIFACTS_DIR = process.env.TEST_ARTIFACTS_DIR ?? path.resolve(process.cwd(), '../../test-artifacts');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // playwright-core gives every launch a fresh, temporary profile (it refuses --user-data-dir here).
  });
}

/**
 * Records every request a page makes, so a test can assert that nothing left the app's origin.
 */
export function trackRequests(context: BrowserContext | Page): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

export function foreignRequests(urls: string[], origin: string): string[] {
  const wsOrigin = origin.replace(/^http/, 'ws');
  return urls.filter(
    (url) => !url.startsWith(origin) && !url.startsWith(wsOrigin) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * A page in a fresh German context with `storage` in localStorage before the app starts (credentials),
 * its context kept in `contexts` (to close) and every request it makes added to `requests` when it closes.
 */
export async function openStoredPage(
  browser: Browser,
  url: string,
  options: { storage: Record<string, string>; viewport: { width: number; height: number }; contexts: BrowserContext[]; requests: string[] },
): Promise<Page> {
  const context = await browser.newContext({ viewport: options.viewport, locale: 'de-DE', acceptDownloads: true });
  options.contexts.push(context);
  const urls = trackRequests(context);
  context.on('close', () => options.requests.push(...urls));
  await context.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, options.storage);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** A screenshot kept in test-artifacts as `<prefix>-<name>.png` and copied to `docsDir/<name>.png`. */
export async function keepScreenshot(page: Page, docsDir: string, prefix: string, name: string): Promise<void> {
  const file = await screenshot(page, `${prefix}-${name}`);
  fs.mkdirSync(docsDir, { recursive: true });
  fs.copyFileSync(file, path.join(docsDir, `${name}.png`));
}
