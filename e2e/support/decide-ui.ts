import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/*
 * Running rounds from the facilitator's panel and voting from the notes list, as people do in the web app: shared by
 * the end-to-end tests of the decide sequence and of a whole event.
 */

export const controls = (page: Page) => page.getByTestId('phase-controls');
export const voteFor = (page: Page, text: string) =>
  page.getByRole('button', { name: `Vote for “${text}”`, exact: true });
export const ratingOf = (page: Page, text: string) =>
  page.getByRole('group', { name: `Your rating of “${text}”`, exact: true });

/** Opens the facilitator panel, unless it is open already (its button toggles it). */
export async function openFacilitatorPanel(page: Page): Promise<void> {
  if (await controls(page).isVisible()) return;
  await page.getByRole('button', { name: 'Facilitate', exact: true }).click();
  await controls(page).waitFor({ state: 'visible', timeout: 5_000 });
}

/**
 * Starts round `round` (1 by default) at Vote with the round type `ballot` (its radio's name), after `configure` sets
 * its rules.
 */
export async function startVote(
  page: Page,
  ballot: string,
  configure?: (rules: Locator) => Promise<void>,
  round = 1,
): Promise<void> {
  await openFacilitatorPanel(page);
  await controls(page).getByLabel('Vote: vote again on what is on the board').check();
  await controls(page).getByRole('radio', { name: ballot, exact: true }).check();
  if (configure) await configure(controls(page).getByTestId('vote-rules'));
  await controls(page)
    .getByRole('button', { name: `Start round ${round}`, exact: true })
    .click();
}

/** Ends the round in progress (the open board again), so that the next one can start. */
export async function endRound(page: Page): Promise<void> {
  await openFacilitatorPanel(page);
  // Nothing is waiting after Results, so no confirmation is asked; accept one all the same if it comes.
  page.once('dialog', (dialog) => void dialog.accept());
  await controls(page).getByRole('button', { name: 'End the round', exact: true }).click();
  await controls(page).getByRole('button', { name: 'Start round', exact: false }).first().waitFor({ timeout: 5_000 });
}

export async function showResults(page: Page): Promise<void> {
  await controls(page).getByRole('button', { name: 'Next: Results', exact: true }).click();
}

export async function expectPhase(page: Page, name: string): Promise<void> {
  await expect.poll(() => page.getByTestId('phase-name').first().textContent(), { timeout: 5_000 }).toBe(name);
}

export async function instruction(page: Page): Promise<string> {
  return (await page.getByTestId('phase-instruction').first().textContent()) ?? '';
}

/** Opens the notes list as a panel (top bar). */
export async function openNotesList(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Notes list', exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect.poll(() => page.getByTestId('notes-list').getAttribute('data-shown')).toBe('true');
}

export async function openResults(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Results', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Results', exact: true });
  await panel.waitFor({ state: 'visible', timeout: 5_000 });
  return panel;
}

/** The text of each entry of a list, its runs of white space made single. */
export async function entries(list: Locator): Promise<string[]> {
  return (await list.getByRole('listitem').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}
