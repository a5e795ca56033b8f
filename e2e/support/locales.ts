import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CATALOGS } from '../../apps/web/src/i18n/all-catalogs';
import type { LanguageCode } from '../../apps/web/src/i18n/languages';
import { VIEWPORT } from './board-ui';
import { launchBrowser } from './chromium';
import { joinSynced, type SyncedClient } from './synced-client';

/**
 * The text at `path` ("toolbar.addNote") in a language's catalog, with its `{{placeholders}}` filled from `values`:
 * what the page must show in that language. Tests find controls by these texts, so a wrong or missing translation
 * fails them.
 */
export function catalogText(code: LanguageCode, path: string, values: Record<string, string> = {}): string {
  let value: unknown = CATALOGS[code];
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  if (typeof value !== 'string') throw new Error(`no string ${path} in the ${code} catalog`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

/**
 * One Chromium for a test file, and pages in browsers set to a locale (`ar-EG`: what `navigator.languages` reports),
 * each in a context of its own; and synced clients on boards. Everything opened is closed after each test. Call at
 * the top level of a test file.
 */
export function localizedBrowser(): {
  pageIn: (locale: string) => Promise<Page>;
  syncedClient: (link: string) => Promise<SyncedClient>;
} {
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let clients: SyncedClient[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const client of clients) client.close();
    clients = [];
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });
  return {
    pageIn: async (locale) => {
      if (!browser) throw new Error('Chromium is not running: call localizedBrowser() at the top level of the file');
      const context = await browser.newContext({ locale, viewport: VIEWPORT });
      contexts.push(context);
      return context.newPage();
    },
    syncedClient: async (link) => {
      const client = await joinSynced(link);
      clients.push(client);
      return client;
    },
  };
}
