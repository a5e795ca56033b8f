import { readFile } from 'node:fs/promises';
import { afterEach, expect, inject, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { buildOutcome } from '../packages/board/src/report/build';
import { createNote, readNotes } from '../packages/board/src/doc/notes';
import { startRound } from '../packages/board/src/doc/phases';
import { castVote } from '../packages/board/src/doc/votes';
import { computeTally } from '../packages/board/src/tally/compute';
import type { OutcomeRound } from '../packages/board/src/report/types';
import { saveScreenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { waitForNode } from './support/board-page';
import { enterBoard } from './support/board-ui';
import { peopleInChromium } from './support/people';
import { readQr } from './support/qr';
import { joinSynced, type SyncedClient } from './support/synced-client';

/*
 * An event as a sprint runs it: the organiser creates it with three teams on the event page, people join one team's
 * board and the organiser's page shows them within seconds; the lounge screen's QR code opens the drop-in page, where
 * a phone picks another team and lands on its board; the combined report gives each team exactly its board's
 * tallies. Real relay, real Chromium.
 */

const baseUrl = inject('baseUrl');
const { participant } = peopleInChromium();
const clients: SyncedClient[] = [];
afterEach(() => clients.splice(0).forEach((client) => client.close()));

const TEAMS = ['Cybercrime', 'Wildlife trafficking', 'Countering violent extremism'] as const;

interface Team {
  boardId: string;
  links: { facilitator: string; participant: string; projector: string };
}
interface EventAnswer {
  eventId: string;
  origin: string;
  dropIn: { code: string; url: string };
  boards: Team[];
}

async function synced(link: string): Promise<SyncedClient> {
  const client = await joinSynced(new URL(link, baseUrl).toString());
  clients.push(client);
  return client;
}

const teamCard = (page: Page, title: string): Locator =>
  page.getByTestId('event-team').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

async function expectTeam(page: Page, title: string, online: string, phase: string): Promise<void> {
  const card = teamCard(page, title);
  // The page asks the relay every 3 s.
  await expect.poll(() => card.getByTestId('team-online').textContent(), { timeout: 10_000 }).toBe(online);
  await expect.poll(() => card.getByTestId('team-phase').textContent(), { timeout: 10_000 }).toBe(phase);
}

/** Checks a view with axe and names it in the failure, so a report says where the problem is. */
async function expectAccessible(page: Page, view: string): Promise<void> {
  expect({ view, violations: await seriousViolations(page) }).toEqual({ view, violations: [] });
}

/** Whether the page fits its width (no sideways scrolling), as on a 320 px phone. */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** The summary row and the top notes' rows the board's own outcome gives, as the combined report must print them. */
function expectedRows(title: string, round: OutcomeRound, noteCount: number): string[] {
  const label = round.number === null ? 'Outside rounds' : `Round ${round.number}`;
  return [
    `| ${title} | ${label} | ${round.participants} | ${round.dots.total} | ${noteCount} |`,
    ...round.notes
      .filter((note) => note.rank !== null)
      .map((note) => `| ${note.rank} | ${note.text} | – | ${note.dots} | ${note.supporters} |`),
  ];
}

test('an event of three teams: live counts, the lounge QR code to the drop-in page, a team picked, the combined report', async () => {
  // The organiser creates the event on its page.
  const O = await participant();
  await O.page.goto(new URL('e', baseUrl).toString());
  await O.page.getByLabel('Event title').fill('SOLVE 2018');
  await O.page.getByLabel('Teams, one per line').fill(`${TEAMS.join('\n')}\n`);
  await O.page.getByRole('button', { name: 'Create the event' }).click();
  await O.page.waitForURL(/\/e\/[\w-]+#k=o0\./, { timeout: 10_000 });
  await expect.poll(() => O.page.getByRole('heading', { level: 1 }).textContent()).toBe('SOLVE 2018');
  await expect.poll(() => O.page.getByTestId('event-team').count(), { timeout: 10_000 }).toBe(3);
  expect(await O.page.getByTestId('event-team').getByRole('heading').allTextContents()).toEqual([...TEAMS]);
  for (const title of TEAMS) await expectTeam(O.page, title, '0 people on the board', 'Phase: Open board');

  // What the page shows, as the API gives it with the organiser token in the page's fragment.
  const url = new URL(O.page.url());
  const token = new URLSearchParams(url.hash.slice(1)).get('k')!;
  const eventId = url.pathname.split('/')[2]!;
  const answer = (await (
    await fetch(new URL(`api/events/${eventId}`, baseUrl), { headers: { authorization: `Bearer ${token}` } })
  ).json()) as EventAnswer;
  const [cyber, wildlife, extremism] = answer.boards as [Team, Team, Team];
  // Each team's facilitator link, to hand out, on the address phones use.
  expect(await teamCard(O.page, 'Cybercrime').getByTestId('team-facilitator-link').inputValue()).toBe(
    new URL(cyber.links.facilitator, answer.origin).toString(),
  );

  // Three people on the Cybercrime board (two participants and its facilitator); its facilitator starts a round.
  const amina = await synced(cyber.links.participant);
  const bruno = await synced(cyber.links.participant);
  const cyberFacilitator = await synced(cyber.links.facilitator);
  await expectTeam(O.page, 'Cybercrime', '3 people on the board', 'Phase: Open board');
  await expectTeam(O.page, 'Wildlife trafficking', '0 people on the board', 'Phase: Open board');
  createNote(
    cyberFacilitator.doc,
    { x: 0, y: 0, text: 'Shared standards for digital evidence' },
    { authorId: cyberFacilitator.userId },
  );
  createNote(
    cyberFacilitator.doc,
    { x: 300, y: 0, text: 'Training for judges' },
    { authorId: cyberFacilitator.userId },
  );
  await waitForNode(() => readNotes(amina.doc).length === 2 && readNotes(bruno.doc).length === 2, 10_000, 'the notes');
  const idOf = (client: SyncedClient, text: string) => readNotes(client.doc).find((note) => note.text === text)!.id;
  for (const voter of [amina, bruno]) {
    expect(
      castVote(voter.doc, voter.userId, { noteId: idOf(voter, 'Shared standards for digital evidence'), x: 5, y: 5 })
        .ok,
    ).toBe(true);
  }
  expect(castVote(amina.doc, amina.userId, { noteId: idOf(amina, 'Training for judges'), x: 5, y: 5 }).ok).toBe(true);
  await waitForNode(() => computeTally(cyberFacilitator.doc, { round: null }).totalVotes === 3, 10_000, 'the dots');
  startRound(cyberFacilitator.doc, { title: 'Next steps', phase: 'write', now: Date.now() });
  await expectTeam(O.page, 'Cybercrime', '3 people on the board', 'Round 1: Write');
  await saveScreenshot(O.page, 'events-organiser');
  await expectAccessible(O.page, 'the organiser page');

  // The lounge screen: its QR code is the drop-in page's short address.
  const qr = await readQr(O.page.getByTestId('event-qr'));
  expect(qr).toBe(answer.dropIn.url);
  expect(qr).toBe(`${answer.origin}/d/${answer.dropIn.code.replace('-', '')}`);
  await O.page.getByRole('button', { name: 'Show on the lounge screen' }).click();
  const lounge = O.page.getByTestId('event-lounge');
  await lounge.waitFor();
  const loungeQr = lounge.getByTestId('join-qr-code');
  expect((await loungeQr.boundingBox())!.width).toBeGreaterThan(400);
  expect(await readQr(lounge.getByTestId('event-qr'))).toBe(answer.dropIn.url);
  await saveScreenshot(O.page, 'events-lounge');
  await expectAccessible(O.page, 'the lounge screen');
  await O.page.getByRole('button', { name: 'Back to the event page' }).click();
  await O.page.getByRole('heading', { name: 'Teams', exact: true }).waitFor();

  // A phone scans it, picks a team, and is on that team's board as a participant.
  const P = await participant({ device: 'phone' });
  await P.page.goto(qr!);
  await expect
    .poll(() => P.page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
    .toBe('SOLVE 2018');
  expect(await P.page.getByTestId('drop-in-teams').getByRole('link').allTextContents()).toEqual([...TEAMS]);
  await saveScreenshot(P.page, 'events-drop-in');
  await expectAccessible(P.page, 'the drop-in page');
  await P.page.getByRole('link', { name: 'Wildlife trafficking' }).click();
  await P.page.waitForURL((to) => to.pathname === `/b/${wildlife.boardId}` && /^#k=p\d+\./.test(to.hash));
  await enterBoard(P.page, 'Chen');
  await expectTeam(O.page, 'Wildlife trafficking', '1 person on the board', 'Phase: Open board');
  await expectTeam(O.page, 'Countering violent extremism', '0 people on the board', 'Phase: Open board');

  // The phone writes a note on its team's board and votes for it; another participant too.
  const wildFacilitator = await synced(wildlife.links.facilitator);
  const dara = await synced(wildlife.links.participant);
  createNote(dara.doc, { x: 0, y: 0, text: 'Open data on wildlife seizures' }, { authorId: dara.userId });
  await waitForNode(() => readNotes(wildFacilitator.doc).length === 1, 10_000, 'the wildlife note');
  const seizures = readNotes(dara.doc)[0]!.id;
  expect(castVote(dara.doc, dara.userId, { noteId: seizures, x: 1, y: 1 }).ok).toBe(true);
  expect(castVote(wildFacilitator.doc, wildFacilitator.userId, { noteId: seizures, x: 9, y: 9 }).ok).toBe(true);
  await waitForNode(() => computeTally(dara.doc, { round: null }).totalVotes === 2, 10_000, 'the wildlife dots');
  const extremismFacilitator = await synced(extremism.links.facilitator);

  // The combined report, downloaded from the organiser's page: each team's numbers are its board's own.
  const [download] = await Promise.all([
    O.page.waitForEvent('download', { timeout: 15_000 }),
    O.page.getByRole('button', { name: 'Download the combined report' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('SOLVE-2018-report.md');
  const markdown = (await readFile(await download.path())).toString('utf8');
  expect(markdown).toContain('# SOLVE 2018: combined outcome report');
  expect(markdown).toContain('- 3 team boards');
  const now = Date.now();
  for (const [title, client] of [
    ['Cybercrime', cyberFacilitator],
    ['Wildlife trafficking', wildFacilitator],
    ['Countering violent extremism', extremismFacilitator],
  ] as const) {
    const outcome = buildOutcome(client.doc, { now });
    const round = outcome.rounds.filter((entry) => entry.dots.total > 0).at(-1) ?? outcome.rounds.at(-1)!;
    const tally = computeTally(client.doc, { round: round.id });
    expect(round.participants).toBe(tally.voterCount);
    for (const row of expectedRows(title, round, outcome.noteCount)) expect(markdown, title).toContain(row);
  }
  expect(markdown).toContain('| Cybercrime | Outside rounds | 2 | 3 | 2 |');
  expect(markdown).toContain('| 1 | Shared standards for digital evidence | – | 2 | 2 |');
  expect(markdown).toContain('| 1 | Open data on wildlife seizures | – | 2 | 2 |');
  expect(markdown).toContain('## Countering violent extremism\n\nResults shown: Outside rounds.');
  expect(markdown).toContain('No dots on this board yet.');
  // Counts only: the phone's name is nowhere.
  expect(markdown).not.toContain('Chen');

  // The drop-in code leaked (a photo of the lounge screen online): the organiser replaces it. The old code opens
  // nothing any more, the page shows the new one, and the phone already on its team's board stays there.
  const oldCode = answer.dropIn.code.replace('-', '');
  O.page.once('dialog', (dialog) => void dialog.accept());
  await O.page.getByRole('button', { name: 'Replace the code', exact: true }).click();
  await expect.poll(() => readQr(O.page.getByTestId('event-qr')), { timeout: 10_000 }).not.toBe(qr);
  const newQr = (await readQr(O.page.getByTestId('event-qr')))!;
  expect(await O.page.getByTestId('event-notice').textContent()).toContain('The drop-in code was replaced');
  expect((await fetch(new URL(`api/drop-in/${oldCode}`, baseUrl))).status).toBe(404);
  const newCode = new URL(newQr).pathname.split('/').at(-1)!;
  expect((await fetch(new URL(`api/drop-in/${newCode}`, baseUrl))).status).toBe(200);
  // The phone, its facilitator and Dara are all still on the Wildlife trafficking board.
  await expectTeam(O.page, 'Wildlife trafficking', '3 people on the board', 'Phase: Open board');

  // Both pages fit a 320 px wide phone.
  await O.page.setViewportSize({ width: 320, height: 640 });
  await O.page.getByRole('heading', { name: 'Teams', exact: true }).waitFor();
  await expect.poll(() => fitsWidth(O.page)).toBe(true);
  await saveScreenshot(O.page, 'events-organiser-320');
  await P.page.setViewportSize({ width: 320, height: 640 });
  await P.page.goto(newQr);
  await P.page.getByTestId('drop-in-teams').waitFor();
  await expect.poll(() => fitsWidth(P.page)).toBe(true);
  // In Arabic the page reads right to left, and still fits.
  await P.page.getByTestId('language-menu').selectOption('ar');
  await expect.poll(() => P.page.getByRole('heading', { level: 2 }).textContent()).toBe('اختيار الفريق');
  expect(await P.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await expect.poll(() => fitsWidth(P.page)).toBe(true);
  await saveScreenshot(P.page, 'events-drop-in-ar');
});

test('a drop-in code that opens nothing says so, and the organiser page needs its own link', async () => {
  const P = await participant({ device: 'phone' });
  await P.page.goto(new URL('d/ZZZZ2222', baseUrl).toString());
  await expect
    .poll(() => P.page.getByRole('alert').textContent(), { timeout: 10_000 })
    .toContain('This code opens no event');

  // A board's facilitator link pasted onto the event's page opens nothing there.
  const created = await fetch(new URL('api/events', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Closing session', boards: ['Only team'] }),
  });
  const { eventId, boards } = (await created.json()) as EventAnswer;
  const boardToken = new URLSearchParams(boards[0]!.links.facilitator.split('#')[1]).get('k');
  const O = await participant();
  await O.page.goto(new URL(`e/${eventId}#k=${boardToken}`, baseUrl).toString());
  await expect
    .poll(() => O.page.getByRole('alert').textContent(), { timeout: 10_000 })
    .toContain('needs the event’s organiser link');
});
