import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot } from './support/artifacts';
import { apiBoard } from './support/boards';
import { peopleInChromium } from './support/people';
import { addNote, connectionStatus, noteItem, noteItems, openBoard, waitConnected } from './support/board-ui';

/**
 * What a facilitator does to a board as a whole, in real Chromium against the real relay: replacing a link that
 * leaked, and deleting the board. The people affected see why they were disconnected.
 */

const baseUrl = inject('baseUrl');

const { participant } = peopleInChromium();

/** The board's overlay that says why the relay refused it. */
const refusal = (page: Page) =>
  page
    .locator('.canvas-overlay.error')
    .textContent({ timeout: 1_000 })
    .catch(() => null);

/** Opens the facilitator panel and waits until it shows the links. */
async function openPanel(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Facilitate', exact: true }).click();
  await expect.poll(() => page.getByTestId('participant-link').inputValue(), { timeout: 5_000 }).toMatch(/#k=p/);
}

/** Clicks a button that asks for confirmation, and confirms. */
async function clickConfirmed(page: Page, testIdOrName: { testId: string } | { name: string }): Promise<string> {
  const dialog = new Promise<string>((resolve) =>
    page.once('dialog', (shown) => {
      resolve(shown.message());
      void shown.accept();
    }),
  );
  const button =
    'testId' in testIdOrName
      ? page.getByTestId(testIdOrName.testId)
      : page.getByRole('button', { name: testIdOrName.name, exact: true });
  await button.click();
  return dialog;
}

test('replacing the projector link disconnects the open projector with a clear message; the new link works', async () => {
  const links = await apiBoard(baseUrl, 'Leaked projector link');
  const F = await participant();
  const P = await participant();
  await openBoard(F.page, links.facilitator, 'Facilitator');
  await addNote(F.page, 'On the big screen');
  await P.page.goto(links.projector);
  await waitConnected(P.page);
  await expect.poll(() => noteItems(P.page), { timeout: 5_000 }).toEqual([noteItem('On the big screen', 0)]);

  await openPanel(F.page);
  await saveScreenshot(F.page, 'facilitator-panel-links');
  const field = F.page.getByTestId('projector-link');
  expect(await field.inputValue()).toBe(links.projector);
  expect(await clickConfirmed(F.page, { testId: 'replace-projector-link' })).toMatch(/Replace the projector link\?/);
  await expect.poll(() => field.inputValue(), { timeout: 5_000 }).not.toBe(links.projector);
  const fresh = await field.inputValue();
  expect(fresh).toMatch(/#k=v1\./);
  // The participant link did not change, and the facilitator stays connected.
  expect(await F.page.getByTestId('participant-link').inputValue()).toBe(links.participant);

  await expect
    .poll(() => refusal(P.page), { timeout: 5_000 })
    .toBe('The facilitator replaced this link. Ask them for the new one.');
  await saveScreenshot(P.page, 'projector-link-replaced');
  expect(await connectionStatus(F.page).textContent()).toContain('Connected');

  // The new link works on the big screen; the old one no longer does.
  const again = await participant();
  await again.page.goto(fresh);
  await waitConnected(again.page);
  await expect.poll(() => noteItems(again.page), { timeout: 5_000 }).toEqual([noteItem('On the big screen', 0)]);
  const stale = await participant();
  await stale.page.goto(links.projector);
  await expect.poll(() => refusal(stale.page), { timeout: 5_000 }).toMatch(/replaced/);
});

test('replacing the facilitator link moves this tab to the new link; the old one stops working', async () => {
  const links = await apiBoard(baseUrl, 'Leaked facilitator link');
  const F = await participant();
  await openBoard(F.page, links.facilitator, 'Facilitator');
  await addNote(F.page, 'Still here');
  await openPanel(F.page);
  expect(await clickConfirmed(F.page, { testId: 'replace-facilitator-link' })).toMatch(/facilitator link\?/);
  await F.page.waitForURL((url) => url.hash.startsWith('#k=f1.'), { timeout: 5_000 });
  await waitConnected(F.page);
  await expect.poll(() => noteItems(F.page), { timeout: 5_000 }).toEqual([noteItem('Still here', 0)]);
  await openPanel(F.page);
  expect(await F.page.getByTestId('facilitator-link').inputValue()).toBe(F.page.url());

  const stale = await participant();
  await stale.page.goto(links.facilitator);
  await expect.poll(() => refusal(stale.page), { timeout: 5_000 }).toMatch(/replaced/);
});

test('deleting a board disconnects everyone with a clear message and takes the facilitator to the start page', async () => {
  const links = await apiBoard(baseUrl, 'To be deleted');
  const F = await participant();
  const A = await participant();
  await openBoard(F.page, links.facilitator, 'Facilitator');
  await openBoard(A.page, links.participant, 'Amina');
  await addNote(A.page, 'Soon gone');
  await expect.poll(() => noteItems(F.page), { timeout: 5_000 }).toEqual([noteItem('Soon gone', 0)]);

  await openPanel(F.page);
  const question = await clickConfirmed(F.page, { name: 'Delete this board' });
  expect(question).toContain('“To be deleted”');
  expect(question).toMatch(/every note, vote and private note.*cannot be undone/i);
  await F.page.waitForURL((url) => url.pathname === '/', { timeout: 5_000 });
  await expect.poll(() => F.page.getByRole('status').textContent(), { timeout: 5_000 }).toBe('The board was deleted.');

  await expect.poll(() => refusal(A.page), { timeout: 5_000 }).toBe('This board was deleted by its facilitator.');
  expect(await connectionStatus(A.page).textContent()).toContain('This board was deleted by its facilitator.');
  await saveScreenshot(A.page, 'board-deleted-participant');
  const later = await participant();
  await later.page.goto(links.participant);
  await expect.poll(() => refusal(later.page), { timeout: 5_000 }).toMatch(/no board at this address/);
});
