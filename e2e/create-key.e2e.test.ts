import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { startRelay, stopRelay, type Relay } from './support/global-setup';

/**
 * A public deployment with CREATE_KEY: the start page asks for the key when the server wants one, says so when it is
 * wrong, and creates the board with the right one. Its own relay, since the shared one has no key.
 */

const KEY = 'e2e-creation-key-0123456789';

let browser: Browser;
let relay: Relay;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'notevote-e2e-key-'));
  relay = await startRelay(dataDir, { CREATE_KEY: KEY });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (relay) await stopRelay(relay.child);
  rmSync(dataDir, { recursive: true, force: true });
});

test('the start page asks for the creation key, refuses a wrong one, and creates the board with the right one', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(relay.baseUrl);
    await page.getByLabel('Board title').fill('Needs a key');
    const create = page.getByRole('button', { name: 'Create a board' });
    expect(await page.getByLabel('Creation key').count()).toBe(0);

    await create.click();
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 5_000 })
      .toContain('This server asks for a key to create boards');
    await page.getByLabel('Creation key').fill('not-the-key-at-all');
    await create.click();
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 5_000 })
      .toContain('That creation key is not right');

    await page.getByLabel('Creation key').fill(KEY);
    await create.click();
    await page.waitForURL(/\/b\/[A-Za-z0-9_-]+#k=f/, { timeout: 5_000 });
  } finally {
    await context.close();
  }
});
