import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot } from './support/artifacts';
import { peopleInChromium } from './support/people';
import { apiBoard } from './support/boards';
import { addNote, connectionStatus, noteItem, noteItems, openBoard, waitConnected } from './support/board-ui';

/*
 * The board's rules as people meet them in a real browser against the real relay: the UI offers what the rules allow
 * (the same `authorize` the relay applies), says why when it cannot, and nobody is ever disconnected for trying.
 */

const baseUrl = inject('baseUrl');

const { participant } = peopleInChromium();

const notice = (page: Page) => page.getByTestId('notice').textContent();

async function expectNotes(page: Page, expected: string[]): Promise<void> {
  await expect.poll(async () => (await noteItems(page)).sort(), { timeout: 5_000 }).toEqual([...expected].sort());
}

test('only its author (or the facilitator) rewords or deletes a note; nobody is disconnected for trying', async () => {
  const links = await apiBoard(baseUrl, 'Whose words');
  const F = await participant();
  const A = await participant();
  const B = await participant();
  await openBoard(F.page, links.facilitator, 'Fatima');
  await openBoard(A.page, links.participant, 'Amina');
  await openBoard(B.page, links.participant, 'Bruno');
  await addNote(A.page, 'Amina: protect sources');
  await expectNotes(B.page, [noteItem('Amina: protect sources', 0)]);

  // Bruno selects Amina's note and tries to delete it, then to edit it: the app says why, and does neither.
  await B.page.keyboard.press('Control+a');
  await B.page.keyboard.press('Delete');
  await expect.poll(() => notice(B.page), { timeout: 3_000 }).toContain('Only its author (or the facilitator)');
  await B.page.keyboard.press('Enter');
  expect(await B.page.getByRole('textbox', { name: 'Note text' }).count()).toBe(0);
  await expectNotes(F.page, [noteItem('Amina: protect sources', 0)]);
  await saveScreenshot(B.page, 'rules-not-your-note');

  // Amina rewords her own note; the facilitator may delete anyone's.
  await A.page.keyboard.press('Control+a');
  await A.page.keyboard.press('Enter');
  await A.page.getByRole('textbox', { name: 'Note text' }).fill('Amina: protect sources and witnesses');
  await A.page.keyboard.press('Escape');
  await expectNotes(B.page, [noteItem('Amina: protect sources and witnesses', 0)]);
  await F.page.keyboard.press('Control+a');
  await F.page.keyboard.press('Delete');
  for (const page of [A.page, B.page, F.page]) await expectNotes(page, []);
  for (const page of [A.page, B.page, F.page])
    expect(await connectionStatus(page).textContent()).toContain('Connected');
});

test('an anonymous board asks nobody’s name, shows nobody’s name, and fixes anonymity once it has content', async () => {
  const F = await participant();
  // The facilitator creates it from the start page, as anyone would.
  await F.page.goto(baseUrl);
  await F.page.getByLabel('Board title').fill('Anonymous round');
  await F.page.getByLabel('Anonymous board').check();
  await F.page.getByRole('button', { name: 'Create a board' }).click();
  await F.page.waitForURL(/\/b\/[A-Za-z0-9_-]+#k=f/);
  await waitConnected(F.page);
  expect(await F.page.getByRole('dialog').count()).toBe(0);

  await F.page.getByRole('button', { name: 'Facilitate', exact: true }).click();
  const setting = F.page.getByTestId('anonymous-setting');
  await expect.poll(() => setting.isChecked(), { timeout: 5_000 }).toBe(true);
  expect(await setting.isDisabled()).toBe(false);
  const participantLink = await F.page.getByTestId('participant-link').inputValue();
  await F.page.getByRole('button', { name: 'Close facilitator panel' }).click();

  const A = await participant();
  await A.page.goto(participantLink);
  await waitConnected(A.page);
  // Nobody is asked for a name.
  await A.page.getByTestId('board-canvas').locator('canvas').first().waitFor({ state: 'attached', timeout: 10_000 });
  expect(await A.page.getByRole('dialog').count()).toBe(0);
  await addNote(A.page, 'An idea nobody can pin on me');
  await expectNotes(F.page, [noteItem('An idea nobody can pin on me', 0)]);

  // People: how many are here, no names.
  await F.page.getByRole('button', { name: 'People', exact: true }).click();
  const people = F.page.getByRole('complementary', { name: 'People' });
  await expect.poll(() => people.textContent(), { timeout: 5_000 }).toContain('2 people are here');
  expect(await people.textContent()).toContain('This board is anonymous');
  await saveScreenshot(F.page, 'anonymous-board');

  // With a note on the board, the setting can no longer change.
  await F.page.getByRole('button', { name: 'Facilitate', exact: true }).click();
  await expect.poll(() => setting.isDisabled(), { timeout: 5_000 }).toBe(true);
  expect(await F.page.getByText('The board already has notes or dots').count()).toBeGreaterThan(0);
});
