import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface Participant {
  context: BrowserContext;
  page: Page;
}

/**
 * Two participants with separate cookies, storage and caches, as two people on two phones would be; collaboration
 * tests need this so nothing is shared between them except through the relay.
 */
export async function openTwoContexts(browser: Browser): Promise<[Participant, Participant]> {
  const open = async (): Promise<Participant> => {
    const context = await browser.newContext();
    return { context, page: await context.newPage() };
  };
  return [await open(), await open()];
}

/** Closes every participant's context, ignoring ones already closed, for use in afterEach. */
export async function closeAll(participants: readonly Participant[]): Promise<void> {
  await Promise.all(participants.map(({ context }) => context.close().catch(() => undefined)));
}

/**
 * Waits until `fn`, evaluated in the page, returns a truthy value, and returns that value. Real-time sync is
 * asynchronous, so assertions about another participant's view must poll rather than check once.
 */
export async function waitForCondition<T>(page: Page, fn: () => T | Promise<T>, timeoutMs = 10_000): Promise<T> {
  const handle = await page.waitForFunction(fn, undefined, { timeout: timeoutMs, polling: 50 });
  return (await handle.jsonValue()) as T;
}

/** Like waitForCondition, but polls a Node-side check (e.g. relay state or a locator count) instead of page code. */
export async function waitForNode<T>(fn: () => T | Promise<T>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what} not met within ${timeoutMs} ms${last ? `; last error: ${String(last)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
