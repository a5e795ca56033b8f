import { readFile } from 'node:fs/promises';
import { afterEach, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildOutcome } from '../packages/board/src/report/build';
import { computeDecisions } from '../packages/board/src/tally/ballot-results';
import { computeTally } from '../packages/board/src/tally/compute';
import { saveScreenshot } from './support/artifacts';
import { addNote, noteItems, openBoard } from './support/board-ui';
import {
  controls,
  endRound,
  expectPhase,
  openFacilitatorPanel,
  openNotesList,
  startVote,
  voteFor,
} from './support/decide-ui';
import { peopleInChromium } from './support/people';
import { joinSynced, type SyncedClient } from './support/synced-client';
import { waitForNode } from './support/board-page';

/*
 * The acceptance as one story, in real Chromium against the real relay: an organiser creates an event with
 * three team boards; on one, the team writes and dot-votes (note-and-vote), a participant adds a sketch, and the
 * facilitator runs the decide sequence on it — a heat-map vote, a straw poll, a supervote by a decider who accepted —
 * and the combined report the organiser downloads shows that team's outcome: the decision first, each round's
 * numbers as the board's own tallies, who supported what as counts.
 */

const baseUrl = inject('baseUrl');
const { participant } = peopleInChromium();
const clients: SyncedClient[] = [];
afterEach(() => clients.splice(0).forEach((client) => client.close()));

const TEAMS = ['Cybercrime', 'Wildlife trafficking', 'Countering violent extremism'] as const;
const PORTAL = 'Shared portal for digital evidence';
const JUDGES = 'Training for judges';
const SKETCH = 'Sketch: Two pillars of the strategy';

interface EventAnswer {
  boards: { boardId: string; links: { facilitator: string; participant: string } }[];
}

const absolute = (link: string) => new URL(link, baseUrl).toString();

/** The facilitator moves the round on with the panel's "Next" button; everyone's banner follows. */
async function next(facilitator: Page, phase: string, everyone: Page[]): Promise<void> {
  await controls(facilitator)
    .getByRole('button', { name: `Next: ${phase}`, exact: true })
    .click();
  for (const page of everyone) await expectPhase(page, phase);
}

/** A small PNG (a drawing photographed flat), encoded by Chromium itself. */
async function drawing(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(300, 200);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, 300, 200);
    context.fillStyle = '#1f6feb';
    context.fillRect(40, 30, 80, 140);
    context.fillRect(180, 30, 80, 140);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  return Buffer.from(bytes);
}

test('an event of three teams: one team writes, votes and decides on a sketch; the combined report shows it', async () => {
  // The organiser creates the event on its page.
  const O = await participant();
  await O.page.goto(absolute('e'));
  await O.page.getByLabel('Event title').fill('Crime Congress sprint');
  await O.page.getByLabel('Teams, one per line').fill(TEAMS.join('\n'));
  await O.page.getByRole('button', { name: 'Create the event' }).click();
  await O.page.waitForURL(/\/e\/[\w-]+#k=o0\./, { timeout: 10_000 });
  await expect.poll(() => O.page.getByTestId('event-team').count(), { timeout: 10_000 }).toBe(3);
  const url = new URL(O.page.url());
  const token = new URLSearchParams(url.hash.slice(1)).get('k')!;
  const eventId = url.pathname.split('/')[2]!;
  const answer = (await (
    await fetch(absolute(`api/events/${eventId}`), { headers: { authorization: `Bearer ${token}` } })
  ).json()) as EventAnswer;
  const cyber = answer.boards[0]!;

  // The Cybercrime team: its facilitator and two participants, each in their own browser.
  const F = await participant();
  const A = await participant();
  const B = await participant();
  await openBoard(F.page, absolute(cyber.links.facilitator), 'Fatima (facilitator)');
  await openBoard(A.page, absolute(cyber.links.participant), 'Amina');
  await openBoard(B.page, absolute(cyber.links.participant), 'Boris');
  const team = [F.page, A.page, B.page];

  // Round 1, note-and-vote: silent writing, the reveal, a secret dot vote, the results.
  await openFacilitatorPanel(F.page);
  await controls(F.page).getByRole('button', { name: 'Start round 1', exact: true }).click();
  for (const page of team) await expectPhase(page, 'Write');
  await addNote(A.page, PORTAL);
  await addNote(B.page, JUDGES);
  await next(F.page, 'Reveal', team);
  for (const page of [A.page, B.page]) {
    await openNotesList(page);
    await expect.poll(() => noteItems(page), { timeout: 10_000 }).toHaveLength(2);
  }
  await next(F.page, 'Vote', team);
  await voteFor(A.page, PORTAL).click();
  await voteFor(A.page, JUDGES).click();
  await voteFor(B.page, PORTAL).click();
  await next(F.page, 'Results', team);
  await next(F.page, 'Discuss', team);
  await endRound(F.page);

  // Amina adds a sketch (a drawing of the strategy) and describes it.
  const chooser = A.page.waitForEvent('filechooser');
  await A.page.getByRole('toolbar', { name: 'Tools' }).getByRole('button', { name: 'Add sketch', exact: true }).click();
  await (await chooser).setFiles({ name: 'pillars.png', mimeType: 'image/png', buffer: await drawing(A.page) });
  const describe = A.page.getByRole('dialog', { name: 'Describe this sketch' });
  await describe.waitFor({ state: 'visible', timeout: 15_000 });
  await describe.getByRole('textbox', { name: 'Description (alt text)' }).fill('Two pillars of the strategy');
  await describe.getByRole('button', { name: 'Save description' }).click();
  await describe.waitFor({ state: 'detached' });
  const listsSketch = async (page: Page) => (await noteItems(page)).some((item) => item.startsWith(SKETCH));
  await expect.poll(() => listsSketch(B.page), { timeout: 10_000 }).toBe(true);

  // Round 2, heat-map vote without a limit: many dots on the sketch from Amina, one from Boris.
  await startVote(F.page, 'Heat-map vote', (rules) => rules.getByLabel('No limit').check(), 2);
  for (const page of team) await expectPhase(page, 'Vote');
  for (let i = 0; i < 3; i++) await voteFor(A.page, SKETCH).click();
  await voteFor(B.page, SKETCH).click();
  await voteFor(B.page, PORTAL).click();
  await next(F.page, 'Results', team);

  // Round 3, straw poll: one dot each.
  await endRound(F.page);
  await startVote(F.page, 'Straw poll', undefined, 3);
  for (const page of team) await expectPhase(page, 'Vote');
  await voteFor(A.page, SKETCH).click();
  await voteFor(B.page, SKETCH).click();
  await next(F.page, 'Results', team);

  // Round 4, supervote: the facilitator names Boris, who accepts, and decides for the sketch.
  await endRound(F.page);
  await openFacilitatorPanel(F.page);
  await controls(F.page).getByLabel('Vote: vote again on what is on the board').check();
  await controls(F.page).getByRole('radio', { name: 'Supervote', exact: true }).check();
  const deciders = controls(F.page).getByTestId('deciders');
  await deciders.getByLabel('Person').selectOption({ label: 'Boris' });
  await deciders.getByLabel('Name on their supervotes').fill('Boris Ivanov');
  await deciders.getByRole('button', { name: 'Name as decider', exact: true }).click();
  const consent = B.page.getByRole('alertdialog', { name: 'You were named a decider' });
  await consent.waitFor({ timeout: 5_000 });
  await consent.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect.poll(() => deciders.getByTestId('decider').textContent()).toContain('Boris Ivanov (BI): accepted');
  await controls(F.page).getByRole('button', { name: 'Start round 4', exact: true }).click();
  for (const page of team) await expectPhase(page, 'Vote');
  await voteFor(B.page, SKETCH).click();
  await next(F.page, 'Results', team);
  await saveScreenshot(F.page, 'event-sprint-results');

  // The board's own numbers, read by its facilitator's device.
  const board = await joinSynced(absolute(cyber.links.facilitator));
  clients.push(board);
  await waitForNode(
    () => buildOutcome(board.doc, { now: 0 }).rounds.at(-1)?.decisions.length === 1,
    10_000,
    'the supervote on the board',
  );
  expect(computeDecisions(board.doc).map((decision) => decision.name)).toEqual(['Boris Ivanov']);
  const outcome = buildOutcome(board.doc, { now: Date.now() });
  expect(outcome.rounds.map((round) => [round.number, round.ballot, round.participants, round.dots.total])).toEqual([
    [1, 'dots', 2, 3],
    [2, 'heatmap', 2, 5],
    [3, 'straw-poll', 2, 2],
    [4, 'supervote', 1, 1],
  ]);
  const heatmap = outcome.rounds[1]!;
  const sketchInHeatmap = heatmap.notes.find((note) => note.sketch)!;
  expect([sketchInHeatmap.dots, sketchInHeatmap.supporters]).toEqual([4, 2]);
  expect(computeTally(board.doc, { round: heatmap.id }).notes.get(sketchInHeatmap.id)).toEqual({ votes: 4, voters: 2 });

  // The combined report, downloaded from the organiser's page.
  const [download] = await Promise.all([
    O.page.waitForEvent('download', { timeout: 15_000 }),
    O.page.getByRole('button', { name: 'Download the combined report' }).click(),
  ]);
  const markdown = (await readFile(await download.path())).toString('utf8');
  expect(markdown).toContain('# Crime Congress sprint: combined outcome report');
  expect(markdown).toContain('- 3 team boards');
  // The decision, named by design, before the team's rounds.
  const decision = markdown.indexOf(`**Boris Ivanov** (BI): ${SKETCH}`);
  expect(decision).toBeGreaterThan(0);
  // Each team's results are its latest ranked vote of the whole team: for Cybercrime, the straw poll, as its board
  // counted it.
  const strawPoll = outcome.rounds[2]!;
  expect(markdown).toContain(`| Cybercrime | Round 3 | ${strawPoll.participants} | ${strawPoll.dots.total} | 3 |`);
  expect(markdown).toContain(`| 1 | ${SKETCH} | – | 2 | 2 |`);
  expect(markdown.indexOf(`| 1 | ${SKETCH} | – | 2 | 2 |`)).toBeGreaterThan(decision);
  expect(markdown).toContain('| Wildlife trafficking |');
  expect(markdown).toContain('| Countering violent extremism |');
  // Counts only: nobody but the decider is named.
  for (const name of ['Fatima', 'Amina']) expect(markdown).not.toContain(name);
});
