import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot } from './support/artifacts';
import type { Participant } from './support/board-page';
import { peopleInChromium } from './support/people';
import { apiBoard as createApiBoard } from './support/boards';
import {
  addNote,
  canvasBox,
  enterBoard,
  canvasCenter,
  clickAt,
  connectionStatus,
  finishEditing,
  fitToContent,
  layerAlphaAround,
  layerStats,
  nextFrames,
  noteEditor,
  noteItem,
  noteItems,
  openBoard,
  panBy,
  selectTool,
  showHeatmap,
  tool,
  toolbar,
  VIEWPORT,
  votesLeft,
  waitConnected,
  zoomFactor,
} from './support/board-ui';

/**
 * The board as people use it: two browser contexts are two people on two devices, connected only through the real
 * relay. Assertions read the accessible note list (text and tally) rather than canvas pixels, except where pixels are
 * the point (the heatmap, where a dot is drawn).
 */

const baseUrl = inject('baseUrl');

const { participant } = peopleInChromium();

/** A board created from the start page with a title, as a facilitator would; returns the facilitator's URL. */
async function createBoard(page: Page, title: string): Promise<string> {
  await page.goto(baseUrl);
  await page.getByLabel('Board title').fill(title);
  await page.getByRole('button', { name: 'Create a board' }).click();
  // The creator lands on the facilitator link: the capability travels in the fragment, never to the server.
  await page.waitForURL(/\/b\/[A-Za-z0-9_-]+#k=f/);
  return page.url();
}

/** The participant link, as a facilitator copies it from the facilitator panel. */
async function participantLinkFromPanel(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Facilitate', exact: true }).click();
  const field = page.getByTestId('participant-link');
  await expect.poll(() => field.inputValue(), { timeout: 5_000 }).toMatch(/\/b\/[A-Za-z0-9_-]+#k=p/);
  const link = await field.inputValue();
  await page.getByRole('button', { name: 'Close facilitator panel' }).click();
  return link;
}

/** A board created through the API (as the start page does), with its three absolute links. */
const apiBoard = (title: string) => createApiBoard(baseUrl, title);

/** Two people on one fresh board, both joined and connected. */
async function twoOnOneBoard(): Promise<{ a: Page; b: Page; contextA: Participant['context']; url: string }> {
  const A = await participant();
  const B = await participant();
  const links = await apiBoard('Two people');
  await openBoard(A.page, links.facilitator, 'Amina');
  await openBoard(B.page, links.participant, 'Bruno');
  return { a: A.page, b: B.page, contextA: A.context, url: links.participant };
}

/** Polls a page's note list until it satisfies `check`. */
async function expectItems(page: Page, check: (items: string[]) => void, timeout = 5_000): Promise<void> {
  await expect
    .poll(
      async () => {
        const items = await noteItems(page);
        try {
          check(items);
          return true;
        } catch {
          return items;
        }
      },
      { timeout, interval: 50 },
    )
    .toBe(true);
}

/** Screen position (page CSS px) of a note's centre, from where it was created relative to the first note. */
interface Layout {
  /** Pan offset (screen px at zoom `scale`) of each note's centre from the first note's centre. */
  offsets: Array<{ x: number; y: number }>;
  scale: number;
}

/**
 * Adds notes side by side: each "Add note" lands at the centre of the view, so the view is panned with the mouse
 * wheel between notes. Returns where each note sits relative to the first.
 */
async function addNotesInGrid(page: Page, texts: readonly string[], columns: number, spacing = 250): Promise<Layout> {
  const scale = await zoomFactor(page);
  const offsets: Array<{ x: number; y: number }> = [];
  let current = { x: 0, y: 0 };
  for (const [i, text] of texts.entries()) {
    const target = { x: (i % columns) * spacing, y: Math.floor(i / columns) * spacing };
    if (target.x !== current.x || target.y !== current.y) {
      await panBy(page, target.x - current.x, target.y - current.y);
      current = target;
    }
    offsets.push(target);
    await addNote(page, text);
  }
  return { offsets, scale };
}

/** After "Fit to content", where each note of a grid layout is on screen. */
async function noteCentersAfterFit(page: Page, layout: Layout): Promise<Array<{ x: number; y: number }>> {
  await fitToContent(page);
  const scale = await zoomFactor(page);
  const center = await canvasCenter(page);
  const xs = layout.offsets.map((o) => o.x);
  const ys = layout.offsets.map((o) => o.y);
  const mid = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  const factor = scale / layout.scale;
  return layout.offsets.map((o) => ({ x: center.x + (o.x - mid.x) * factor, y: center.y + (o.y - mid.y) * factor }));
}

/** Sets this device's person colour before the app first picks one at random. */
async function preferColor({ context }: Participant, color: string): Promise<void> {
  await context.addInitScript((chosen) => {
    if (!localStorage.getItem('notevote.color')) localStorage.setItem('notevote.color', chosen);
  }, color);
}

/** Every control of the UI contract is there under its exact accessible name. */
async function expectBoardControls(page: Page): Promise<void> {
  for (const name of ['Select and move', 'Vote', 'Heat-map vote', 'Heatmap']) {
    expect(await tool(page, name).getAttribute('aria-pressed'), name).toMatch(/^(true|false)$/);
  }
  expect(await tool(page, 'Select and move').getAttribute('aria-pressed')).toBe('true');
  for (const name of ['Add note', 'Undo', 'Redo', 'Delete', 'Keyboard shortcuts']) {
    expect(await tool(page, name).count(), name).toBe(1);
  }
  expect(await toolbar(page).getByRole('slider', { name: 'Heatmap opacity' }).count()).toBe(1);
  for (const name of ['Results', 'People', 'Zoom in', 'Zoom out', 'Fit to content']) {
    expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
  }
  expect(await page.getByTestId('zoom-level').textContent()).toMatch(/^\d+%$/);
  expect(await votesLeft(page)).toBe('5 of 5 votes left');
}

const offset = (p: { x: number; y: number }, dx: number, dy: number) => ({ x: p.x + dx, y: p.y + dy });

test('a note typed by one person appears for another within 2 s', async () => {
  const A = await participant();
  const B = await participant();
  const url = await createBoard(A.page, 'Crime prevention strategy sprint');
  expect(new URL(url).hash).toMatch(/^#k=f/);
  await enterBoard(A.page, 'Amina');
  await expect
    .poll(() => A.page.getByRole('heading', { name: 'Crime prevention strategy sprint' }).count(), { timeout: 5_000 })
    .toBe(1);

  // The facilitator shares the participant link from the facilitator panel; the participant joins with it.
  await openBoard(B.page, await participantLinkFromPanel(A.page), 'Bruno');
  await expect
    .poll(() => B.page.getByRole('heading', { name: 'Crime prevention strategy sprint' }).count(), { timeout: 5_000 })
    .toBe(1);

  await expectBoardControls(A.page);

  const text = 'Protect whistle-blowers';
  // Keep the editor open: others see each keystroke, not only the finished note.
  await addNote(A.page, text, { finish: false });
  const typed = Date.now();
  await expect.poll(() => noteItems(B.page), { timeout: 2_000, interval: 25 }).toContain(noteItem(text, 0));
  const latency = Date.now() - typed;
  expect(latency).toBeLessThanOrEqual(2_000);
  await finishEditing(A.page);
  expect(await noteItems(A.page)).toEqual([noteItem(text, 0)]);
  expect(await noteItems(B.page)).toEqual([noteItem(text, 0)]);

  // Both people are listed, each seeing themselves as "(you)".
  await A.page.getByRole('button', { name: 'People', exact: true }).click();
  const people = A.page.getByRole('complementary', { name: 'People' });
  await expect.poll(() => people.textContent(), { timeout: 5_000 }).toContain('Amina (you)');
  await expect.poll(() => people.textContent(), { timeout: 5_000 }).toContain('Bruno');
});

test('no WebSocket URL the page opens carries the link token or the device key', async () => {
  const links = await apiBoard('Clean URLs');
  const people = [
    { who: await participant(), link: links.facilitator, name: 'Amina' },
    { who: await participant(), link: links.participant, name: 'Bruno' },
    { who: await participant(), link: links.projector, name: null },
  ];
  // Reverse proxies log URLs, query strings included: credentials travel in the Sec-WebSocket-Protocol header.
  const opened = people.map(({ who }) => {
    const urls: string[] = [];
    who.page.on('websocket', (socket) => urls.push(socket.url()));
    return urls;
  });
  for (const { who, link, name } of people) {
    if (name) await openBoard(who.page, link, name);
    else {
      await who.page.goto(link);
      await waitConnected(who.page);
    }
  }
  const [amina, bruno, projector] = people.map(({ who }) => who.page) as [Page, Page, Page];
  await addNote(amina, 'Sent over a clean URL');
  for (const page of [bruno, projector]) {
    await expectItems(page, (items) => expect(items).toEqual([noteItem('Sent over a clean URL', 0)]));
  }

  for (const [i, { who, link, name }] of people.entries()) {
    const token = new URL(link).hash.replace(/^#k=/, '');
    const key = await who.page.evaluate(() => localStorage.getItem('notevote.deviceSecret'));
    expect(key).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const urls = opened[i]!;
    // The board, and for everyone but the projector their private document.
    expect(urls.length, link).toBeGreaterThanOrEqual(name ? 2 : 1);
    for (const url of urls) {
      expect(url).not.toContain(token);
      expect(url).not.toContain(key!);
      expect(new URL(url).search).toBe('');
    }
  }
});

test('a vote on a note shows in the other person’s tally and results', async () => {
  const { a, b } = await twoOnOneBoard();
  const text = 'Protect whistle-blowers';
  await addNote(a, text);
  await expectItems(b, (items) => expect(items).toEqual([noteItem(text, 0)]));

  await fitToContent(b);
  const center = await canvasCenter(b);
  // "Fit to content" with one note puts it at the centre of the canvas, and nothing in the corners.
  expect(await layerAlphaAround(b, 'notes', center)).toBeGreaterThan(200);
  const box = await canvasBox(b);
  expect(await layerAlphaAround(b, 'notes', { x: box.x + 10, y: box.y + 10 })).toBe(0);

  await selectTool(b, 'Vote');
  expect(await votesLeft(b)).toBe('5 of 5 votes left');
  await clickAt(b, center);
  await expect.poll(() => votesLeft(b), { timeout: 2_000 }).toBe('4 of 5 votes left');
  // B's dot is drawn where B clicked.
  await expect.poll(() => layerAlphaAround(b, 'dots', center), { timeout: 2_000 }).toBeGreaterThan(200);

  await expectItems(a, (items) => expect(items).toEqual([noteItem(text, 1)]));
  await a.getByRole('button', { name: 'Results', exact: true }).click();
  const results = a.getByRole('complementary', { name: 'Results' });
  const entry = results.getByRole('button', { name: `Show note: ${text}` });
  await expect.poll(() => entry.count(), { timeout: 5_000 }).toBe(1);
  expect(await results.textContent()).toContain('1 dot from 1 person');
});

test('the heatmap is drawn where the dots are (README screenshot)', async () => {
  const A = await participant();
  const B = await participant();
  // Cosmetic, for the README picture only: two clearly different person colours instead of two random ones (the app
  // keeps a device's colour under this key and ignores values outside its palette, so nothing breaks if it changes).
  await preferColor(A, '#3b82f6');
  await preferColor(B, '#d97706');
  await createBoard(A.page, 'UN crime-prevention strategy sprint');
  const a = A.page;
  const b = B.page;
  await enterBoard(a, 'Amina');
  await openBoard(b, await participantLinkFromPanel(a), 'Bruno');

  const texts = [
    'Protect whistle-blowers',
    'Fund victim support services',
    'Joint training for prosecutors',
    'Open data on seizures',
    'Cross-border evidence sharing',
    'Youth outreach in schools',
  ] as const;
  const layout = await addNotesInGrid(a, texts, 3);
  await expectItems(b, (items) => expect(items).toHaveLength(texts.length));
  for (const text of texts) expect(await noteItems(b)).toContain(noteItem(text, 0));

  // Both see the whole board the same way (same window size, same notes).
  const onA = await noteCentersAfterFit(a, layout);
  const onB = await noteCentersAfterFit(b, layout);
  expect(await canvasBox(b)).toEqual(await canvasBox(a));
  for (const p of onA) expect(await layerAlphaAround(a, 'notes', p)).toBeGreaterThan(200);

  // One dot first: the heat must sit on it.
  await selectTool(b, 'Vote');
  const first = offset(onB[0]!, -20, 10);
  await clickAt(b, first);
  await expectItems(a, (items) => expect(items).toContain(noteItem(texts[0], 1)));

  await showHeatmap(a);
  await expect.poll(async () => (await layerStats(a, 'heatmap')).count, { timeout: 5_000 }).toBeGreaterThan(0);
  const single = await layerStats(a, 'heatmap');
  expect(single.ratio).toBeGreaterThan(0);
  expect(single.centroid).not.toBeNull();
  const distance = Math.hypot(single.centroid!.x - first.x, single.centroid!.y - first.y);
  expect(distance, `heat centroid ${JSON.stringify(single.centroid)} vs dot ${JSON.stringify(first)}`).toBeLessThan(60);
  expect(await layerAlphaAround(a, 'heatmap', first, 4)).toBeGreaterThan(0);
  // Far from the only dot, nothing is tinted.
  const corners = [
    { x: single.box.x + 5, y: single.box.y + 5 },
    { x: single.box.x + single.box.width - 5, y: single.box.y + 5 },
    { x: single.box.x + 5, y: single.box.y + single.box.height - 5 },
    { x: single.box.x + single.box.width - 5, y: single.box.y + single.box.height - 5 },
  ];
  for (const corner of corners) expect(await layerAlphaAround(a, 'heatmap', corner, 4)).toBe(0);

  // Now a realistic round: dots from both people, clustered on the favourites.
  await clickAt(b, offset(onB[1]!, 30, -20));
  await clickAt(b, offset(onB[4]!, -10, 25));
  await selectTool(b, 'Heat-map vote');
  await clickAt(b, offset(onB[0]!, 25, -30));
  await clickAt(b, offset(onB[0]!, 45, 30));
  await expect.poll(() => votesLeft(b), { timeout: 2_000 }).toBe('0 of 5 votes left');

  await selectTool(a, 'Vote');
  await clickAt(a, offset(onA[0]!, 10, 40));
  await clickAt(a, offset(onA[1]!, -25, 15));
  await clickAt(a, offset(onA[3]!, 20, -15));
  await selectTool(a, 'Heat-map vote');
  await clickAt(a, offset(onA[0]!, -45, -35));
  await expect.poll(() => votesLeft(a), { timeout: 2_000 }).toBe('1 of 5 votes left');

  const expected = [
    noteItem(texts[0], 2),
    noteItem(texts[1], 2),
    noteItem(texts[2], 0),
    noteItem(texts[3], 1),
    noteItem(texts[4], 1),
    noteItem(texts[5], 0),
  ];
  for (const page of [a, b])
    await expectItems(page, (items) => expect([...items].sort()).toEqual([...expected].sort()));
  // More dots, more heat; every dot (both people's) is drawn.
  const many = await layerStats(a, 'heatmap');
  expect(many.count).toBeGreaterThan(single.count);
  for (const p of [first, offset(onB[0]!, 45, 30), offset(onA[0]!, 10, 40), offset(onA[3]!, 20, -15)]) {
    expect(await layerAlphaAround(a, 'dots', p)).toBeGreaterThan(200);
  }

  // Tidy the picture: A has nothing selected and its pointer off the board; Bruno's live cursor rests between notes.
  await selectTool(a, 'Select and move');
  await a.mouse.move(VIEWPORT.width - 2, 2);
  await a.keyboard.press('Escape');
  await a.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await selectTool(b, 'Select and move');
  const brunoCursor = offset(onB[1]!, 150, 145);
  await b.mouse.move(brunoCursor.x, brunoCursor.y, { steps: 4 });
  await expect
    .poll(() => layerAlphaAround(a, 'presence', offset(brunoCursor, 3, 5), 3), { timeout: 3_000 })
    .toBeGreaterThan(0);
  await nextFrames(a);

  const file = await saveScreenshot(a, 'board-heatmap');
  expect(file).toMatch(/board-heatmap\.png$/);
});

test('a note written offline reaches the other person after reconnecting', async () => {
  const { a, b, contextA } = await twoOnOneBoard();
  await addNote(a, 'Written online');
  await expectItems(b, (items) => expect(items).toEqual([noteItem('Written online', 0)]));

  await contextA.setOffline(true);
  await expect.poll(() => connectionStatus(a).textContent(), { timeout: 5_000 }).toContain('Offline');
  await panBy(a, 250, 0);
  await addNote(a, 'Written offline');
  expect(await noteItems(a)).toContain(noteItem('Written offline', 0));
  // The other person must not get it while A is offline (give a live connection ample time to have delivered it).
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await noteItems(b)).toEqual([noteItem('Written online', 0)]);

  await contextA.setOffline(false);
  await waitConnected(a, 15_000);
  await expectItems(
    b,
    (items) => expect(items.sort()).toEqual([noteItem('Written offline', 0), noteItem('Written online', 0)]),
    10_000,
  );
});

test('a reload keeps notes, votes and the name', async () => {
  const { a, b } = await twoOnOneBoard();
  const layout = await addNotesInGrid(a, ['Joint training for prosecutors', 'Open data on seizures'], 2);
  await expectItems(b, (items) => expect(items).toHaveLength(2));

  // B puts a dot on each note and one free dot below them.
  const [first, second] = await noteCentersAfterFit(b, layout);
  await selectTool(b, 'Vote');
  await clickAt(b, first!);
  await clickAt(b, second!);
  await selectTool(b, 'Heat-map vote');
  await clickAt(b, offset(await canvasCenter(b), 0, 250));
  await expect.poll(() => votesLeft(b), { timeout: 2_000 }).toBe('2 of 5 votes left');
  const before = [noteItem('Joint training for prosecutors', 1), noteItem('Open data on seizures', 1)];
  await expectItems(a, (items) => expect(items.sort()).toEqual(before));

  await b.reload();
  await waitConnected(b);
  await expectItems(b, (items) => expect(items.sort()).toEqual(before));
  expect(await b.getByRole('dialog').count()).toBe(0);
  await expect.poll(() => votesLeft(b), { timeout: 5_000 }).toBe('2 of 5 votes left');
  expect(await connectionStatus(b).textContent()).toContain('Connected');
});

test('the vote budget refuses a sixth dot and a dot can be taken back', async () => {
  const A = await participant();
  await openBoard(A.page, (await apiBoard('Budget')).participant, 'Amina');
  const page = A.page;
  await selectTool(page, 'Heat-map vote');
  expect(await votesLeft(page)).toBe('5 of 5 votes left');

  const center = await canvasCenter(page);
  const spots = [-200, -100, 0, 100, 200].map((dx, i) => offset(center, dx, i % 2 === 0 ? -80 : 80));
  for (const [i, spot] of spots.entries()) {
    await clickAt(page, spot);
    await expect.poll(() => votesLeft(page), { timeout: 2_000 }).toBe(`${4 - i} of 5 votes left`);
  }
  for (const spot of spots) {
    await expect.poll(() => layerAlphaAround(page, 'dots', spot), { timeout: 2_000 }).toBeGreaterThan(200);
  }

  const sixth = offset(center, 0, 200);
  await clickAt(page, sixth);
  await expect
    .poll(() => page.getByTestId('notice').textContent(), { timeout: 2_000 })
    .toContain('All 5 of your votes are placed. Take one back to vote elsewhere.');
  expect(await page.getByTestId('notice').getAttribute('role')).toBe('status');
  expect(await votesLeft(page)).toBe('0 of 5 votes left');
  await nextFrames(page);
  expect(await layerAlphaAround(page, 'dots', sixth, 6)).toBe(0);

  // Clicking one of your own dots takes it back.
  await clickAt(page, spots[2]!);
  await expect.poll(() => votesLeft(page), { timeout: 2_000 }).toBe('1 of 5 votes left');
  await expect.poll(() => layerAlphaAround(page, 'dots', spots[2]!, 4), { timeout: 2_000 }).toBe(0);
});

test('undo reverts only my own change, for everyone', async () => {
  const { a, b } = await twoOnOneBoard();
  await addNote(a, 'Draft by Amina');
  await expectItems(b, (items) => expect(items).toEqual([noteItem('Draft by Amina', 0)]));
  await panBy(b, 250, 0);
  await addNote(b, 'Reviewed by Bruno');
  const both = [noteItem('Draft by Amina', 0), noteItem('Reviewed by Bruno', 0)];
  for (const page of [a, b]) await expectItems(page, (items) => expect(items.sort()).toEqual(both));

  // Focus on the board, not in a text field, then Ctrl+Z.
  expect(await noteEditor(a).count()).toBe(0);
  const box = await canvasBox(a);
  await clickAt(a, { x: box.x + 20, y: box.y + box.height - 20 });
  await a.keyboard.press('Control+z');

  for (const page of [a, b])
    await expectItems(page, (items) => expect(items).toEqual([noteItem('Reviewed by Bruno', 0)]));
});

test('zoomed out, notes drawn in bulk can still be dragged, edited and selected', async () => {
  const { a, b } = await twoOnOneBoard();
  await addNote(a, 'Seen from afar');
  await expectItems(b, (items) => expect(items).toEqual([noteItem('Seen from afar', 0)]));
  // Below 45 % the canvas draws notes in one batched shape instead of one node each (level-of-detail.ts).
  while ((await zoomFactor(a)) >= 0.4) await a.getByRole('button', { name: 'Zoom out', exact: true }).click();
  await nextFrames(a);
  const center = await canvasCenter(a);
  const moved = { x: center.x + 160, y: center.y + 90 };

  // Drag it by the middle with a real mouse; then the old spot is empty and the new one holds the note.
  await a.mouse.move(center.x, center.y);
  await a.mouse.down();
  for (let step = 1; step <= 8; step++) await a.mouse.move(center.x + (160 * step) / 8, center.y + (90 * step) / 8);
  await a.mouse.up();
  await nextFrames(a);
  await a.mouse.dblclick(moved.x, moved.y);
  await expect.poll(() => noteEditor(a).inputValue(), { timeout: 3_000 }).toBe('Seen from afar');
  await a.keyboard.press('Escape');
  await expect.poll(() => noteEditor(a).count(), { timeout: 3_000 }).toBe(0);

  // A click selects it, and Delete removes it for everyone.
  await clickAt(a, { x: 20 + (await canvasBox(a)).x, y: 20 + (await canvasBox(a)).y });
  await clickAt(a, moved);
  await a.keyboard.press('Delete');
  for (const page of [a, b]) await expectItems(page, (items) => expect(items).toEqual([]));
});

test('a projector link shows the board but cannot change it', async () => {
  const links = await apiBoard('Projected sprint');
  const A = await participant();
  const P = await participant();
  await openBoard(A.page, links.participant, 'Amina');
  await addNote(A.page, 'On the big screen');
  await P.page.goto(links.projector);
  // No name is asked: a projector is nobody.
  await expect.poll(() => connectionStatus(P.page).textContent(), { timeout: 5_000 }).toContain('Connected');
  expect(await P.page.getByRole('dialog').count()).toBe(0);
  await expectItems(P.page, (items) => expect(items).toEqual([noteItem('On the big screen', 0)]));
  // Its own screen for the big screen, without the editor's tools (see projector.e2e.test.ts).
  expect(await P.page.getByRole('main', { name: 'Projector view (read-only)' }).count()).toBe(1);
  expect(await toolbar(P.page).count()).toBe(0);
  // Keyboard and double-click do not add notes either.
  await P.page.getByTestId('board-canvas').dblclick({ position: { x: 40, y: 40 } });
  await P.page.keyboard.press('n');
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await noteItems(P.page)).toEqual([noteItem('On the big screen', 0)]);
  expect(await noteItems(A.page)).toEqual([noteItem('On the big screen', 0)]);
  await expect.poll(() => connectionStatus(P.page).textContent(), { timeout: 2_000 }).toContain('Connected');
});

test('a facilitator can lock the board: participants can look but not change it until unlocked', async () => {
  const links = await apiBoard('Locking');
  const F = await participant();
  const A = await participant();
  await openBoard(F.page, links.facilitator, 'Facilitator');
  await openBoard(A.page, links.participant, 'Amina');
  await addNote(A.page, 'Before the lock');
  await F.page.getByRole('button', { name: 'Facilitate', exact: true }).click();
  await F.page.getByLabel('Lock the board (only you can change it)').check();
  await expect.poll(() => A.page.getByText('The facilitator has locked the board').count(), { timeout: 3_000 }).toBe(1);
  expect(await toolbar(A.page).getByRole('button', { name: 'Add note' }).count()).toBe(0);
  await A.page.keyboard.press('n');
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await noteItems(A.page)).toEqual([noteItem('Before the lock', 0)]);
  // Still connected: an honest client never trips the relay's lock rule.
  expect(await connectionStatus(A.page).textContent()).toContain('Connected');
  await F.page.getByLabel('Lock the board (only you can change it)').uncheck();
  await expect
    .poll(() => toolbar(A.page).getByRole('button', { name: 'Add note' }).count(), { timeout: 3_000 })
    .toBe(1);
  await addNote(A.page, 'After the lock');
  await expectItems(F.page, (items) =>
    expect(items.sort()).toEqual([noteItem('After the lock', 0), noteItem('Before the lock', 0)]),
  );
});

test('silent writing and secret voting: nobody sees the others’ notes or dots, only counts, until the reveal', async () => {
  const links = await apiBoard('Silent round');
  const F = await participant();
  const A = await participant();
  const B = await participant();
  const P = await participant();
  await openBoard(F.page, links.facilitator, 'Facilitator');
  await F.page.getByRole('button', { name: 'Facilitate', exact: true }).click();
  await F.page.getByLabel('Silent writing', { exact: true }).check();
  await F.page.getByLabel('Secret voting', { exact: true }).check();
  await openBoard(A.page, links.participant, 'Amina');
  await openBoard(B.page, links.participant, 'Bruno');
  await P.page.goto(links.projector);
  await waitConnected(P.page);

  // Each writes a note and puts a dot on it: both stay on their own device and the relay.
  for (const [page, text] of [
    [A.page, 'Amina: share seizure data'],
    [B.page, 'Bruno: joint investigator training'],
  ] as const) {
    await expect.poll(() => page.getByTestId('secrecy-writing').count(), { timeout: 5_000 }).toBe(1);
    await addNote(page, text);
    await selectTool(page, 'Vote');
    await clickAt(page, await canvasCenter(page));
    await expect.poll(() => votesLeft(page), { timeout: 3_000 }).toBe('4 of 5 votes left');
    expect(await noteItems(page)).toEqual([`${noteItem(text, 0)} (private until revealed)`]);
    expect(await page.getByTestId('board-canvas').getAttribute('data-private-notes')).toBe('1');
    expect(await page.getByTestId('board-canvas').getAttribute('data-private-dots')).toBe('1');
  }

  // With two participants, "1 of 2 have voted" would tell each what the other did: the counts are withheld.
  for (const page of [F.page, P.page]) {
    await expect
      .poll(() => page.getByTestId('secrecy-writing').textContent(), { timeout: 5_000 })
      .toContain('counts appear once three or more people take part');
  }
  // A third participant joins: the facilitator and the projector see counts, never the notes or dots themselves.
  const C = await participant();
  await openBoard(C.page, links.participant, 'Chen');
  for (const page of [F.page, P.page]) {
    await expect
      .poll(() => page.getByTestId('secrecy-writing').textContent(), { timeout: 5_000 })
      .toContain('2 private notes from 2 of 3 people');
    await expect
      .poll(() => page.getByTestId('secrecy-voting').textContent(), { timeout: 5_000 })
      .toContain('2 of 3 have voted');
    expect(await noteItems(page)).toEqual([]);
  }
  expect(await noteItems(A.page)).toEqual([`${noteItem('Amina: share seizure data', 0)} (private until revealed)`]);
  await saveScreenshot(A.page, 'silent-writing-participant');
  await saveScreenshot(F.page, 'silent-writing-facilitator');

  await F.page.getByRole('button', { name: 'Reveal now' }).click();
  const revealed = [noteItem('Amina: share seizure data', 1), noteItem('Bruno: joint investigator training', 1)];
  for (const page of [F.page, A.page, B.page, P.page]) {
    await expectItems(page, (items) => expect(items.sort()).toEqual(revealed));
    await expect.poll(() => page.getByTestId('secrecy-writing').count(), { timeout: 3_000 }).toBe(0);
  }
  expect(await A.page.getByTestId('board-canvas').getAttribute('data-private-notes')).toBe('0');
  expect(await votesLeft(A.page)).toBe('4 of 5 votes left');
  // Nobody was refused along the way.
  for (const page of [A.page, B.page]) expect(await connectionStatus(page).textContent()).toContain('Connected');
});
