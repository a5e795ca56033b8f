import { expect, inject, test } from 'vitest';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { saveScreenshot } from './support/artifacts';
import { peopleInChromium } from './support/people';
import { apiBoard } from './support/boards';
import {
  canvasBox,
  layerAlphaAround,
  layerStats,
  nextFrames,
  noteEditor,
  noteItem,
  noteItems,
  openBoard,
  PHONE,
  toolbar,
  votesLeft,
  zoomFactor,
} from './support/board-ui';

/**
 * A drop-in on a phone (390×844, touch, 3× pixels) next to a participant at a desktop: the phone layout's bars, tap
 * to add and to vote, bottom sheets, one-finger pan and two-finger pinch, all through real touch input in Chromium.
 */

const baseUrl = inject('baseUrl');

const { participant } = peopleInChromium();

/** The phone layout's bottom bar. */
function actionBar(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Board actions' });
}

function barButton(page: Page, name: string): Locator {
  return actionBar(page).getByRole('button', { name, exact: true });
}

/** Nothing on the page is wider than the phone: no sideways scrolling, and no zooming out to fit either. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(innerWidth).toBe(PHONE.viewport.width);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

async function heightOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element has no layout box');
  return box.height;
}

/** The number in "4 votes left". */
async function votesLeftCount(page: Page): Promise<number> {
  const match = /(\d+)/.exec(await votesLeft(page));
  if (!match?.[1]) throw new Error(`the votes left read "${await votesLeft(page)}"`);
  return Number(match[1]);
}

type Touch = { x: number; y: number };

/**
 * Real touch input (CDP): fingers go down at `from` (together, or one after the other if `staggered`), move in
 * steps to `to`, and lift together. Each event lists every finger on the screen, as CDP requires.
 */
async function touchGesture(
  cdp: CDPSession,
  from: readonly Touch[],
  to: readonly Touch[],
  { steps = 8, staggered = false } = {},
): Promise<void> {
  const at = (step: number) =>
    from.map((start, id) => {
      const end = to[id]!;
      return { id, x: start.x + ((end.x - start.x) * step) / steps, y: start.y + ((end.y - start.y) * step) / steps };
    });
  if (staggered) {
    for (let fingers = 1; fingers < from.length; fingers++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0).slice(0, fingers) });
    }
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= steps; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('a phone gets a bottom action bar, adds and votes by tapping, opens results as a sheet, pans and pinches', async () => {
  const links = await apiBoard(baseUrl, 'Sprint on a phone');
  const desk = await participant();
  const phone = await participant({ device: 'phone' });
  await openBoard(desk.page, links.participant, 'Dana at a desk');
  await openBoard(phone.page, links.participant, 'Pia on a phone');
  const page = phone.page;

  // The phone layout: no desktop toolbar, a bottom bar with the four actions, each at least 48 px high.
  await expect.poll(() => toolbar(page).count()).toBe(0);
  await actionBar(page).waitFor({ state: 'visible' });
  const targets = [
    barButton(page, 'Add note'),
    barButton(page, 'Vote'),
    actionBar(page).getByTestId('vote-budget'),
    barButton(page, 'Results'),
  ];
  for (const target of targets) {
    await target.waitFor({ state: 'visible' });
    expect(await heightOf(target)).toBeGreaterThanOrEqual(48);
  }
  expect(await votesLeftCount(page)).toBe(5);
  await expectNoSidewaysScroll(page);

  // The menu holds the rest, with large entries, and does not widen the page either.
  await page.getByRole('button', { name: 'Menu', exact: true }).tap();
  const people = page.getByRole('button', { name: 'People', exact: true });
  await people.waitFor({ state: 'visible' });
  expect(await heightOf(people)).toBeGreaterThanOrEqual(48);
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'phone-menu');
  await page.getByRole('button', { name: 'Menu', exact: true }).tap();
  await people.waitFor({ state: 'detached' });

  // Tap to add: "Add note", then a tap on the board puts a note there with its editor open.
  const box = await canvasBox(page);
  const spot = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
  await barButton(page, 'Add note').tap();
  await expect.poll(() => barButton(page, 'Add note').getAttribute('aria-pressed')).toBe('true');
  await page.touchscreen.tap(spot.x, spot.y);
  const editor = noteEditor(page);
  await editor.waitFor({ state: 'visible' });
  await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
  const editorBox = await editor.boundingBox();
  if (!editorBox) throw new Error('the note editor has no layout box');
  // The note is centred where the finger landed.
  expect(Math.abs(editorBox.x + editorBox.width / 2 - spot.x)).toBeLessThanOrEqual(2);
  expect(Math.abs(editorBox.y + editorBox.height / 2 - spot.y)).toBeLessThanOrEqual(2);
  await page.keyboard.type('Childcare at the venue');
  await saveScreenshot(page, 'phone-editing');
  // A tap on the empty board finishes editing.
  await page.touchscreen.tap(box.x + 30, box.y + 30);
  await editor.waitFor({ state: 'detached' });
  await expect.poll(() => barButton(page, 'Add note').getAttribute('aria-pressed')).toBe('false');
  await expect.poll(() => noteItems(desk.page)).toContain(noteItem('Childcare at the venue', 0));

  // Tap to vote: Vote, then a tap on the note places a dot there.
  await barButton(page, 'Vote').tap();
  await expect.poll(() => barButton(page, 'Vote').getAttribute('aria-pressed')).toBe('true');
  await expect.poll(() => actionBar(page).getByRole('status').textContent()).toContain('Tap a note to place a dot');
  await page.touchscreen.tap(spot.x, spot.y);
  await expect.poll(() => votesLeftCount(page)).toBe(4);
  await expect.poll(() => layerAlphaAround(page, 'dots', spot, 3)).toBeGreaterThan(200);
  await expect.poll(() => noteItems(desk.page)).toContain(noteItem('Childcare at the venue', 1));
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'phone-vote');

  // A tap on your own dot takes it back; a second tap on the note votes again.
  await page.touchscreen.tap(spot.x, spot.y);
  await expect.poll(() => votesLeftCount(page)).toBe(5);
  await expect.poll(() => noteItems(desk.page)).toContain(noteItem('Childcare at the venue', 0));
  await page.touchscreen.tap(spot.x, spot.y);
  await expect.poll(() => votesLeftCount(page)).toBe(4);
  await expect.poll(() => noteItems(desk.page)).toContain(noteItem('Childcare at the venue', 1));
  await barButton(page, 'Vote').tap();
  await expect.poll(() => barButton(page, 'Vote').getAttribute('aria-pressed')).toBe('false');

  // Results open as a full-width bottom sheet resting on the action bar, with a large close button.
  await barButton(page, 'Results').tap();
  const sheet = page.getByRole('complementary', { name: 'Results' });
  await sheet.waitFor({ state: 'visible' });
  await expect.poll(() => sheet.getByRole('listitem').first().textContent()).toContain('Childcare at the venue');
  const sheetBox = await sheet.boundingBox();
  const barBox = await actionBar(page).boundingBox();
  if (!sheetBox || !barBox) throw new Error('the results sheet or the action bar has no layout box');
  expect(sheetBox.x).toBe(0);
  expect(sheetBox.width).toBe(PHONE.viewport.width);
  expect(Math.abs(sheetBox.y + sheetBox.height - barBox.y)).toBeLessThanOrEqual(1);
  const close = sheet.getByRole('button', { name: 'Close results' });
  expect(await heightOf(close)).toBeGreaterThanOrEqual(48);
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'phone-results');
  await close.tap();
  await sheet.waitFor({ state: 'detached' });

  const cdp = await phone.context.newCDPSession(page);

  // One finger on the empty board pans it: the note moves with the finger.
  const before = await layerStats(page, 'notes');
  const finger = { x: box.x + 40, y: box.y + 60 };
  await touchGesture(cdp, [finger], [{ x: finger.x - 30, y: finger.y + 80 }]);
  await nextFrames(page);
  const panned = await layerStats(page, 'notes');
  if (!before.centroid || !panned.centroid) throw new Error('the note is not drawn');
  expect(panned.centroid.x - before.centroid.x).toBeCloseTo(-30, 0);
  expect(panned.centroid.y - before.centroid.y).toBeCloseTo(80, 0);

  // Two fingers moving apart on the note zoom the board by the ratio of their distances (here 1.5×) around their
  // midpoint: the note's centre stays under it. The finger that landed on the note does not drag it.
  const zoomBefore = await zoomFactor(page);
  const mid = panned.centroid;
  await touchGesture(
    cdp,
    [
      { x: mid.x - 50, y: mid.y },
      { x: mid.x + 50, y: mid.y },
    ],
    [
      { x: mid.x - 75, y: mid.y },
      { x: mid.x + 75, y: mid.y },
    ],
  );
  await nextFrames(page);
  await expect.poll(() => zoomFactor(page)).toBeCloseTo(zoomBefore * 1.5, 1);
  const pinched = await layerStats(page, 'notes');
  if (!pinched.centroid) throw new Error('the note is not drawn');
  expect(Math.abs(pinched.centroid.x - mid.x)).toBeLessThanOrEqual(2);
  expect(Math.abs(pinched.centroid.y - mid.y)).toBeLessThanOrEqual(2);
  expect(await votesLeftCount(page)).toBe(4);
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'phone-pinched');

  // In vote mode, fingers landing one after the other on the note and pinching in zoom out again and vote nowhere.
  await barButton(page, 'Vote').tap();
  await expect.poll(() => barButton(page, 'Vote').getAttribute('aria-pressed')).toBe('true');
  await touchGesture(
    cdp,
    [
      { x: mid.x - 75, y: mid.y + 40 },
      { x: mid.x + 75, y: mid.y + 40 },
    ],
    [
      { x: mid.x - 50, y: mid.y + 40 },
      { x: mid.x + 50, y: mid.y + 40 },
    ],
    { staggered: true },
  );
  await expect.poll(() => zoomFactor(page)).toBeCloseTo(zoomBefore, 1);
  await nextFrames(page);
  expect(await votesLeftCount(page)).toBe(4);
  await expect.poll(() => noteItems(desk.page)).toContain(noteItem('Childcare at the venue', 1));
});

test('the note editor stays in the part of the screen that is visible when the visible area shrinks', async () => {
  const links = await apiBoard(baseUrl, 'Typing on a phone');
  const phone = await participant({ device: 'phone' });
  await openBoard(phone.page, links.participant, 'Pia on a phone');
  const page = phone.page;

  // A note low on the screen, where an on-screen keyboard would cover it.
  const box = await canvasBox(page);
  await barButton(page, 'Add note').tap();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height - 140);
  const editor = noteEditor(page);
  await editor.waitFor({ state: 'visible' });
  await page.keyboard.type('Interpretation into Arabic');

  // Headless Chromium has no on-screen keyboard. What the app reacts to is the visual viewport shrinking, which
  // zooming the page in also does: only its top-left quarter stays visible.
  const cdp = await phone.context.newCDPSession(page);
  await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
  const inside = () =>
    editor.evaluate((element) => {
      const visual = window.visualViewport!;
      const rect = element.getBoundingClientRect();
      return (
        visual.width < window.innerWidth &&
        rect.top >= visual.offsetTop &&
        rect.left >= visual.offsetLeft &&
        rect.bottom <= visual.offsetTop + visual.height &&
        // A note wider than the visible area shows its start, where the text begins.
        (rect.right <= visual.offsetLeft + visual.width || rect.left <= visual.offsetLeft + 16)
      );
    });
  await expect.poll(inside).toBe(true);
  // Still typing into the same note, which everyone sees.
  await expect.poll(() => editor.evaluate((element) => element === document.activeElement)).toBe(true);
  await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1 });
  await expectNoSidewaysScroll(page);
  await expect.poll(() => noteItems(page)).toContain(noteItem('Interpretation into Arabic', 0));
});

test('a facilitator on a phone opens people and the facilitator panel from the menu, as bottom sheets', async () => {
  const links = await apiBoard(baseUrl, 'Facilitating from a phone');
  const phone = await participant({ device: 'phone' });
  await openBoard(phone.page, links.facilitator, 'Farah facilitating');
  const page = phone.page;
  const menu = page.getByRole('button', { name: 'Menu', exact: true });

  for (const { entry, heading, close } of [
    { entry: 'People', heading: 'People', close: 'Close people list' },
    { entry: 'Facilitate', heading: 'Facilitator', close: 'Close facilitator panel' },
  ]) {
    await menu.tap();
    await page.getByRole('button', { name: entry, exact: true }).tap();
    // Choosing an entry closes the menu and opens the sheet.
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    const sheet = page.getByRole('complementary', { name: heading });
    await sheet.waitFor({ state: 'visible' });
    const sheetBox = await sheet.boundingBox();
    if (!sheetBox) throw new Error(`the ${heading} sheet has no layout box`);
    expect(sheetBox.x).toBe(0);
    expect(sheetBox.width).toBe(PHONE.viewport.width);
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, `phone-${entry.toLowerCase()}`);
    const closeButton = sheet.getByRole('button', { name: close });
    expect(await heightOf(closeButton)).toBeGreaterThanOrEqual(48);
    await closeButton.tap();
    await sheet.waitFor({ state: 'detached' });
  }
});
