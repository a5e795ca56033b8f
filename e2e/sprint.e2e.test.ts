import { expect, inject, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { saveScreenshot } from './support/artifacts';
import { apiBoard } from './support/boards';
import { peopleInChromium } from './support/people';
import { addNoteAt, onPage, type BoardPoint } from './support/board-points';
import { readQr } from './support/qr';
import {
  connectionStatus,
  enterBoard,
  fitToContent,
  nextFrames,
  noteEditor,
  noteItem,
  noteItems,
  noteList,
  openBoard,
  selectTool,
  showHeatmap,
  tool,
  votesLeft,
  waitConnected,
} from './support/board-ui';

/*
 * A whole sprint round as the issue describes it, in one run: a facilitator at a laptop, a participant whose device
 * clock is 90 s fast, a participant on a phone, the projector on the big screen opened on the laptop's network
 * address (not localhost: an insecure origin, as on the venue Wi-Fi), and a drop-in who scans the projector's QR code
 * with a phone. Write keeps notes private until Reveal; the timebox shows the same time everywhere; notes are grouped
 * into a cluster; dots stay secret until Results; the tallies, the cluster's sum and the exported report agree with
 * the dots cast. The screenshots (sprint-*.png) illustrate the README's "Running a sprint" guide.
 */

const baseUrl = inject('baseUrl');
const LAN_HOST = 'notevote.test';
const { participant } = peopleInChromium([`--host-resolver-rules=MAP ${LAN_HOST} 127.0.0.1`]);
/** The relay as phones on the venue Wi-Fi reach it: a host name that is not localhost (so not a secure context). */
const lanOrigin = (() => {
  const url = new URL(baseUrl);
  return `http://${LAN_HOST}:${url.port}`;
})();
const onLan = (link: string) => {
  const url = new URL(link);
  return `${lanOrigin}${url.pathname}${url.hash}`;
};

const SKEW_MS = 90_000;
/** Makes the page's clock run 90 s fast, as on a phone whose clock is wrong (timers and performance.now untouched). */
const SKEWED_CLOCK = `(() => {
  const RealDate = Date;
  const skew = ${SKEW_MS};
  class SkewedDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(RealDate.now() + skew); else super(...args); }
    static now() { return RealDate.now() + skew; }
  }
  globalThis.Date = SkewedDate;
})();`;

// Everyone opens the board while it is empty, so every view is at 100 % with the board's origin at the canvas's
// top-left corner: a board point is the same offset into every canvas. Notes are 200 × 200, centred where added.
const NOTES = {
  evidence: { text: 'Shared standards for digital evidence', at: { x: 130, y: 150 } },
  victims: { text: 'Regional focal points for victims', at: { x: 380, y: 150 } },
  sources: { text: 'Safeguards for journalists’ sources', at: { x: 130, y: 400 } },
  openData: { text: 'Open data on wildlife seizures', at: { x: 130, y: 650 } },
} as const;

/** The phone layout's bottom bar. */
const barButton = (page: Page, name: string): Locator =>
  page.getByRole('navigation', { name: 'Board actions' }).getByRole('button', { name, exact: true });

/** A phone adds a note: Add note, a tap on the board, the text, and a tap on empty board to finish. */
async function tapNoteAt(page: Page, { text, at }: { text: string; at: BoardPoint }): Promise<void> {
  await barButton(page, 'Add note').tap();
  await expect.poll(() => barButton(page, 'Add note').getAttribute('aria-pressed')).toBe('true');
  const point = await onPage(page, at);
  await page.touchscreen.tap(point.x, point.y);
  const editor = noteEditor(page);
  await editor.waitFor({ state: 'visible', timeout: 5_000 });
  await expect.poll(() => editor.evaluate((element) => element === document.activeElement)).toBe(true);
  await page.keyboard.type(text);
  // A tap on empty board (clear of the notes and of the banners over the top of the canvas) finishes.
  const empty = await onPage(page, { x: 330, y: 250 });
  await page.touchscreen.tap(empty.x, empty.y);
  await editor.waitFor({ state: 'detached', timeout: 5_000 });
  await expect.poll(() => barButton(page, 'Add note').getAttribute('aria-pressed')).toBe('false');
}

/** For a screenshot: nothing selected, every note in view with room around it. */
async function frameTheBoard(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await fitToContent(page);
  await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
  await nextFrames(page);
}

const controls = (page: Page) => page.getByTestId('phase-controls');
const press = (page: Page, name: string) => controls(page).getByRole('button', { name, exact: true }).click();

async function expectPhase(page: Page, name: string): Promise<void> {
  await expect.poll(() => page.getByTestId('phase-name').first().textContent(), { timeout: 5_000 }).toBe(name);
}

/** The notes in the notes list ("<text> — <n> votes" once counts are visible), whether in a cluster or not. */
async function notesListed(page: Page): Promise<string[]> {
  return (await noteItems(page)).sort();
}

async function expectNotes(page: Page, expected: string[], timeout = 5_000): Promise<void> {
  await expect.poll(() => notesListed(page), { timeout }).toEqual([...expected].sort());
}

/** "2:59" → 179 seconds. */
function seconds(face: string | null): number {
  const match = /^(\d+):(\d\d)$/.exec((face ?? '').trim());
  if (!match) throw new Error(`the timer reads "${face}", expected m:ss`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Every page's timer (role="timer", in its phase banner), read as close together as possible. */
async function timersNow(pages: readonly Page[]): Promise<number[]> {
  const faces = await Promise.all(
    pages.map((page) => page.getByTestId('phase-banner').first().getByRole('timer').textContent()),
  );
  return faces.map(seconds);
}

/** Parses an RFC 4180 CSV (as report.csv writes it: a byte-order mark, CRLF lines, quoted cells). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

test(
  'a full round from one laptop: write, reveal, cluster, vote, results and the report, with a phone, a skewed clock, the projector and a drop-in who scans its QR code',
  { timeout: 240_000 },
  async () => {
    const links = await apiBoard(baseUrl, 'Wildlife trafficking strategy sprint');
    const boardId = /\/b\/([^#/]+)/.exec(links.facilitator)![1]!;
    const projectorToken = new URL(links.projector).hash.replace('#k=', '');

    const F = await participant();
    const A = await participant();
    await A.context.addInitScript(SKEWED_CLOCK);
    const P = await participant({ device: 'phone' });
    const V = await participant();
    await openBoard(F.page, links.facilitator, 'Fatima (facilitator)');
    await openBoard(A.page, links.participant, 'Amina');
    await openBoard(P.page, links.participant, 'Pablo');
    // The projector is opened on the laptop's network address, as the big screen's computer would.
    await V.page.goto(onLan(links.projector));
    await waitConnected(V.page);
    await V.page.getByTestId('projector-screen').waitFor();
    // Amina's device clock really is 90 s fast.
    const skew = (await A.page.evaluate(() => Date.now())) - Date.now();
    expect(Math.abs(skew - SKEW_MS)).toBeLessThan(2_000);

    // The facilitator starts round 1 at Write, with a 3-minute timebox.
    await F.page.getByRole('button', { name: 'Facilitate', exact: true }).click();
    await controls(F.page).waitFor({ state: 'visible', timeout: 5_000 });
    await controls(F.page).getByLabel('Round title (optional)').fill('Priorities for CITES CoP');
    await press(F.page, 'Start round 1');
    await press(F.page, '3 min');
    const screens = [F.page, A.page, P.page, V.page];
    for (const page of screens) await expectPhase(page, 'Write');

    // The same remaining time on every screen (±1 s), the skewed clock and the projector included.
    for (const page of screens) {
      await expect
        .poll(() => page.getByTestId('phase-banner').first().getByRole('timer').count(), { timeout: 5_000 })
        .toBe(1);
    }
    // The skewed device corrects its clock with the relay's (GET /api/time) as soon as it asks.
    await expect
      .poll(async () => Math.max(...(await timersNow(screens))) - Math.min(...(await timersNow(screens))), {
        timeout: 5_000,
      })
      .toBeLessThanOrEqual(1);
    const times = await timersNow(screens);
    expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(1);
    for (const value of times) expect(value).toBeGreaterThan(150);

    // The projector shows how to join: a QR code of the short join address, on the network address phones reach.
    const join = V.page.getByTestId('projector-join');
    await join.getByTestId('join-qr-code').waitFor({ timeout: 5_000 });
    const shown = (await join.getByTestId('join-qr-url').textContent())?.replace(/\s/g, '');
    const scanned = await readQr(join.getByTestId('join-qr-code'));
    expect(scanned).toMatch(new RegExp(`^${lanOrigin.replace(/\./g, '\\.')}/j/[A-Z0-9]{8}$`));
    expect(scanned).toBe(shown);
    await saveScreenshot(V.page, 'sprint-projector-write');

    // Write: each writes privately; nobody else sees a note, only how many are waiting.
    await addNoteAt(A.page, NOTES.evidence.at, NOTES.evidence.text);
    await addNoteAt(A.page, NOTES.victims.at, NOTES.victims.text);
    await tapNoteAt(P.page, NOTES.sources);
    // A drop-in scans the code with a phone: the address opens the board as a participant, on an insecure origin.
    const D = await participant({ device: 'phone' });
    await D.page.goto(scanned!);
    await D.page.waitForURL(/\/b\/[A-Za-z0-9_-]+#k=p/);
    expect(new URL(D.page.url()).origin).toBe(lanOrigin);
    expect(await D.page.evaluate(() => window.isSecureContext)).toBe(false);
    await enterBoard(D.page, 'Dana');
    await expectPhase(D.page, 'Write');
    await tapNoteAt(D.page, NOTES.openData);
    const privately = (...notes: Array<{ text: string }>) =>
      notes.map((note) => `${noteItem(note.text)} (private until revealed)`);
    await expectNotes(A.page, privately(NOTES.evidence, NOTES.victims));
    await expectNotes(P.page, privately(NOTES.sources));
    await expectNotes(D.page, privately(NOTES.openData));
    expect(await notesListed(F.page)).toEqual([]);
    expect(await notesListed(V.page)).toEqual([]);
    await expect
      .poll(() => F.page.getByTestId('phase-progress').textContent(), { timeout: 5_000 })
      .toBe('4 private notes from 3 of 3 people');
    await saveScreenshot(F.page, 'sprint-facilitator-write');
    await saveScreenshot(P.page, 'sprint-phone-write');

    // Reveal: every note appears on every screen at once.
    await press(F.page, 'Next: Reveal');
    const everyNote = Object.values(NOTES);
    for (const page of [...screens, D.page]) {
      await expectPhase(page, 'Reveal');
      await expectNotes(
        page,
        everyNote.map((note) => noteItem(note.text)),
      );
    }

    // Amina groups the two notes on evidence into a named cluster; everyone sees it.
    await A.page.keyboard.press('Escape');
    for (const [i, note] of [NOTES.evidence, NOTES.sources].entries()) {
      const point = await onPage(A.page, { x: note.at.x, y: note.at.y + 60 });
      if (i > 0) await A.page.keyboard.down('Shift');
      await A.page.mouse.click(point.x, point.y);
      if (i > 0) await A.page.keyboard.up('Shift');
    }
    await tool(A.page, 'Group').click();
    const nameEditor = A.page.getByRole('textbox', { name: 'Cluster name' });
    await nameEditor.waitFor({ timeout: 3_000 });
    await nameEditor.fill('Evidence and sources');
    await A.page.keyboard.press('Enter');
    await nameEditor.waitFor({ state: 'detached', timeout: 3_000 });
    const cluster = (page: Page) =>
      noteList(page).getByRole('listitem').filter({ hasText: 'Cluster: Evidence and sources' });
    for (const page of [F.page, P.page, V.page]) {
      await expect.poll(() => cluster(page).count(), { timeout: 5_000 }).toBe(2);
    }
    // (The facilitator's screen frames the board for the picture; the others keep their view, where they vote.)
    await frameTheBoard(F.page);
    await saveScreenshot(F.page, 'sprint-cluster');

    // Vote: three dots each, on notes only, secret until the results.
    await controls(F.page).getByLabel('Dots per person').fill('3');
    await controls(F.page).getByLabel('Notes only').check();
    await press(F.page, 'Next: Vote');
    for (const page of [...screens, D.page]) await expectPhase(page, 'Vote');

    // Amina votes with the mouse, Pablo and Dana by tapping on their phones.
    const votes: Array<[Page, Array<keyof typeof NOTES>, 'desktop' | 'phone']> = [
      [A.page, ['evidence', 'victims', 'sources'], 'desktop'],
      [P.page, ['evidence', 'openData'], 'phone'],
      [D.page, ['sources'], 'phone'],
    ];
    for (const [page, targets, device] of votes) {
      if (device === 'desktop') await selectTool(page, 'Vote');
      else await barButton(page, 'Vote').tap();
      for (const [i, key] of targets.entries()) {
        const point = await onPage(page, NOTES[key].at);
        if (device === 'desktop') await page.mouse.click(point.x, point.y);
        else await page.touchscreen.tap(point.x, point.y);
        // "2 of 3 votes left" on a desktop, "2 votes left" in a phone's bar.
        const left = new RegExp(`^${2 - i}( of 3)? votes? left$`);
        await expect.poll(() => votesLeft(page), { timeout: 3_000 }).toMatch(left);
      }
    }
    // Secret: the facilitator and the projector see no dot until the results; the facilitator sees how many voted.
    for (const page of [F.page, V.page]) {
      expect(await notesListed(page)).toEqual(everyNote.map((note) => noteItem(note.text)).sort());
    }
    await expect
      .poll(() => F.page.getByTestId('phase-progress').textContent(), { timeout: 5_000 })
      .toBe('3 of 3 have voted (6 dots)');
    await saveScreenshot(P.page, 'sprint-phone-vote');

    // Results: the dots appear everywhere at once, and every tally is the dots cast.
    await press(F.page, 'Next: Results');
    const expected = {
      evidence: 2,
      victims: 1,
      sources: 2,
      openData: 1,
    } satisfies Record<keyof typeof NOTES, number>;
    const tallies = (Object.keys(NOTES) as Array<keyof typeof NOTES>).map((key) =>
      noteItem(NOTES[key].text, expected[key]),
    );
    for (const page of [...screens, D.page]) {
      await expectPhase(page, 'Results');
      await expectNotes(page, tallies);
    }
    // The cluster's tally is the sum of its notes' dots; its supporters are the three distinct voters among them.
    await F.page.getByRole('button', { name: 'Results', exact: true }).click();
    const clusterEntry = F.page.getByTestId('cluster-result').filter({ hasText: 'Evidence and sources' });
    await expect
      .poll(() => clusterEntry.getByTestId('cluster-result-tally').textContent(), { timeout: 5_000 })
      .toMatch(/^4 votes · 3 supporters$/);
    // The projector shows the rankings in large type: the cluster with its supporters, then the notes.
    const clusterRanking = V.page.getByTestId('projector-cluster-ranking').getByRole('listitem');
    await expect
      .poll(async () => (await clusterRanking.allTextContents()).map((item) => item.replace(/\s+/g, ' ')), {
        timeout: 5_000,
      })
      .toEqual(['1Evidence and sources4 votes · 3 supporters']);
    const ranking = V.page.getByTestId('projector-ranking');
    await expect.poll(() => ranking.count(), { timeout: 5_000 }).toBe(1);
    const ranked = (await ranking.getByRole('listitem').allTextContents()).map((item) => item.replace(/\s+/g, ' '));
    expect(ranked.slice(0, 2).sort()).toEqual(
      [`1${NOTES.evidence.text}2 dots from 2 people`, `1${NOTES.sources.text}2 dots from 2 people`].sort(),
    );
    // The facilitator frames the board; the projector follows their view.
    await showHeatmap(F.page);
    await frameTheBoard(F.page);
    await saveScreenshot(F.page, 'sprint-results');
    await expect
      .poll(async () => (await V.page.getByTestId('board-canvas').getAttribute('data-view')) !== null, {
        timeout: 5_000,
      })
      .toBe(true);
    await V.page.waitForTimeout(1_500);
    await saveScreenshot(V.page, 'sprint-projector-results');

    // The outcome report agrees: the CSV row by row, the Markdown's cluster and notes.
    const auth = { authorization: `Bearer ${projectorToken}` };
    const csvResponse = await fetch(new URL(`api/boards/${boardId}/report.csv`, baseUrl), { headers: auth });
    expect(csvResponse.status).toBe(200);
    const [header, ...rows] = parseCsv(await csvResponse.text());
    expect(header).toEqual(['round', 'note_id', 'text', 'cluster', 'dots', 'supporters']);
    const byText = new Map(rows.map((row) => [row[2], row]));
    for (const key of Object.keys(NOTES) as Array<keyof typeof NOTES>) {
      const row = byText.get(NOTES[key].text);
      expect(row, NOTES[key].text).toBeDefined();
      expect(row![0]).toBe('1');
      expect(Number(row![4])).toBe(expected[key]);
      expect(Number(row![5])).toBe(expected[key]);
      expect(row![3]).toBe(key === 'evidence' || key === 'sources' ? 'Evidence and sources' : '');
    }
    const mdResponse = await fetch(new URL(`api/boards/${boardId}/report.md`, baseUrl), { headers: auth });
    expect(mdResponse.status).toBe(200);
    const markdown = await mdResponse.text();
    expect(markdown).toContain('Wildlife trafficking strategy sprint');
    expect(markdown).toContain('Priorities for CITES CoP');
    expect(markdown).toMatch(/Evidence and sources\s*\|\s*4\s*\|\s*3/);
    expect(markdown).toContain('data:image/png;base64,');
    // Counts only: no name appears anywhere in the report.
    for (const name of ['Fatima', 'Amina', 'Pablo', 'Dana']) expect(markdown).not.toContain(name);

    // Nobody was refused along the way.
    for (const page of [A.page, P.page, D.page]) {
      expect(await connectionStatus(page).textContent()).toContain('Connected');
    }
  },
);
