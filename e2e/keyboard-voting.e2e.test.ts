import { expect, inject, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createNote } from '../packages/board/src/doc/notes';
import { groupNotes } from '../packages/board/src/doc/clusters';
import { updateSession } from '../packages/board/src/doc/session';
import { saveScreenshot } from './support/artifacts';
import { apiBoard } from './support/boards';
import { peopleInChromium } from './support/people';
import { joinSynced } from './support/synced-client';
import { addNote, noteEditor, noteItem, noteItems, openBoard, panBy, waitConnected } from './support/board-ui';
import { hasFocus, tabTo } from './support/keyboard';

/**
 * Voting without a pointer. A participant who uses only the keyboard (`page.keyboard`, never the mouse) reaches the
 * notes list by the skip link, writes a note, and votes through the list's buttons, found by their accessible names
 * as a screen reader would name them; the facilitator (who may use the mouse) runs the round on another device.
 */

const baseUrl = inject('baseUrl');
const { participant } = peopleInChromium();

const SEIZURES = 'Shared seizure database';
const FOCAL_POINTS = 'Regional focal points';
const ASSISTANCE = 'Mutual legal assistance in 30 days';

const voteFor = (page: Page, text: string) => page.getByRole('button', { name: `Vote for “${text}”`, exact: true });
const takeBack = (page: Page, text: string) =>
  page.getByRole('button', { name: `Take back your vote for “${text}”`, exact: true });
const notesRegion = (page: Page) => page.getByRole('region', { name: 'Notes', exact: true });
const announcer = (page: Page) => page.getByTestId('announcer');

/** The text of the first element Tab reaches on the page. */
function firstInTabOrder(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]';
    const first = Array.from(document.querySelectorAll<HTMLElement>(focusable)).find(
      (element) => element.tabIndex >= 0,
    );
    return first?.textContent ?? null;
  });
}

async function expectFocused(target: Locator): Promise<void> {
  await expect.poll(() => hasFocus(target), { timeout: 3_000 }).toBe(true);
}

async function expectAnnounced(page: Page, words: string): Promise<void> {
  await expect.poll(() => announcer(page).textContent(), { timeout: 5_000 }).toContain(words);
}

async function expectPhase(page: Page, name: string): Promise<void> {
  await expect.poll(() => page.getByTestId('phase-name').textContent(), { timeout: 5_000 }).toBe(name);
}

async function expectNotes(page: Page, expected: string[]): Promise<void> {
  await expect.poll(async () => (await noteItems(page)).sort(), { timeout: 5_000 }).toEqual([...expected].sort());
}

/**
 * A board the facilitator filled with two notes (the second to the right of the first), and a participant who joined
 * it with the keyboard only: the name field has focus, typing and Enter join.
 */
async function boardWithTwoNotes(title: string): Promise<{ facilitator: Page; page: Page }> {
  const links = await apiBoard(baseUrl, title);
  const F = await participant();
  await openBoard(F.page, links.facilitator, 'Fatima');
  await addNote(F.page, SEIZURES);
  await panBy(F.page, 300, 0);
  await addNote(F.page, FOCAL_POINTS);

  const P = await participant();
  const page = P.page;
  await page.goto(links.participant);
  await expectFocused(page.getByRole('textbox', { name: 'Your name as others will see it' }));
  await page.keyboard.type('Pablo');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 5_000 });
  await waitConnected(page);
  return { facilitator: F.page, page };
}

test('a keyboard-only participant writes a note and votes through the notes list, within the budget', async () => {
  const { facilitator, page } = await boardWithTwoNotes('Keyboard voting');
  await expectNotes(page, [noteItem(SEIZURES, 0), noteItem(FOCAL_POINTS, 0)]);

  // Joining leaves focus at the start of the page: on the skip link, the first thing Tab reaches, shown while it has
  // focus. It opens the list and puts focus on it.
  const skip = page.getByRole('link', { name: 'Skip to the notes list' });
  await expectFocused(skip);
  expect(await firstInTabOrder(page)).toBe('Skip to the notes list');
  expect((await skip.boundingBox())?.width).toBeGreaterThan(20);
  await page.keyboard.press('Enter');
  await expectFocused(notesRegion(page));
  expect(await notesRegion(page).getAttribute('data-shown')).toBe('true');
  expect(await page.getByRole('button', { name: 'Notes list', exact: true }).getAttribute('aria-pressed')).toBe('true');

  // N writes a note (the letter is the key's, whatever the layout); closing the editor gives focus back to the list.
  await page.keyboard.press('n');
  await expectFocused(noteEditor(page));
  await page.keyboard.type(ASSISTANCE);
  await page.keyboard.press('Escape');
  await noteEditor(page).waitFor({ state: 'detached', timeout: 5_000 });
  await expectFocused(notesRegion(page));
  await expectNotes(facilitator, [noteItem(SEIZURES, 0), noteItem(FOCAL_POINTS, 0), noteItem(ASSISTANCE, 0)]);

  // The facilitator starts a vote on what is on the board: two dots each, on notes only.
  await facilitator.getByRole('button', { name: 'Facilitate', exact: true }).click();
  const controls = facilitator.getByTestId('phase-controls');
  await controls.getByLabel('Vote: vote again on what is on the board').check();
  await controls.getByLabel('Dots per person').fill('2');
  await controls.getByLabel('Notes only').check();
  await controls.getByRole('button', { name: 'Start round 1', exact: true }).click();
  await expectPhase(page, 'Vote');
  await expectAnnounced(page, 'Phase: Vote. Place your 2 dots on notes.');
  // The counts are secret while voting: the list gives none.
  await expectNotes(page, [SEIZURES, FOCAL_POINTS, ASSISTANCE]);

  // A vote: the button becomes "Take back…", keeps the focus, and the budget left is announced.
  await tabTo(page, voteFor(page, SEIZURES));
  await page.keyboard.press('Enter');
  await expectFocused(takeBack(page, SEIZURES));
  await expectAnnounced(page, '1 of 2 votes left');
  await tabTo(page, voteFor(page, ASSISTANCE));
  await page.keyboard.press('Space');
  await expectFocused(takeBack(page, ASSISTANCE));
  await expectAnnounced(page, '0 of 2 votes left');
  await expect.poll(() => page.getByTestId('board-canvas').getAttribute('data-private-dots')).toBe('2');

  // The budget is spent: the last note's button says so when pressed, and places nothing.
  const refused = voteFor(page, FOCAL_POINTS);
  expect(await refused.getAttribute('aria-disabled')).toBe('true');
  await tabTo(page, refused);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.getByTestId('notice').textContent(), { timeout: 3_000 })
    .toBe('All 2 of your votes are placed. Take one back to vote elsewhere.');
  expect(await page.getByTestId('board-canvas').getAttribute('data-private-dots')).toBe('2');
  await saveScreenshot(page, 'keyboard-voting-list');

  // Taking a vote back gives it back, and it can go elsewhere.
  await tabTo(page, takeBack(page, ASSISTANCE));
  await page.keyboard.press('Enter');
  await expectFocused(voteFor(page, ASSISTANCE));
  await expectAnnounced(page, '1 of 2 votes left');
  await tabTo(page, voteFor(page, FOCAL_POINTS));
  expect(await voteFor(page, FOCAL_POINTS).getAttribute('aria-disabled')).toBeNull();
  await page.keyboard.press('Enter');
  await expectFocused(takeBack(page, FOCAL_POINTS));
  await expectAnnounced(page, '0 of 2 votes left');

  // Results: the participant's list, the facilitator's list and the facilitator's ranking all count the same dots.
  await controls.getByRole('button', { name: 'Next: Results', exact: true }).click();
  await expectPhase(page, 'Results');
  await expectAnnounced(page, 'The results are shown');
  const tallies = [noteItem(SEIZURES, 1), noteItem(FOCAL_POINTS, 1), noteItem(ASSISTANCE, 0)];
  await expectNotes(page, tallies);
  await expectNotes(facilitator, tallies);
  await facilitator.getByRole('button', { name: 'Close facilitator panel', exact: true }).click();
  await facilitator.getByRole('button', { name: 'Results', exact: true }).click();
  const ranking = facilitator.getByTestId('results-ranking').getByRole('listitem');
  await expect.poll(() => ranking.count(), { timeout: 5_000 }).toBe(2);
  const ranked = (await ranking.allTextContents()).map((item) => item.replace(/\s+/g, ' '));
  // Each count with the people behind it (support spread).
  expect(ranked.filter((item) => item.includes(SEIZURES) && item.includes('1 dot from 1 person'))).toHaveLength(1);
  expect(ranked.filter((item) => item.includes(FOCAL_POINTS) && item.includes('1 dot from 1 person'))).toHaveLength(1);

  // Sorted by votes (offered now that the counts are visible), the voted notes come first.
  const sort = page.getByRole('combobox', { name: 'Sort by' });
  await tabTo(page, sort);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => sort.inputValue()).toBe('votes');
  await expect.poll(async () => (await noteItems(page)).at(-1)).toBe(noteItem(ASSISTANCE, 0));
});

test('on the board itself, the keyboard selects, moves (one undo step per burst), votes, adds, edits and deletes', async () => {
  const { facilitator, page } = await boardWithTwoNotes('Keyboard on the board');
  const inReadingOrder = [noteItem(SEIZURES, 0), noteItem(FOCAL_POINTS, 0)];
  await expect.poll(() => noteItems(page), { timeout: 5_000 }).toEqual(inReadingOrder);

  // Tab reaches the board; on it, Tab selects the notes in reading order and says which.
  const board = page.getByRole('application', { name: 'Board' });
  await tabTo(page, board);
  await page.keyboard.press('Tab');
  await expectAnnounced(page, `“${SEIZURES}” selected, note 1 of 2.`);
  await expectFocused(board);

  // A burst of arrow presses carries the note past its neighbour (the list's reading order changes); one undo puts
  // it back where the burst began.
  for (let press = 0; press < 9; press++) await page.keyboard.press('Shift+ArrowRight');
  const moved = [noteItem(FOCAL_POINTS, 0), noteItem(SEIZURES, 0)];
  await expect.poll(() => noteItems(page), { timeout: 5_000 }).toEqual(moved);
  await expect.poll(() => noteItems(facilitator), { timeout: 5_000 }).toEqual(moved);
  await page.keyboard.press('Control+z');
  await expect.poll(() => noteItems(facilitator), { timeout: 5_000 }).toEqual(inReadingOrder);

  // D votes for the selected note, Shift+D takes the vote back.
  await page.keyboard.press('d');
  await expectAnnounced(page, '4 of 5 votes left');
  await expect.poll(() => noteItems(facilitator), { timeout: 5_000 }).toContain(noteItem(SEIZURES, 1));
  await page.keyboard.press('Shift+D');
  await expectAnnounced(page, '5 of 5 votes left');
  await expect.poll(() => noteItems(facilitator), { timeout: 5_000 }).toContain(noteItem(SEIZURES, 0));

  // N writes a note; Escape gives the board the focus back, with the new note selected: Enter edits it again, Delete
  // deletes it.
  await page.keyboard.press('n');
  await expectFocused(noteEditor(page));
  await page.keyboard.type('Draft');
  await page.keyboard.press('Escape');
  await expectFocused(board);
  await page.keyboard.press('Enter');
  await expectFocused(noteEditor(page));
  await page.keyboard.press('End');
  await page.keyboard.type(' idea');
  await page.keyboard.press('Escape');
  await expect.poll(() => noteItems(facilitator), { timeout: 5_000 }).toContain(noteItem('Draft idea', 0));
  await expectFocused(board);
  await page.keyboard.press('Delete');
  await expect.poll(() => noteItems(facilitator), { timeout: 5_000 }).toEqual(inReadingOrder);

  // The shortcuts dialog lists the keys, and closing it gives the focus back to the board.
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor({ timeout: 3_000 });
  expect(await dialog.textContent()).toContain('Move the selected notes');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached', timeout: 3_000 });
  await expectFocused(board);
});

test('in a vote on clusters, the list gives the clusters the vote buttons, not the notes', async () => {
  const links = await apiBoard(baseUrl, 'Voting on clusters');
  // The facilitator's device, as a client writes: two notes grouped as "Evidence", and a vote on clusters.
  const facilitator = await joinSynced(links.facilitator);
  try {
    facilitator.change((doc) => {
      const first = createNote(doc, { x: 0, y: 0, text: SEIZURES }, { authorId: facilitator.userId });
      const second = createNote(doc, { x: 250, y: 0, text: ASSISTANCE }, { authorId: facilitator.userId });
      groupNotes(doc, [first, second], 'Evidence');
      updateSession(doc, { dotsOn: 'clusters' });
    });
    const P = await participant();
    const page = P.page;
    await page.goto(links.participant);
    await expectFocused(page.getByRole('textbox', { name: 'Your name as others will see it' }));
    await page.keyboard.type('Pablo');
    await page.keyboard.press('Enter');
    await waitConnected(page);
    await expectFocused(page.getByRole('link', { name: 'Skip to the notes list' }));
    await page.keyboard.press('Enter');
    await expectFocused(notesRegion(page));

    const cluster = page.getByRole('button', { name: 'Vote for cluster “Evidence”', exact: true });
    await cluster.waitFor({ timeout: 5_000 });
    expect(await voteFor(page, SEIZURES).count()).toBe(0);
    await tabTo(page, cluster);
    await page.keyboard.press('Enter');
    await expectFocused(page.getByRole('button', { name: 'Take back your vote for cluster “Evidence”', exact: true }));
    await expectAnnounced(page, '4 of 5 votes left');
    // Counts are visible on the open board: the cluster holds the dot.
    await expect
      .poll(() => page.getByTestId('cluster-summary').textContent(), { timeout: 5_000 })
      .toBe('Cluster “Evidence”, 2 notes — 1 vote · 1 supporter');
  } finally {
    facilitator.close();
  }
});
