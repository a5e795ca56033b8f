import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { saveScreenshot } from './support/artifacts';
import { launchBrowser } from './support/chromium';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;

let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every URL the page requested, to prove it loads nothing from any host but the relay. */
let requested: string[];
/** Requests the Content-Security-Policy blocked never reach page.on('request'), so count the refusals too. */
let cspViolations: string[];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  // A fresh context per test: no cookies, storage or cache carried over from another test.
  context = await browser.newContext();
  page = await context.newPage();
  requested = [];
  cspViolations = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
});

afterEach(async () => {
  await context?.close();
});

/** data: and blob: URLs never leave the browser; everything else must go to the relay's own origin. */
function foreignRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
}

test('the landing page creates a board and loads nothing from elsewhere', async () => {
  await page.goto(baseUrl);
  expect(await page.title()).toBe('notevote');
  const create = page.getByRole('button', { name: /create a board/i });
  await expect.poll(() => create.count()).toBe(1);

  await page.getByLabel('Board title').fill('e2e smoke board');
  await Promise.all([page.waitForURL(/\/b\/[A-Za-z0-9_-]+/), create.click()]);
  expect(new URL(page.url()).pathname).toMatch(/^\/b\/[A-Za-z0-9_-]+$/);
  await page.waitForLoadState('networkidle');
  await saveScreenshot(page, 'landing-created-board');

  expect(requested.length).toBeGreaterThan(0);
  expect(foreignRequests(requested)).toEqual([]);
  expect(cspViolations).toEqual([]);
});
