import { expect, inject, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { saveScreenshot } from './support/artifacts';
import { peopleInChromium } from './support/people';
import { apiBoard } from './support/boards';
import {
  addNote,
  canvasCenter,
  clickAt,
  connectionStatus,
  fitToContent,
  nextFrames,
  noteItem,
  noteItems,
  openBoard,
  panBy,
  selectTool,
  showHeatmap,
  tool,
  votesLeft,
  waitConnected,
  zoomFactor,
} from './support/board-ui';

/*
 * A sprint round as a facilitator and two participants run it, each in their own browser against the real relay:
 * the phase banner and the tools each phase leaves, silent writing until the reveal, secret dots until the results,
 * the timebox on every screen, and a change overtaken by the facilitator's next step reopening the board by itself.
 * The screenshots (phases-*.png) illustrate the README's "Running a sprint" guide.
 */

const baseUrl = inject('baseUrl');

const { participant } = peopleInChromium();

const banner = (page: Page) => page.getByTestId('phase-banner');
const controls = (page: Page) => page.getByTestId('phase-controls');
const notice = (page: Page) => page.getByTestId('notice');

/** Clicks one of the facilitator panel's buttons by its exact name. */
async function press(page: Page, name: string): Promise<void> {
  await controls(page).getByRole('button', { name, exact: true }).click();
}

async function expectPhase(page: Page, name: string): Promise<void> {
  await expect.poll(() => page.getByTestId('phase-name').textContent(), { timeout: 5_000 }).toBe(name);
}

async function expectNotes(page: Page, expected: string[], timeout = 5_000): Promise<void> {
  await expect.poll(async () => (await noteItems(page)).sort(), { timeout }).toEqual([...expected].sort());
}

/** The facilitator panel, opened from the top bar. */
async function openFacilitatorPanel(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Facilitate', exact: true }).click();
  await controls(page).waitFor({ state: 'visible', timeout: 5_000 });
}

/**
 * Adds notes where the view is panned to (offsets in screen px at 100% zoom, from where the view started), then pans
 * back. Each person's private notes are invisible to the others, so they must not land on the same spot.
 */
async function addNotesAt(page: Page, notes: ReadonlyArray<{ text: string; at: { x: number; y: number } }>) {
  let current = { x: 0, y: 0 };
  for (const { text, at } of notes) {
    await panBy(page, at.x - current.x, at.y - current.y);
    current = at;
    await addNote(page, text);
  }
  await panBy(page, -current.x, -current.y);
}

/** After "Fit to content", where each note (given by its offset at 100% zoom, as placed by addNotesAt) is on screen. */
async function centersAfterFit(page: Page, offsets: ReadonlyArray<{ x: number; y: number }>) {
  await fitToContent(page);
  const scale = await zoomFactor(page);
  const center = await canvasCenter(page);
  const xs = offsets.map((o) => o.x);
  const ys = offsets.map((o) => o.y);
  const mid = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  return offsets.map((o) => ({ x: center.x + (o.x - mid.x) * scale, y: center.y + (o.y - mid.y) * scale }));
}

/** For a screenshot: nothing selected, every note in view and clear of the banner at the top. */
async function frameTheBoard(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await fitToContent(page);
  await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
  await nextFrames(page);
}

/** "2:59" → 179 seconds. */
function seconds(face: string | null): number {
  const match = /^(\d+):(\d\d)$/.exec((face ?? '').trim());
  if (!match) throw new Error(`the timer reads "${face}", expected m:ss`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The banner's timer (role="timer") on each page, read as close together as possible. */
async function timersNow(pages: readonly Page[]): Promise<number[]> {
  const faces = await Promise.all(pages.map((page) => banner(page).getByRole('timer').textContent()));
  return faces.map(seconds);
}

const spread = (values: readonly number[]) => Math.max(...values) - Math.min(...values);

test('a round: Write keeps notes private, Reveal shows them all, Vote keeps dots secret until Results, whose tallies match the dots cast', async () => {
  const links = await apiBoard(baseUrl, 'Cybercrime strategy sprint');
  const F = await participant();
  const A = await participant();
  const B = await participant();
  await openBoard(F.page, links.facilitator, 'Fatima (facilitator)');
  await openBoard(A.page, links.participant, 'Amina');
  await openBoard(B.page, links.participant, 'Bruno');
  // The open board: no banner, every tool.
  expect(await banner(A.page).count()).toBe(0);
  expect(await tool(A.page, 'Vote').count()).toBe(1);

  await openFacilitatorPanel(F.page);
  await controls(F.page).getByLabel('Round title (optional)').fill('Priorities for the next two years');
  await press(F.page, 'Start round 1');

  // Write: everyone sees the phase; a participant's line tells them what to do; no vote tool.
  for (const page of [F.page, A.page, B.page]) await expectPhase(page, 'Write');
  expect(await A.page.getByTestId('phase-instruction').textContent()).toBe(
    'Write your ideas, one per note. Nobody sees them until the reveal.',
  );
  expect(await banner(A.page).textContent()).toContain('Round 1: Priorities for the next two years');
  for (const name of ['Vote', 'Heat-map vote']) expect(await tool(A.page, name).count(), name).toBe(0);
  expect(await tool(A.page, 'Add note').count()).toBe(1);

  const amina = [
    { text: 'Shared standards for digital evidence', at: { x: 0, y: 0 } },
    { text: 'Regional focal points for victims', at: { x: 250, y: 0 } },
  ];
  const bruno = [
    { text: 'Safeguards for journalists’ sources', at: { x: 0, y: 250 } },
    { text: 'Open data on seizures', at: { x: 250, y: 250 } },
  ];
  await addNotesAt(A.page, amina);
  await addNotesAt(B.page, bruno);
  // Counts are secret until Results: the list gives none.
  const privately = (notes: typeof amina) => notes.map((n) => `${noteItem(n.text)} (private until revealed)`);
  // Each sees only their own notes; the facilitator sees none of them, only how much is waiting.
  await expectNotes(A.page, privately(amina));
  await expectNotes(B.page, privately(bruno));
  expect(await noteItems(F.page)).toEqual([]);
  await expect.poll(() => F.page.getByTestId('phase-progress').count(), { timeout: 5_000 }).toBe(1);
  await saveScreenshot(F.page, 'phases-write-facilitator');
  await saveScreenshot(A.page, 'phases-write-participant');

  // Reveal: every note appears for everyone at once.
  await press(F.page, 'Next: Reveal');
  const all = [...amina, ...bruno];
  for (const page of [F.page, A.page, B.page]) {
    await expectPhase(page, 'Reveal');
    await expectNotes(
      page,
      all.map((n) => noteItem(n.text)),
    );
  }
  await frameTheBoard(B.page);
  await saveScreenshot(B.page, 'phases-reveal');

  // The vote's rules are chosen before Vote: three dots each, on notes only, one per note.
  await controls(F.page).getByLabel('Dots per person').fill('3');
  await controls(F.page).getByLabel('Notes only').check();
  await press(F.page, 'Next: Vote');
  for (const page of [F.page, A.page, B.page]) await expectPhase(page, 'Vote');
  expect(await A.page.getByTestId('phase-instruction').textContent()).toBe(
    'Place your 3 dots on notes. Nobody sees votes until the results.',
  );
  // Voting, on notes only: no note tools, no dots anywhere.
  for (const name of ['Add note', 'Heat-map vote']) expect(await tool(A.page, name).count(), name).toBe(0);

  const offsets = all.map((n) => n.at);
  const votes: Array<[Page, number[]]> = [
    [A.page, [0, 2]],
    [B.page, [0, 1]],
  ];
  for (const [page, targets] of votes) {
    const centers = await centersAfterFit(page, offsets);
    await selectTool(page, 'Vote');
    for (const [i, target] of targets.entries()) {
      await clickAt(page, centers[target]!);
      await expect.poll(() => votesLeft(page), { timeout: 3_000 }).toBe(`${2 - i} of 3 votes left`);
    }
    expect(await page.getByTestId('board-canvas').getAttribute('data-private-dots')).toBe(String(targets.length));
    await page.keyboard.press('Escape');
  }
  // Bruno is done and goes back to Select; Amina keeps the vote tool in hand.
  await selectTool(B.page, 'Select and move');
  // Secret: nobody's tally moves, and the results wait for the facilitator.
  for (const page of [F.page, A.page, B.page]) {
    expect(await noteItems(page)).toEqual(expect.arrayContaining(all.map((n) => noteItem(n.text))));
  }
  await B.page.getByRole('button', { name: 'Results', exact: true }).click();
  await expect
    .poll(() => B.page.getByTestId('results-hidden').textContent(), { timeout: 3_000 })
    .toBe('Results appear when the facilitator shows them.');
  await frameTheBoard(A.page);
  await saveScreenshot(A.page, 'phases-vote');

  // Results: the dots appear for everyone at once, and the tallies are the dots cast.
  await press(F.page, 'Next: Results');
  const tallies = [
    noteItem(all[0]!.text, 2),
    noteItem(all[1]!.text, 1),
    noteItem(all[2]!.text, 1),
    noteItem(all[3]!.text, 0),
  ];
  for (const page of [F.page, A.page, B.page]) {
    await expectPhase(page, 'Results');
    await expectNotes(page, tallies);
  }
  expect(await A.page.getByTestId('phase-instruction').textContent()).toBe('The votes are in.');
  // The vote tool Amina held is gone, and she is told so.
  await expect
    .poll(() => notice(A.page).textContent(), { timeout: 3_000 })
    .toBe('Voting is not open in this phase: back to Select and move.');
  expect(await tool(A.page, 'Select and move').getAttribute('aria-pressed')).toBe('true');
  const ranking = B.page.getByTestId('results-ranking').getByRole('listitem');
  await expect.poll(() => ranking.count(), { timeout: 3_000 }).toBe(3);
  expect(await ranking.first().textContent()).toContain(all[0]!.text);
  // The rounds list counts this round's people and dots.
  await expect
    .poll(() => B.page.getByTestId('results-round').locator('option:checked').textContent(), { timeout: 3_000 })
    .toBe('Round 1: 2 people, 4 dots');
  // Nobody was refused along the way, and the vote tool is gone again.
  for (const page of [A.page, B.page]) {
    expect(await connectionStatus(page).textContent()).toContain('Connected');
    expect(await tool(page, 'Vote').count()).toBe(0);
  }
  await showHeatmap(B.page);
  await frameTheBoard(B.page);
  await saveScreenshot(B.page, 'phases-results');
});

test('the timebox shows the same remaining time on every screen; +1 min extends it everywhere; pausing keeps it', async () => {
  const links = await apiBoard(baseUrl, 'Timed round');
  const F = await participant();
  const A = await participant();
  const P = await participant({ device: 'phone' });
  await openBoard(F.page, links.facilitator, 'Fatima');
  await openBoard(A.page, links.participant, 'Amina');
  await openBoard(P.page, links.participant, 'Pablo');
  const pages = [F.page, A.page, P.page];

  // The facilitator starts a round from the top bar's stepper, then a one-minute timebox from the panel.
  await F.page.getByTestId('phase-stepper').getByRole('button', { name: 'Start a round', exact: true }).click();
  for (const page of pages) await expectPhase(page, 'Write');
  await openFacilitatorPanel(F.page);
  await press(F.page, '1 min');
  for (const page of pages) {
    await expect.poll(() => banner(page).getByRole('timer').count(), { timeout: 5_000 }).toBe(1);
  }
  const started = await timersNow(pages);
  expect(spread(started)).toBeLessThanOrEqual(1);
  for (const value of started) expect(value).toBeGreaterThan(50);
  expect(await banner(A.page).getByRole('timer').getAttribute('aria-label')).toMatch(/^(1 minute|\d+ seconds?) left$/);
  expect(await banner(A.page).getByRole('timer').getAttribute('aria-live')).toBe('off');
  await saveScreenshot(P.page, 'phases-timer-phone');

  // One more minute, everywhere.
  await press(F.page, '+1 min');
  await expect.poll(async () => Math.min(...(await timersNow(pages))), { timeout: 5_000 }).toBeGreaterThan(100);
  expect(spread(await timersNow(pages))).toBeLessThanOrEqual(1);

  // Paused, the remaining time holds, on every screen.
  await press(F.page, 'Pause');
  for (const page of pages) {
    await expect
      .poll(() => banner(page).getByTestId('timer').getAttribute('data-state'), { timeout: 5_000 })
      .toBe('paused');
  }
  const paused = await timersNow(pages);
  expect(spread(paused)).toBe(0);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(await timersNow(pages)).toEqual(paused);
  expect(await banner(A.page).getByRole('timer').getAttribute('aria-label')).toMatch(/^Timer paused, /);

  // Resumed, it counts down from where it stopped.
  await press(F.page, 'Resume');
  for (const page of pages) {
    await expect
      .poll(() => banner(page).getByTestId('timer').getAttribute('data-state'), { timeout: 5_000 })
      .toBe('running');
  }
  const resumed = await timersNow(pages);
  expect(spread(resumed)).toBeLessThanOrEqual(1);
  for (const value of resumed) expect(value).toBeLessThanOrEqual(paused[0]!);

  // A custom timebox: a length it cannot read is refused with a hint; at zero every screen says time is up.
  const custom = controls(F.page).getByLabel('Custom length (minutes:seconds)');
  await custom.fill('four minutes');
  await press(F.page, 'Start');
  expect(await controls(F.page).getByText('Enter minutes and seconds, e.g. 4:30').count()).toBe(1);
  await custom.fill('0:02');
  await press(F.page, 'Start');
  for (const page of pages) {
    const timer = banner(page).getByTestId('timer');
    await expect.poll(() => timer.getAttribute('data-state'), { timeout: 10_000 }).toBe('expired');
    expect(await timer.getByRole('timer').getAttribute('aria-label')).toBe('Time’s up');
    expect(await timer.getByRole('timer').textContent()).toBe('0:00');
  }
  await saveScreenshot(A.page, 'phases-time-up');
});

test('a dot that arrives just after Results began reopens the participant’s board with a notice, not a dead screen', async () => {
  const links = await apiBoard(baseUrl, 'Late dot');
  const F = await participant();
  const A = await participant();
  await openBoard(F.page, links.facilitator, 'Fatima');
  await openBoard(A.page, links.participant, 'Amina');
  await addNote(F.page, 'Mutual legal assistance in 30 days');
  await expectNotes(A.page, [noteItem('Mutual legal assistance in 30 days', 0)]);

  // A round that votes again on what is on the board starts at Vote.
  await openFacilitatorPanel(F.page);
  await controls(F.page).getByLabel('Vote: vote again on what is on the board').check();
  await press(F.page, 'Start round 1');
  await expectPhase(A.page, 'Vote');
  await A.page.getByRole('button', { name: 'Fit to content', exact: true }).click();
  const onTheNote: Locator = A.page.getByTestId('board-canvas');
  await selectTool(A.page, 'Vote');

  // Amina's dot leaves her device while it is offline; meanwhile the facilitator shows the results.
  await A.context.setOffline(true);
  await expect.poll(() => connectionStatus(A.page).textContent(), { timeout: 5_000 }).toContain('Offline');
  await clickAt(A.page, await canvasCenter(A.page));
  await expect.poll(() => onTheNote.getAttribute('data-private-dots'), { timeout: 3_000 }).toBe('1');
  await press(F.page, 'Next: Results');
  await expectPhase(F.page, 'Results');

  // Back online, the relay refuses the late dot; the board reopens by itself and says why.
  await A.context.setOffline(false);
  await expect
    .poll(() => notice(A.page).textContent(), { timeout: 15_000 })
    .toContain('The facilitator moved the board on before your last change arrived');
  await waitConnected(A.page);
  await expectPhase(A.page, 'Results');
  expect(await A.page.getByRole('alert').count()).toBe(0);
  await expect.poll(() => onTheNote.getAttribute('data-private-dots'), { timeout: 5_000 }).toBe('0');
  await expectNotes(A.page, [noteItem('Mutual legal assistance in 30 days', 0)]);
  // The reopened board works: Amina can still look at the results.
  await A.page.getByRole('button', { name: 'Results', exact: true }).click();
  await expect.poll(() => A.page.getByTestId('results-round').count(), { timeout: 3_000 }).toBe(1);
});
