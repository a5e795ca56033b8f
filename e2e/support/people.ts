import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { closeAll, type Participant } from './board-page';
import { launchBrowser } from './chromium';
import { openParticipant, type Device } from './board-ui';

/**
 * One Chromium for a test file, and a way to open people in it: each person a browser context of their own (two
 * people on two devices), closed after the test whatever happened. Call at the top level of a test file; `browserArgs`
 * are extra Chromium switches (see launchBrowser).
 */
export function peopleInChromium(browserArgs: readonly string[] = []): {
  participant: (options?: { device?: Device }) => Promise<Participant>;
} {
  let browser: Browser | undefined;
  let opened: Participant[] = [];
  beforeAll(async () => {
    browser = await launchBrowser(browserArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await closeAll(opened);
    opened = [];
  });
  return {
    participant: async (options = {}) => {
      if (!browser) throw new Error('Chromium is not running: call peopleInChromium() at the top level of the file');
      const person = await openParticipant(browser, options);
      opened.push(person);
      return person;
    },
  };
}
