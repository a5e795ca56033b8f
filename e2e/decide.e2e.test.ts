import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { createNote } from '../packages/board/src/doc/notes';
import { saveScreenshot } from './support/artifacts';
import { apiBoard, type BoardLinks } from './support/boards';
import { peopleInChromium } from './support/people';
import { joinSynced } from './support/synced-client';
import { addNote, noteItems, openBoard, panBy, waitConnected } from './support/board-ui';
import {
  controls,
  entries,
  expectPhase,
  instruction,
  openFacilitatorPanel,
  openNotesList,
  openResults,
  ratingOf,
  showResults,
  startVote,
  voteFor,
} from './support/decide-ui';
import { tabTo } from './support/keyboard';

/*
 * The design sprint's "decide" round types, each run by a facilitator for participants in their own browsers against
 * the real relay: a straw poll stays secret until Results; a heat-map vote gives each note's support spread and no
 * ranks; a supervote's decisions come apart, named, in the Results panel and first in the report; an anonymous board
 * never breaks down a number with fewer than three people behind it; an agreement vote is cast from the keyboard
 * through the notes list and shows each option's distribution.
 */

const baseUrl = inject('baseUrl');
const { participant } = peopleInChromium();

const CORRIDORS = 'Protected wildlife corridors';
const RANGERS = 'Community ranger training';
const LEDGER = 'Shared seizure ledger';

/** A board whose facilitator's device (a client writing as the app does) put `texts` on it, side by side. */
async function boardWith(title: string, texts: readonly string[]): Promise<BoardLinks> {
  const links = await apiBoard(baseUrl, title);
  const facilitator = await joinSynced(links.facilitator);
  try {
    facilitator.change((doc) => {
      texts.forEach((text, i) => createNote(doc, { x: i * 260, y: 0, text }, { authorId: facilitator.userId }));
    });
  } finally {
    facilitator.close();
  }
  return links;
}

/** How many pixels a layer of the board has painted (alpha above a faint threshold). */
function paintedOn(page: Page, layer: 'dots' | 'ballots'): Promise<number> {
  return page.evaluate((name) => {
    const canvas = document.querySelector<HTMLCanvasElement>(
      `[data-testid="board-canvas"] canvas[data-layer="${name}"]`,
    );
    if (!canvas) return 0;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 8) painted++;
    return painted;
  }, layer);
}

test('a straw poll: one dot each, hidden from everyone else until the facilitator moves to Results, then shown', async () => {
  const links = await boardWith('Straw poll', [CORRIDORS, RANGERS]);
  const F = await participant();
  const A = await participant();
  const B = await participant();
  const C = await participant();
  const V = await participant();
  await openBoard(F.page, links.facilitator, 'Fatima (facilitator)');
  await openBoard(A.page, links.participant, 'Amina');
  await openBoard(B.page, links.participant, 'Boris');
  await openBoard(C.page, links.participant, 'Chen');
  await V.page.goto(links.projector);
  await waitConnected(V.page);

  await startVote(F.page, 'Straw poll');
  for (const page of [A.page, B.page, C.page]) await expectPhase(page, 'Vote');
  expect(await instruction(A.page)).toBe(
    'Place your one dot on the option you prefer. Nobody sees votes until the results.',
  );
  expect(await controls(F.page).getByTestId('vote-rules-summary').textContent()).toContain(
    'Straw poll · one dot each · Notes only',
  );

  // One dot each: a second one is refused, and says why.
  await openNotesList(A.page);
  await voteFor(A.page, CORRIDORS).click();
  await expect.poll(() => A.page.getByTestId('vote-budget').first().textContent()).toBe('0 of 1 votes left');
  // A refused button stays focusable (aria-disabled) and says why when pressed.
  await voteFor(A.page, RANGERS).focus();
  await A.page.keyboard.press('Enter');
  await expect.poll(() => A.page.getByTestId('notice').textContent()).toContain('All 1 of your votes are placed');
  await openNotesList(B.page);
  await voteFor(B.page, CORRIDORS).click();
  await expect.poll(() => B.page.getByTestId('board-canvas').getAttribute('data-private-dots')).toBe('1');

  // Hidden from everyone else: no dot on Chen's board, no count in his list, no results, nothing on the projector.
  const hidden = await openResults(C.page);
  expect(await hidden.getByTestId('results-hidden').count()).toBe(1);
  expect(await paintedOn(C.page, 'dots')).toBe(0);
  expect((await noteItems(C.page)).sort()).toEqual([CORRIDORS, RANGERS].sort());
  expect(await V.page.getByTestId('projector-ranking').count()).toBe(0);

  await showResults(F.page);
  await expectPhase(C.page, 'Results');
  // Shown to everyone at once, ranked, each count with the people behind it.
  const ranking = C.page.getByTestId('results-ranking');
  await expect.poll(() => entries(ranking), { timeout: 5_000 }).toEqual([`1${CORRIDORS}2 dots from 2 people`]);
  await expect.poll(() => paintedOn(C.page, 'dots'), { timeout: 5_000 }).toBeGreaterThan(0);
  await expect
    .poll(() => entries(V.page.getByTestId('projector-ranking')), { timeout: 5_000 })
    .toEqual([`1${CORRIDORS}2 dots from 2 people`]);
  await saveScreenshot(C.page, 'decide-straw-poll-results');
});

test('a heat-map vote without a limit: many small dots, each note’s support spread, no ranks', async () => {
  const links = await boardWith('Heat-map vote', [CORRIDORS, RANGERS]);
  const F = await participant();
  const people = [await participant(), await participant(), await participant()];
  const V = await participant();
  await openBoard(F.page, links.facilitator, 'Fatima (facilitator)');
  for (const [i, name] of ['Amina', 'Boris', 'Chen'].entries()) {
    await openBoard(people[i]!.page, links.participant, name);
  }
  await V.page.goto(links.projector);
  await waitConnected(V.page);

  await startVote(F.page, 'Heat-map vote', async (rules) => {
    await rules.getByLabel('No limit').check();
    await rules.getByLabel('Notes only').check();
  });
  const [A, B, C] = people.map((person) => person.page) as [Page, Page, Page];
  await expectPhase(A, 'Vote');
  expect(await instruction(A)).toBe(
    'Place as many small dots as you like on the parts of notes you like. Nobody sees votes until the results.',
  );

  // Five dots from three people on one note: two, two and one.
  for (const [page, dots] of [
    [A, 2],
    [B, 2],
    [C, 1],
  ] as const) {
    await openNotesList(page);
    for (let i = 0; i < dots; i++) {
      await voteFor(page, CORRIDORS).click();
      await expect.poll(() => page.getByTestId('board-canvas').getAttribute('data-private-dots')).toBe(String(i + 1));
    }
  }
  // No budget to count down: what was placed, never "298 of 300".
  await expect.poll(() => A.getByTestId('vote-budget').first().textContent()).toBe('2 dots placed · no limit');
  expect(await A.getByTestId('notes-list-status').textContent()).toBe('2 dots placed · no limit');

  await showResults(F.page);
  const panel = await openResults(F.page);
  const spread = panel.getByTestId('heatmap-results');
  await expect.poll(() => entries(spread), { timeout: 5_000 }).toEqual([`${CORRIDORS}5 dots from 3 people`]);
  // Read from the heatmap, not ranked: no ranking, no rank numbers.
  expect(await panel.getByTestId('results-ranking').count()).toBe(0);
  expect(await panel.locator('.rank').count()).toBe(0);
  // The notes list says who is behind the count, and the board writes it under the note.
  await expect
    .poll(() => A.getByTestId('note-item').filter({ hasText: CORRIDORS }).textContent(), { timeout: 5_000 })
    .toContain('From 3 people');
  await expect.poll(() => paintedOn(A, 'ballots'), { timeout: 5_000 }).toBeGreaterThan(0);
  const projector = V.page.getByTestId('projector-ranking');
  await expect.poll(() => entries(projector), { timeout: 5_000 }).toEqual([`${CORRIDORS}5 dots from 3 people`]);
  expect(await projector.getByRole('heading').textContent()).toBe('Most dots');
  expect(await projector.locator('.projector-rank').count()).toBe(0);
});

test('a supervote: the decider accepts being named, votes, and the decisions come apart, with name and initials, and first in the report', async () => {
  const links = await boardWith('Decide', [CORRIDORS, RANGERS, LEDGER]);
  const boardId = /\/b\/([^#/]+)/.exec(links.facilitator)![1]!;
  const F = await participant();
  const A = await participant();
  const B = await participant();
  await openBoard(F.page, links.facilitator, 'Fatima (facilitator)');
  await openBoard(A.page, links.participant, 'Amina');
  await openBoard(B.page, links.participant, 'Boris');

  // The facilitator picks the supervote and names Amina, under the name her supervotes will carry.
  await openFacilitatorPanel(F.page);
  await controls(F.page).getByLabel('Vote: vote again on what is on the board').check();
  await controls(F.page).getByRole('radio', { name: 'Supervote', exact: true }).check();
  await controls(F.page).getByLabel('Supervotes per decider').fill('2');
  const deciders = controls(F.page).getByTestId('deciders');
  await deciders.getByLabel('Person').selectOption({ label: 'Amina' });
  await expect.poll(() => deciders.getByLabel('Name on their supervotes').inputValue()).toBe('Amina');
  await deciders.getByLabel('Name on their supervotes').fill('Amina Diallo');
  await deciders.getByRole('button', { name: 'Name as decider', exact: true }).click();
  await expect
    .poll(() => deciders.getByTestId('decider').textContent())
    .toContain('Amina Diallo (AD): waiting for their answer');

  // Before anything else, Amina is told what being a decider means, and says yes.
  const consent = A.page.getByRole('alertdialog', { name: 'You were named a decider' });
  await consent.waitFor({ timeout: 5_000 });
  expect(await consent.textContent()).toContain(
    'Your supervotes will show your name and initials to everyone on this board and in the report.',
  );
  expect(await B.page.getByRole('alertdialog').count()).toBe(0);
  await consent.getByRole('button', { name: 'Accept', exact: true }).click();
  await consent.waitFor({ state: 'detached', timeout: 5_000 });
  await expect.poll(() => deciders.getByTestId('decider').textContent()).toContain('Amina Diallo (AD): accepted');
  await saveScreenshot(F.page, 'decide-supervote-rules');

  await controls(F.page).getByRole('button', { name: 'Start round 1', exact: true }).click();
  await expectPhase(B.page, 'Vote');
  // Boris is no decider: no vote tool, a line saying the deciders vote, and list buttons that say why not.
  expect(await instruction(B.page)).toBe(
    'The deciders are voting. Their supervotes appear on the board, with their names, as they place them.',
  );
  expect(
    await B.page.getByRole('toolbar', { name: 'Tools' }).getByRole('button', { name: 'Vote', exact: true }).count(),
  ).toBe(0);
  await openNotesList(B.page);
  expect(await voteFor(B.page, LEDGER).getAttribute('aria-disabled')).toBe('true');
  expect(await B.page.getByTestId('notes-list-status').textContent()).toBe(
    'In a supervote only the deciders named by the facilitator vote, once they have accepted.',
  );

  expect(await instruction(A.page)).toBe(
    'You are a decider: place your 2 supervotes. Everyone sees them as you place them, with your name and initials.',
  );
  await openNotesList(A.page);
  await voteFor(A.page, LEDGER).click();
  await expect.poll(() => A.page.getByTestId('vote-budget').first().textContent()).toBe('1 of 2 supervotes left');
  // Her marker is on the board (the initials, apart from everyone's dots), for everyone as she places it: a
  // supervote is cast in the open.
  await expect.poll(() => paintedOn(A.page, 'ballots'), { timeout: 5_000 }).toBeGreaterThan(0);
  await expect.poll(() => paintedOn(B.page, 'ballots'), { timeout: 5_000 }).toBeGreaterThan(0);

  await showResults(F.page);
  await expectPhase(B.page, 'Results');
  const panel = await openResults(B.page);
  const decisions = panel.getByTestId('decisions');
  await expect
    .poll(() => entries(decisions.getByTestId('decision').getByRole('list')), { timeout: 5_000 })
    .toEqual([LEDGER]);
  expect(await decisions.getByRole('heading').textContent()).toBe('Decisions');
  expect(await decisions.textContent()).toContain('Amina Diallo (AD)');
  // Apart and first: the Decisions block is the panel's first result, and there is no dot ranking to mix it with.
  const firstResult = await panel.evaluate((element) =>
    element
      .querySelector('[data-testid="decisions"], [data-testid="results-ranking"], [data-testid="cluster-results"]')
      ?.getAttribute('data-testid'),
  );
  expect(firstResult).toBe('decisions');
  expect(await panel.getByTestId('results-ranking').count()).toBe(0);
  await expect.poll(() => paintedOn(B.page, 'ballots'), { timeout: 5_000 }).toBeGreaterThan(0);
  await saveScreenshot(B.page, 'decide-supervote-results');

  // The report names the decider, and puts the decisions before the rounds.
  const token = new URL(links.facilitator).hash.replace('#k=', '');
  const response = await fetch(new URL(`api/boards/${boardId}/report.md`, baseUrl), {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  const markdown = await response.text();
  const decisionsAt = markdown.indexOf('## Decisions');
  expect(decisionsAt).toBeGreaterThan(0);
  expect(decisionsAt).toBeLessThan(markdown.indexOf('## Round 1'));
  expect(markdown).toContain(`**Amina Diallo** (AD): ${LEDGER}`);
  // Only the decider is named: nobody else's name is in it.
  for (const name of ['Fatima', 'Boris']) expect(markdown).not.toContain(name);
});

test('an anonymous board with two voters gives the dots but never who is behind them', async () => {
  const links = await apiBoard(baseUrl, 'Anonymous dots', { anonymous: true });
  const F = await participant();
  const A = await participant();
  const B = await participant();
  const V = await participant();
  await F.page.goto(links.facilitator);
  await waitConnected(F.page);
  await addNote(F.page, CORRIDORS);
  await panBy(F.page, 260, 0);
  await addNote(F.page, RANGERS);
  for (const page of [A.page, B.page, V.page]) {
    await page.goto(page === V.page ? links.projector : links.participant);
    await waitConnected(page);
  }

  await startVote(F.page, 'Dot vote', async (rules) => {
    await rules.getByLabel('Dots per person').fill('2');
    await rules.getByLabel('Allow several dots on one note').check();
  });
  for (const page of [A.page, B.page]) {
    await expectPhase(page, 'Vote');
    await openNotesList(page);
    await voteFor(page, CORRIDORS).click();
    await expect.poll(() => page.getByTestId('board-canvas').getAttribute('data-private-dots')).toBe('1');
  }
  await voteFor(A.page, CORRIDORS).click();
  await expect.poll(() => A.page.getByTestId('board-canvas').getAttribute('data-private-dots')).toBe('2');
  await showResults(F.page);

  // Three dots, from two people: the count only, everywhere.
  const panel = await openResults(F.page);
  await expect
    .poll(() => entries(panel.getByTestId('results-ranking')), { timeout: 5_000 })
    .toEqual([`1${CORRIDORS}3 dots`]);
  await expect
    .poll(() => entries(V.page.getByTestId('projector-ranking')), { timeout: 5_000 })
    .toEqual([`1${CORRIDORS}3 dots`]);
  const item = B.page.getByTestId('note-item').filter({ hasText: CORRIDORS });
  await expect.poll(() => item.textContent(), { timeout: 5_000 }).toContain('3 votes');
  const projectorText = await V.page.getByTestId('projector-ranking').textContent();
  for (const text of [await panel.textContent(), await item.textContent(), projectorText]) {
    expect(text).not.toMatch(/from \d|From \d|2 people|2 supporters/);
  }
});

test('an agreement vote cast from the keyboard through the notes list, and each option’s distribution in the results', async () => {
  const links = await boardWith('Agreement', [CORRIDORS, RANGERS]);
  const F = await participant();
  const M = await participant();
  await openBoard(F.page, links.facilitator, 'Fatima (facilitator)');
  await openBoard(M.page, links.participant, 'Mariam');
  // Karim uses the keyboard only: he joins by typing his name, and the skip link has the focus.
  const K = await participant();
  const page = K.page;
  await page.goto(links.participant);
  await page.getByRole('textbox', { name: 'Your name as others will see it' }).waitFor();
  await page.keyboard.type('Karim');
  await page.keyboard.press('Enter');
  await waitConnected(page);

  await startVote(F.page, 'Agreement scale');
  await expectPhase(page, 'Vote');
  expect(await instruction(page)).toBe(
    'Rate each option: select a note on the board, or use the notes list. Nobody sees ratings until the results.',
  );
  // No dots to place in an agreement vote.
  expect(
    await page.getByRole('toolbar', { name: 'Tools' }).getByRole('button', { name: 'Vote', exact: true }).count(),
  ).toBe(0);

  const skip = page.getByRole('link', { name: 'Skip to the notes list' });
  await tabTo(page, skip);
  await page.keyboard.press('Enter');
  const agree = ratingOf(page, CORRIDORS).getByRole('button', { name: 'Agree', exact: true });
  await tabTo(page, agree);
  await page.keyboard.press('Enter');
  await expect.poll(() => agree.getAttribute('aria-pressed')).toBe('true');
  const unsure = ratingOf(page, RANGERS).getByRole('button', { name: 'Unsure / need more information', exact: true });
  await tabTo(page, unsure);
  await page.keyboard.press('Space');
  await expect.poll(() => unsure.getAttribute('aria-pressed')).toBe('true');
  // One rating per option: another replaces it, and the list counts options rated, not dots left.
  const disagree = ratingOf(page, RANGERS).getByRole('button', { name: 'Disagree', exact: true });
  await tabTo(page, disagree);
  await page.keyboard.press('Enter');
  await expect.poll(() => disagree.getAttribute('aria-pressed')).toBe('true');
  expect(await unsure.getAttribute('aria-pressed')).toBe('false');
  await expect
    .poll(() => page.getByTestId('notes-list-status').textContent())
    .toBe('Rate each option with the buttons under it. You rated 2 options.');

  await openNotesList(M.page);
  await ratingOf(M.page, CORRIDORS).getByRole('button', { name: 'Strongly agree', exact: true }).click();
  await ratingOf(M.page, RANGERS).getByRole('button', { name: 'Disagree', exact: true }).click();
  await expect.poll(() => M.page.getByTestId('board-canvas').getAttribute('data-private-dots')).toBe('2');

  await showResults(F.page);
  const panel = await openResults(F.page);
  const results = panel.getByTestId('agreement-results');
  // Most agreed first, each with its numbers in words beside the bar.
  await expect
    .poll(() => results.getByTestId('distribution').allTextContents(), { timeout: 5_000 })
    .toEqual(['Agree: 1, Strongly agree: 1', 'Disagree: 2']);
  const options = await results.getByTestId('agreement-result').allTextContents();
  expect(options.map((option) => option.startsWith(CORRIDORS))).toEqual([true, false]);
  // Karim hears it in the notes list too; no dot was drawn on anyone's board.
  await expect
    .poll(() => page.getByTestId('note-item').filter({ hasText: CORRIDORS }).textContent(), { timeout: 5_000 })
    .toContain('Agree: 1, Strongly agree: 1');
  expect(await paintedOn(F.page, 'dots')).toBe(0);
  await saveScreenshot(F.page, 'decide-agreement-results');
});
