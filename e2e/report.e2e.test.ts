import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { computeTally } from '../packages/board/src/tally/compute';
import { groupNotes } from '../packages/board/src/doc/clusters';
import { readNotes } from '../packages/board/src/doc/notes';
import { setPhase, startRound } from '../packages/board/src/doc/phases';
import { readRounds } from '../packages/board/src/doc/rounds';
import { readSettings } from '../packages/board/src/doc/board';
import { allVotes } from '../packages/board/src/doc/access';
import { csvCell } from '../packages/board/src/report/csv';
import { unionRects } from '../packages/board/src/geometry';
import type { Note } from '../packages/board/src/schema/types';
import { ARTIFACT_DIR, saveScreenshot } from './support/artifacts';
import { apiBoard } from './support/boards';
import { waitForNode } from './support/board-page';
import { peopleInChromium } from './support/people';
import { joinSynced, type SyncedClient } from './support/synced-client';
import {
  addNote,
  canvasCenter,
  clickAt,
  fitToContent,
  openBoard,
  selectTool,
  votesLeft,
  zoomFactor,
} from './support/board-ui';

/*
 * The outcome report in real Chromium against the real relay: a facilitator and a participant write notes and vote
 * in secret in a round (moved through its phases by a stock client, as the phase controls live elsewhere), the
 * reveal, then the facilitator downloads report.md, report.csv and the board as PNG from the panel. The numbers in
 * both files must be what the Results panel shows, and the board package's tally of the board.
 */

const baseUrl = inject('baseUrl');
const { participant } = peopleInChromium();
const clients: SyncedClient[] = [];
afterEach(() => clients.splice(0).forEach((client) => client.close()));

const TEXTS = {
  wells: 'Fund community wells',
  monitors: 'Train local water monitors',
  tariffs: 'Publish "water tariffs" | openly',
} as const;

/** Where a board point is on screen after "Fit to content" (which centres the notes' bounds). */
async function screenPointAfterFit(page: Page, notes: readonly Note[], point: { x: number; y: number }) {
  await fitToContent(page);
  const bounds = unionRects(notes)!;
  const scale = await zoomFactor(page);
  const center = await canvasCenter(page);
  return {
    x: center.x + (point.x - (bounds.x + bounds.width / 2)) * scale,
    y: center.y + (point.y - (bounds.y + bounds.height / 2)) * scale,
  };
}

/** Votes with clicks on notes (by text), each click `dx` board units from the note's centre. */
async function voteOn(page: Page, notes: readonly Note[], clicks: ReadonlyArray<[text: string, dx: number]>) {
  await selectTool(page, 'Vote');
  for (const [text, dx] of clicks) {
    const note = notes.find((each) => each.text === text)!;
    await clickAt(page, await screenPointAfterFit(page, notes, { x: note.x + note.width / 2 + dx, y: note.y + 100 }));
  }
}

/** The Results panel as data: rank, note text and votes of each entry. */
async function resultsShown(page: Page): Promise<Array<{ rank: number; text: string; votes: number }>> {
  return page.$$eval('[data-testid="results-ranking"] > li', (items) =>
    items.map((item) => ({
      rank: Number(item.querySelector('.rank')?.textContent),
      text: item.querySelector('button')?.textContent ?? '',
      votes: Number(/\d+/.exec(item.querySelector('.result-votes')?.textContent ?? '')?.[0]),
    })),
  );
}

/** Clicks a button of the facilitator panel that downloads a file; resolves with the file's name and bytes. */
async function download(page: Page, name: string): Promise<{ filename: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  const path = await file.path();
  return { filename: file.suggestedFilename(), bytes: await readFile(path) };
}

/** Markdown's escaping undone, for comparing a table cell with a note's text. */
const unescapeMarkdown = (text: string) => text.replace(/\\(.)/g, '$1');

test('the report and the table match the Results panel and the tally; the board saves as a PNG', async () => {
  const links = await apiBoard(baseUrl, 'Clean water: <Nairobi> sprint');
  const F = await participant();
  const A = await participant();
  await openBoard(F.page, links.facilitator, 'Fatou');
  await openBoard(A.page, links.participant, 'Amina');
  await addNote(F.page, TEXTS.wells);
  await addNote(F.page, TEXTS.monitors);
  await addNote(A.page, TEXTS.tariffs);

  // The facilitator's stock client groups two notes and starts a round at its secret vote.
  const board = await joinSynced(links.facilitator);
  clients.push(board);
  await waitForNode(() => readNotes(board.doc).length === 3, 10_000, 'the three notes');
  const notes = readNotes(board.doc);
  const idOf = (text: string) => notes.find((note) => note.text === text)!.id;
  groupNotes(board.doc, [idOf(TEXTS.wells), idOf(TEXTS.monitors)], 'Local action');
  startRound(board.doc, { title: 'First vote', phase: 'vote', votesPerPerson: 3, allowStacking: true });

  await expect.poll(() => votesLeft(A.page), { timeout: 5_000 }).toBe('3 of 3 votes left');
  await voteOn(A.page, notes, [
    [TEXTS.wells, -40],
    [TEXTS.wells, 40],
    [TEXTS.monitors, 0],
  ]);
  await expect.poll(() => votesLeft(A.page), { timeout: 5_000 }).toBe('0 of 3 votes left');
  await voteOn(F.page, notes, [
    [TEXTS.wells, 0],
    [TEXTS.tariffs, 0],
  ]);
  await expect.poll(() => votesLeft(F.page), { timeout: 5_000 }).toBe('1 of 3 votes left');
  // Secret: nothing on the board yet.
  expect([...allVotes(board.doc)]).toHaveLength(0);

  // Results: the relay reveals the five dots.
  setPhase(board.doc, 'results');
  await waitForNode(() => [...allVotes(board.doc)].length === 5, 10_000, 'the reveal of five dots');
  const round = readRounds(board.doc)[0]!;
  const tally = computeTally(board.doc, { round: round.id });

  await F.page.getByRole('button', { name: 'Results', exact: true }).click();
  await expect.poll(async () => (await resultsShown(F.page)).length, { timeout: 5_000 }).toBe(3);
  const shown = await resultsShown(F.page);
  expect(shown.map((entry) => entry.votes)).toEqual(tally.ranking.map((entry) => entry.votes));

  await F.page.getByRole('button', { name: 'Facilitate', exact: true }).click();
  const section = F.page.getByRole('region', { name: 'Outcome report' });
  await section.scrollIntoViewIfNeeded();
  await saveScreenshot(F.page, 'report-section');

  // report.md: the ranked notes table is the Results panel, row for row, and the tally's supporters.
  const md = await download(F.page, 'Download report (Markdown)');
  expect(md.filename).toBe('Clean-water-Nairobi-sprint-report.md');
  const markdown = md.bytes.toString('utf8');
  expect(markdown).toContain('# Clean water: \\<Nairobi\\> sprint: outcome report');
  expect(markdown).toContain('## Round 1: First vote (in progress)');
  expect(markdown).toContain(`**2 people** voted, **5 dots** (5 on notes).`);
  expect(markdown).toMatch(/!\[Heatmap of the dots of Round 1: First vote\]\(data:image\/png;base64,/);
  const notesTable = markdown
    .slice(markdown.indexOf('### Notes'))
    .split('\n')
    .filter((line) => /^\| \d/.test(line))
    .map((line) => line.slice(2, -2).split(/(?<!\\) \| /));
  expect(
    notesTable.map((row) => ({ rank: Number(row[0]), text: unescapeMarkdown(row[1]!), votes: Number(row[3]) })),
  ).toEqual(shown);
  expect(notesTable.map((row) => Number(row[4]))).toEqual(tally.ranking.map((entry) => entry.voters));
  const cluster = [...tally.clusters.values()][0]!;
  expect(markdown).toContain(`| 1 | Local action | ${cluster.votes} | ${cluster.voters} | 2 |`);
  // Counts only: nobody's name.
  for (const name of ['Fatou', 'Amina']) expect(markdown).not.toContain(name);

  // report.csv: one row per note of the round, the same numbers.
  const csv = await download(F.page, 'Download table (CSV)');
  expect(csv.filename).toBe('Clean-water-Nairobi-sprint-report.csv');
  const lines = csv.bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe('round,note_id,text,cluster,dots,supporters');
  const rows = lines.slice(1).map((line) => /^(\d*),('?[\w-]+),(.*),(.*?),(\d+),(\d+)$/.exec(line)!);
  expect(rows).toHaveLength(3);
  for (const entry of shown) {
    const id = idOf(entry.text);
    // A random id that starts with '-' is written behind an apostrophe, like any would-be formula.
    const row = rows.find((match) => match[2] === csvCell(id))!;
    expect(row[1]).toBe('1');
    expect([Number(row[5]), Number(row[6])]).toEqual([entry.votes, tally.notes.get(id)!.voters]);
  }
  expect(rows.find((match) => match[2] === csvCell(idOf(TEXTS.tariffs)))![3]).toBe(
    '"Publish ""water tariffs"" | openly"',
  );
  for (const name of ['Fatou', 'Amina']) expect(csv.bytes.toString('utf8')).not.toContain(name);

  // The board as a picture: a PNG, larger than the screen, and the view is put back as it was.
  const zoomBefore = await zoomFactor(F.page);
  const png = await download(F.page, 'Save board as PNG');
  expect(png.filename).toBe('Clean-water-Nairobi-sprint-board.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(png.bytes.toString('latin1', 12, 16)).toBe('IHDR');
  const width = png.bytes.readUInt32BE(16);
  const height = png.bytes.readUInt32BE(20);
  expect(Math.max(width, height)).toBeGreaterThan(1280);
  expect(Math.min(width, height)).toBeGreaterThan(0);
  expect(await zoomFactor(F.page)).toBe(zoomBefore);
  // Kept with the screenshots, to look at.
  await mkdir(ARTIFACT_DIR, { recursive: true });
  await writeFile(path.join(ARTIFACT_DIR, 'report-board.png'), png.bytes);
  await writeFile(path.join(ARTIFACT_DIR, 'report.md'), markdown);
});

test('a facilitator who sets the report language to French downloads the report and the table in French', async () => {
  const links = await apiBoard(baseUrl, 'Eau potable');
  const F = await participant();
  await openBoard(F.page, links.facilitator, 'Fatou');
  await addNote(F.page, 'Puits communautaires');

  await F.page.getByRole('button', { name: 'Facilitate', exact: true }).click();
  const setting = F.page.getByLabel('Report language');
  await setting.scrollIntoViewIfNeeded();
  // Each language by its own name, the board's (English, as created through the API) chosen.
  expect(await setting.locator('option').allTextContents()).toEqual([
    'العربية',
    '中文',
    'English',
    'Français',
    'Русский',
    'Español',
  ]);
  expect(await setting.inputValue()).toBe('en');
  await setting.selectOption({ label: 'Français' });

  // It is the board's setting, in the document everyone shares.
  const board = await joinSynced(links.facilitator);
  clients.push(board);
  await waitForNode(() => readSettings(board.doc).language === 'fr', 10_000, 'the board language');

  const md = (await download(F.page, 'Download report (Markdown)')).bytes.toString('utf8');
  expect(md).toContain('# Eau potable\u00a0: rapport sur les résultats');
  expect(md).toContain('- 1 note sur le tableau');
  expect(md).toContain('Hors des tours');
  expect(md).not.toContain('outcome report');
  const csv = (await download(F.page, 'Download table (CSV)')).bytes.toString('utf8');
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('tour,id_note,texte,groupe,gommettes,votants');
  // The panel itself stays in the language of the page.
  expect(await setting.inputValue()).toBe('fr');
  await expect.poll(() => F.page.getByRole('region', { name: 'Outcome report' }).isVisible()).toBe(true);
});
