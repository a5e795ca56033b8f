import { afterEach, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { peopleInChromium } from './support/people';
import { apiBoard } from './support/boards';
import { joinRaw, type RawClient } from './support/raw-client';
import {
  addNote,
  canvasCenter,
  clickAt,
  fitToContent,
  layerAlphaAround,
  layerSelector,
  layerStats,
  noteItem,
  noteItems,
  openBoard,
  selectTool,
  tool,
  waitConnected,
} from './support/board-ui';

/**
 * One bad client, or one broken part of the page, must not blank anyone's board. The first test replays the reported
 * attack from a raw WebSocket client against the real relay; the second breaks one layer and one panel inside a real
 * Chromium (the browser API they use throws) and checks that everything else keeps working and that they come back.
 */

const baseUrl = inject('baseUrl');

const { participant } = peopleInChromium();
const rawClients: RawClient[] = [];

afterEach(() => {
  for (const raw of rawClients.splice(0)) raw.close();
});

async function raw(link: string): Promise<RawClient> {
  const client = await joinRaw(link);
  rawClients.push(client);
  return client;
}

async function openProjector(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await waitConnected(page);
}

/** Waits until the page lists a note with `text` (so everything the sender sent before it has arrived). */
async function waitForNote(page: Page, text: string): Promise<void> {
  await expect.poll(() => noteItems(page), { timeout: 10_000, interval: 50 }).toContain(noteItem(text, 0));
}

/** Errors the page logged or threw, to tell what failed (and to prove the app-wide error page never showed). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * The board is still drawn: notes painted after "Fit to content" (the projector has no such button: it follows the
 * facilitator, who fitted first), the presence layer mounted, no error page.
 */
async function expectBoardDrawn(page: Page): Promise<void> {
  const projector = (await page.getByTestId('projector-screen').count()) > 0;
  if (!projector) await fitToContent(page);
  // Two notes or more at "fit" scale cover thousands of pixels; a blank canvas covers none.
  await expect.poll(async () => (await layerStats(page, 'notes')).count, { timeout: 5_000 }).toBeGreaterThan(5_000);
  expect(await page.locator(layerSelector('presence')).count()).toBe(1);
  expect(await page.getByText('Something went wrong').count()).toBe(0);
  expect(await page.getByTestId('canvas-failed').count()).toBe(0);
}

async function openPeople(page: Page) {
  await page.getByRole('button', { name: 'People', exact: true }).click();
  return page.getByRole('complementary', { name: 'People' });
}

test('a client sending malformed presence and a malformed people entry blanks nobody’s board', async () => {
  const links = await apiBoard(baseUrl, 'Under attack');
  const A = await participant();
  const P = await participant();
  await openBoard(A.page, links.facilitator, 'Amina');
  await addNote(A.page, 'Protect whistle-blowers');
  await openProjector(P.page, links.projector);
  await waitForNote(P.page, 'Protect whistle-blowers');

  // The reported attack: presence naming the sender's own user id, first without a selection, then with a selection
  // that is not a list. The relay drops presence of the wrong shape, so these frames stop there; the browsers'
  // readers would tolerate them anyway (see readPresence's tests): this checks the whole chain.
  const mallory = await raw(links.participant);
  mallory.sendPresence({ user: { id: mallory.userId, name: 'x' } });
  mallory.sendPresence({ user: { id: mallory.userId, name: 'x' }, selection: 'x' });
  mallory.sendPresence({ user: { id: mallory.userId, name: 'x' }, selection: 'x', cursor: { x: 'left', y: null } });
  // Frames from one socket are handled in order and presence is relayed at once, updates once stored: when this note
  // shows, the presence above has reached the browsers (or been dropped by the relay).
  mallory.sendNote('Sent after the bad presence');
  for (const page of [A.page, P.page]) {
    await waitForNote(page, 'Sent after the bad presence');
    await expectBoardDrawn(page);
  }

  // A people entry that is not a person: the relay refuses it (4403 invalid-value) and closes the sender; the
  // note after it never arrives. The readers would tolerate it anyway (see readPeople's tests).
  mallory.sendPersonEntry('a string');
  mallory.sendNote('Sent after the bad people entry');
  expect(await mallory.closed).toBe(4403);

  // The projector has no People panel: the board it shows is what must survive there.
  await expectBoardDrawn(P.page);
  const people = await openPeople(A.page);
  await expect.poll(() => people.textContent(), { timeout: 5_000 }).toContain('Amina');
  expect(await A.page.getByTestId('panel-failed').count()).toBe(0);
  expect(await A.page.getByText('Something went wrong').count()).toBe(0);
  // Nothing but well-formed people is listed.
  expect(await people.getByRole('listitem').count()).toBe(1);
  await expectBoardDrawn(A.page);
  // Amina's own presence still reaches the projector: her cursor is drawn on its presence layer.
  const center = await canvasCenter(A.page);
  await A.page.mouse.move(center.x + 40, center.y + 200, { steps: 3 });
  await expect
    .poll(async () => (await P.page.locator(layerSelector('presence')).count()) === 1 && hasPaint(P.page), {
      timeout: 5_000,
    })
    .toBe(true);
});

/** Whether the presence layer has drawn anything (a cursor). */
async function hasPaint(page: Page): Promise<boolean> {
  return page.evaluate((selector) => {
    const canvas = document.querySelector<HTMLCanvasElement>(selector);
    const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    if (!data) return false;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
    return false;
  }, layerSelector('presence'));
}

test('a layer or a panel that fails is hidden alone, the rest keeps working, and it comes back', async () => {
  const links = await apiBoard(baseUrl, 'Broken parts');
  const A = await participant();
  const B = await participant();
  const P = await participant();
  await openBoard(A.page, links.facilitator, 'Amina');
  await openBoard(B.page, links.participant, 'Bruno');
  await addNote(A.page, 'Fund victim support services');
  await waitForNote(B.page, 'Fund victim support services');
  await fitToContent(B.page);
  await selectTool(B.page, 'Vote');
  await clickAt(B.page, await canvasCenter(B.page));
  // A third person who only looks (the projector has no panels to break).
  await openBoard(P.page, links.participant, 'Chen');
  const page = P.page;
  const errors = collectErrors(page);
  await expect.poll(() => noteItems(page), { timeout: 10_000 }).toEqual([noteItem('Fund victim support services', 1)]);
  await fitToContent(page);
  const center = await canvasCenter(page);
  await expect.poll(() => layerAlphaAround(page, 'dots', center, 30), { timeout: 5_000 }).toBeGreaterThan(200);

  // The heatmap paints its picture with putImageData; make that throw, as a broken canvas implementation would.
  await page.evaluate(() => {
    const original = CanvasRenderingContext2D.prototype.putImageData;
    (window as unknown as { restorePutImageData: () => void }).restorePutImageData = () =>
      (CanvasRenderingContext2D.prototype.putImageData = original);
    CanvasRenderingContext2D.prototype.putImageData = () => {
      throw new Error('putImageData is broken');
    };
  });
  await tool(page, 'Heatmap').click();
  await expect.poll(() => errors.some((e) => e.includes('the heatmap layer failed')), { timeout: 5_000 }).toBe(true);
  // Only the heatmap is gone: the notes, the dots and the presence layer are still drawn, no error page anywhere.
  expect(await page.locator(layerSelector('heatmap')).count()).toBe(0);
  expect(await layerAlphaAround(page, 'notes', center)).toBeGreaterThan(200);
  expect(await layerAlphaAround(page, 'dots', center, 30)).toBeGreaterThan(200);
  expect(await page.locator(layerSelector('presence')).count()).toBe(1);
  expect(await page.getByText('Something went wrong').count()).toBe(0);
  // And it comes back by itself once drawing works again.
  await page.evaluate(() => (window as unknown as { restorePutImageData: () => void }).restorePutImageData());
  await expect.poll(() => page.locator(layerSelector('heatmap')).count(), { timeout: 10_000 }).toBe(1);

  // The People panel sorts names with localeCompare (nothing else on the page uses it); make it throw.
  await page.evaluate(() => {
    const original = String.prototype.localeCompare;
    (window as unknown as { restoreLocaleCompare: () => void }).restoreLocaleCompare = () =>
      (String.prototype.localeCompare = original);
    String.prototype.localeCompare = () => {
      throw new Error('localeCompare is broken');
    };
  });
  const people = await openPeople(page);
  const failed = people.getByTestId('panel-failed');
  await failed.waitFor({ timeout: 5_000 });
  expect(await failed.getAttribute('role')).toBe('alert');
  expect(await failed.textContent()).toContain('This panel could not be shown');
  // The rest of the page works: the board is drawn and another panel opens.
  expect(await layerAlphaAround(page, 'notes', center)).toBeGreaterThan(200);
  await page.getByRole('button', { name: 'Results', exact: true }).click();
  const results = page.getByRole('complementary', { name: 'Results' });
  await expect.poll(() => results.textContent(), { timeout: 5_000 }).toContain('Fund victim support services');
  // Back to People: still failing; once sorting works again, "Try again" shows everyone.
  await openPeople(page);
  await failed.waitFor({ timeout: 5_000 });
  await page.evaluate(() => (window as unknown as { restoreLocaleCompare: () => void }).restoreLocaleCompare());
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => people.textContent(), { timeout: 5_000 }).toContain('Amina');
  expect(await people.textContent()).toContain('Bruno');
  expect(await page.getByTestId('panel-failed').count()).toBe(0);
  expect(await page.getByText('Something went wrong').count()).toBe(0);
});
