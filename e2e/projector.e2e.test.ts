import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot } from './support/artifacts';
import { apiBoard } from './support/boards';
import { peopleInChromium } from './support/people';
import {
  addNote,
  canvasBox,
  canvasCenter,
  clickAt,
  connectionStatus,
  noteItem,
  noteItems,
  openBoard,
  selectTool,
  toolbar,
  waitConnected,
} from './support/board-ui';

/**
 * The big screen and following the facilitator, in real Chromium against the real relay: the projector link opens a
 * screen with nothing to click that follows what the facilitator shows; "Bring everyone to me" moves a participant's
 * view once; a participant may follow the facilitator and steps out by moving their own view.
 */

const baseUrl = inject('baseUrl');

const { participant } = peopleInChromium();

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The board rectangle a page's canvas shows (board units), as the canvas reports it. */
async function viewOf(page: Page): Promise<Rect> {
  const attribute = await page.getByTestId('board-canvas').getAttribute('data-view');
  const [x, y, width, height] = (attribute ?? '').split(' ').map(Number);
  if (![x, y, width, height].every((value) => Number.isFinite(value))) throw new Error(`data-view is "${attribute}"`);
  return { x: x!, y: y!, width: width!, height: height! };
}

/**
 * Whether `shown` shows all of `lead`, centred, as large as it fits (another screen shape shows more on two sides):
 * within 2% of the lead's size, for rounding and the last frame of a glide.
 */
function showsAllOf(shown: Rect, lead: Rect): boolean {
  const slack = 0.02 * Math.max(lead.width, lead.height);
  const centred =
    Math.abs(shown.x + shown.width / 2 - (lead.x + lead.width / 2)) <= slack &&
    Math.abs(shown.y + shown.height / 2 - (lead.y + lead.height / 2)) <= slack;
  const contains = shown.width >= lead.width - slack && shown.height >= lead.height - slack;
  const fits = Math.min(shown.width / lead.width, shown.height / lead.height) <= 1.02;
  return centred && contains && fits;
}

/** Waits until `follower` shows the facilitator's view. */
async function expectFollowing(follower: Page, facilitator: Page, what: string): Promise<void> {
  await expect
    .poll(async () => showsAllOf(await viewOf(follower), await viewOf(facilitator)), { timeout: 10_000, message: what })
    .toBe(true);
}

/** The view once it stops moving (a glide toward the facilitator's view ends with small steps). */
async function settledViewOf(page: Page): Promise<Rect> {
  let last = await viewOf(page);
  await expect
    .poll(
      async () => {
        const now = await viewOf(page);
        const same = JSON.stringify(now) === JSON.stringify(last);
        last = now;
        return same;
      },
      { timeout: 10_000, interval: 250 },
    )
    .toBe(true);
  return last;
}

/** Whether two views are the same but for a glide's last sub-pixel step (within 0.5 % of their size). */
function sameView(a: Rect, b: Rect): boolean {
  const slack = 0.005 * Math.max(b.width, b.height);
  return (
    Math.abs(a.x - b.x) <= slack &&
    Math.abs(a.y - b.y) <= slack &&
    Math.abs(a.width - b.width) <= slack &&
    Math.abs(a.height - b.height) <= slack
  );
}

/** Whether `follower` shows the facilitator's view now. */
async function isFollowing(follower: Page, facilitator: Page): Promise<boolean> {
  return showsAllOf(await viewOf(follower), await viewOf(facilitator));
}

/** Drags the board's background (its lower left corner, away from the notes): a pan. */
async function pan(page: Page, dx: number, dy: number): Promise<void> {
  const box = await canvasBox(page);
  const start = { x: box.x + 60, y: box.y + box.height - 60 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + dx, start.y + dy, { steps: 8 });
  await page.mouse.up();
}

async function zoomIn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
}

/** Lets a few hundred ms pass (for asserting that something did NOT happen). */
const pause = (ms = 600) => new Promise((resolve) => setTimeout(resolve, ms));

test('the projector shows a screen with nothing to click, in large type, following the facilitator unless freed', async () => {
  const title = 'Cybercrime sprint: plenary';
  const links = await apiBoard(baseUrl, title);
  const F = await participant();
  const A = await participant();
  const P = await participant();
  await openBoard(F.page, links.facilitator, 'Fatima');
  await addNote(F.page, 'Share seizure data');
  // Amina votes on it, so the projector has results to show.
  await openBoard(A.page, links.participant, 'Amina');
  await expect.poll(() => noteItems(A.page), { timeout: 5_000 }).toEqual([noteItem('Share seizure data', 0)]);
  await A.page.getByRole('button', { name: 'Fit to content', exact: true }).click();
  await selectTool(A.page, 'Vote');
  await clickAt(A.page, await canvasCenter(A.page));
  await expect.poll(() => noteItems(A.page), { timeout: 5_000 }).toEqual([noteItem('Share seizure data', 1)]);
  for (const text of ['Joint investigator training', 'Protect whistle-blowers']) await addNote(F.page, text);

  // Every title the screen shows from its first frame on, heading and tab alike: the room sees each of them.
  await P.page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { titlesShown: string[] }).titlesShown = seen;
    const record = () => {
      for (const text of [document.querySelector('h1')?.textContent ?? null, document.title]) {
        if (text !== null && !seen.includes(text)) seen.push(text);
      }
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
  });
  // The relay's answers reach the screen 0.8 s late, as over a lounge's Wi-Fi: long enough for it to render first.
  await P.page.routeWebSocket(/\/ws\//, (socket) => {
    const relay = socket.connectToServer();
    relay.onMessage((message) => void setTimeout(() => socket.send(message), 800));
  });
  await P.page.goto(links.projector);
  await waitConnected(P.page);
  const projector = P.page;
  await projector.getByTestId('projector-screen').waitFor();

  // Control-free: no toolbar, no buttons, no name dialog, no panels; the title in large type.
  expect(await toolbar(projector).count()).toBe(0);
  expect(await projector.getByRole('button').count()).toBe(0);
  expect(await projector.getByRole('dialog').count()).toBe(0);
  const heading = projector.getByRole('heading', { level: 1 });
  // Connected comes a moment before the board's content (its title) has arrived.
  await expect.poll(() => heading.textContent(), { timeout: 5_000 }).toBe(title);
  // Only the app's name (the page as served) and then the board's title: no "Untitled board" flashed before it.
  const titlesShown = await projector.evaluate(() => (window as unknown as { titlesShown: string[] }).titlesShown);
  expect(titlesShown.filter((text) => text !== '')).toEqual(['notevote', title, `${title} · notevote`]);
  const fontSize = await heading.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(40);
  // How to join from a phone: the QR code of the short join URL, and the URL and code in large type.
  await projector.getByTestId('projector-join').getByTestId('join-qr-code').waitFor({ timeout: 5_000 });
  expect(await projector.getByTestId('join-qr-url').textContent()).toMatch(/\/j\/[A-Z0-9]{8}$/);
  // 127.0.0.1 is a secure context: the screen is kept awake.
  const wakeLock = () => projector.getByTestId('projector-screen').getAttribute('data-wake-lock');
  await expect.poll(wakeLock, { timeout: 5_000 }).toBe('held');

  // The ranking in large type: rank, the note's words, its votes.
  const ranking = projector.getByTestId('projector-ranking');
  await expect.poll(() => ranking.count(), { timeout: 5_000 }).toBe(1);
  expect((await ranking.getByRole('listitem').allTextContents()).map((item) => item.replace(/\s+/g, ' '))).toEqual([
    '1Share seizure data1 dot from 1 person',
  ]);

  // Nothing can be edited: a double click or N adds no note.
  await expect.poll(() => noteItems(projector), { timeout: 5_000 }).toHaveLength(3);
  await projector.getByTestId('board-canvas').dblclick({ position: { x: 80, y: 80 } });
  await projector.keyboard.press('n');
  await pause(300);
  expect(await noteItems(projector)).toHaveLength(3);

  // It follows the facilitator's view: at first, after a pan, after a zoom.
  await expectFollowing(projector, F.page, 'the projector to show the facilitator’s view');
  await pan(F.page, -320, -180);
  await expectFollowing(projector, F.page, 'the projector to follow a pan');
  await zoomIn(F.page);
  await zoomIn(F.page);
  await expectFollowing(projector, F.page, 'the projector to follow a zoom');
  await saveScreenshot(projector, 'projector-following');
  await saveScreenshot(F.page, 'projector-facilitator-view');

  // Freed with its control (shown on mouse movement), it stays where it is; following again brings it back.
  const box = await canvasBox(projector);
  await projector.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const controls = projector.getByRole('toolbar', { name: 'Projector controls' });
  await controls.waitFor();
  await saveScreenshot(projector, 'projector-controls');
  await controls.getByRole('button', { name: 'Free view' }).click();
  const freed = await settledViewOf(projector);
  await pan(F.page, 400, 0);
  await pause();
  expect(sameView(await viewOf(projector), freed)).toBe(true);
  await controls.getByRole('button', { name: 'Follow the facilitator' }).click();
  await expectFollowing(projector, F.page, 'the projector to follow again');
  // The controls hide again a few seconds after the mouse left them, and nothing else changes.
  await projector.mouse.move(box.x + box.width / 2, box.y + box.height / 3, { steps: 3 });
  await controls.waitFor({ state: 'hidden', timeout: 6_000 });
  expect(await connectionStatus(projector).textContent()).toContain('Connected');
  expect(await ranking.count()).toBe(1);
});

test('"Bring everyone to me" moves a participant once; following keeps up; moving one’s own view steps out', async () => {
  const links = await apiBoard(baseUrl, 'Follow the facilitator');
  const F = await participant();
  const A = await participant();
  await openBoard(F.page, links.facilitator, 'Fatima');
  await addNote(F.page, 'Fund victim support services');
  await openBoard(A.page, links.participant, 'Amina');
  const amina = A.page;
  const follow = amina.getByRole('button', { name: 'Follow the facilitator' });
  await expect.poll(() => follow.isEnabled(), { timeout: 5_000 }).toBe(true);
  expect(await follow.getAttribute('aria-pressed')).toBe('false');

  // The facilitator looks elsewhere; Amina's view stays hers.
  await pan(F.page, -500, -250);
  await zoomIn(F.page);
  await pause();
  expect(await isFollowing(amina, F.page)).toBe(false);

  // A summon brings her there, once.
  await F.page.getByRole('button', { name: 'Bring everyone to me' }).click();
  await expectFollowing(amina, F.page, 'Amina to be brought to the facilitator’s view');
  await expect
    .poll(() => amina.getByTestId('notice').textContent(), { timeout: 5_000 })
    .toContain('The facilitator brought everyone to their view.');
  await saveScreenshot(amina, 'projector-summoned-participant');
  const broughtTo = await settledViewOf(amina);
  await pan(F.page, 300, 300);
  await pause();
  expect(sameView(await viewOf(amina), broughtTo)).toBe(true);
  expect(await follow.getAttribute('aria-pressed')).toBe('false');

  // Following: she keeps up with every move.
  await follow.click();
  expect(await follow.getAttribute('aria-pressed')).toBe('true');
  await expectFollowing(amina, F.page, 'Amina to follow');
  await pan(F.page, -200, 120);
  await expectFollowing(amina, F.page, 'Amina to follow a pan');
  await zoomIn(F.page);
  await expectFollowing(amina, F.page, 'Amina to follow a zoom');

  // She pans on her own: she stepped out, and the facilitator's moves no longer take her along.
  await pan(amina, 250, -100);
  const pill = amina.getByTestId('stepped-out');
  await pill.waitFor({ timeout: 5_000 });
  expect(await pill.textContent()).toContain('You stepped out');
  expect(await follow.getAttribute('aria-pressed')).toBe('false');
  const ownView = await viewOf(amina);
  await pan(F.page, 150, 150);
  await pause();
  expect(await viewOf(amina)).toEqual(ownView);
  await saveScreenshot(amina, 'projector-stepped-out');

  // "Follow again" takes her back.
  await pill.getByRole('button', { name: 'Follow again' }).click();
  await expectFollowing(amina, F.page, 'Amina to follow again');
  expect(await pill.count()).toBe(0);
  expect(await follow.getAttribute('aria-pressed')).toBe('true');
});

test('a summon made before someone joined does not move them', async () => {
  const links = await apiBoard(baseUrl, 'Late joiner');
  const F = await participant();
  await openBoard(F.page, links.facilitator, 'Fatima');
  await addNote(F.page, 'Map referral pathways');
  await pan(F.page, -400, -200);
  await F.page.getByRole('button', { name: 'Bring everyone to me' }).click();

  const B = await participant();
  await openBoard(B.page, links.participant, 'Bruno');
  await expect
    .poll(() => B.page.getByRole('button', { name: 'Follow the facilitator' }).isEnabled(), { timeout: 5_000 })
    .toBe(true);
  await pause();
  expect(await isFollowing(B.page, F.page)).toBe(false);
  // The next one does.
  await F.page.getByRole('button', { name: 'Bring everyone to me' }).click();
  await expectFollowing(B.page, F.page, 'Bruno to be brought by the next summon');
});
