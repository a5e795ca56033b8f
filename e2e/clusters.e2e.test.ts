import { afterEach, expect, inject, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { updateSession } from '../packages/board/src/doc/session';
import { createNote } from '../packages/board/src/doc/notes';
import { saveScreenshot } from './support/artifacts';
import { apiBoard } from './support/boards';
import { peopleInChromium } from './support/people';
import { joinSynced, type SyncedClient } from './support/synced-client';
import { addNoteAt, onPage, type BoardPoint } from './support/board-points';
import { layerAlphaAround, nextFrames, noteItem, noteList, openBoard, selectTool, tool } from './support/board-ui';

/**
 * Clusters (affinity mapping) as two people use them: grouping notes into a named frame, dragging notes in and out,
 * the cluster's tally, a vote on clusters as wholes, and ungrouping. Assertions read the accessible outline and the
 * results panel, and canvas pixels where something is drawn is the point.
 *
 * Both people open the board while it is empty, so there is nothing to fit: their views stay at 100 % with the board's
 * origin at the canvas's top-left corner, and a board point is the same page point for both.
 */

const baseUrl = inject('baseUrl');
const { participant } = peopleInChromium();
const clients: SyncedClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});

async function clickBoard(page: Page, point: BoardPoint, modifiers: Array<'Shift'> = []): Promise<void> {
  const at = await onPage(page, point);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(at.x, at.y);
  for (const key of modifiers) await page.keyboard.up(key);
}

/** Drags with a real mouse, in small steps, from one board point to another. */
async function dragOnBoard(page: Page, from: BoardPoint, to: BoardPoint): Promise<void> {
  const a = await onPage(page, from);
  const b = await onPage(page, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  for (let step = 1; step <= 12; step++) {
    await page.mouse.move(a.x + ((b.x - a.x) * step) / 12, a.y + ((b.y - a.y) * step) / 12);
  }
  await page.mouse.up();
  await nextFrames(page);
}

/** The notes a cluster holds, as the notes list sums them up ("<text> — <n> votes"): the items in that cluster. */
function outlineOfCluster(page: Page, name: string): Locator {
  return noteList(page)
    .getByRole('listitem')
    .filter({ has: page.getByText(`Cluster: ${name}`, { exact: false }) });
}

async function texts(items: Locator): Promise<string[]> {
  const summaries = await items.getByTestId('note-summary').allTextContents();
  return summaries.map((item) => item.replace(/\s+/g, ' ').trim()).sort();
}

/** The clusters in the notes list ("Cluster “<name>”, <n> notes — …"). */
async function outlineClusters(page: Page): Promise<string[]> {
  const summaries = await page.getByTestId('notes-list').getByTestId('cluster-summary').allTextContents();
  return summaries.map((item) => item.replace(/\s+/g, ' ').trim());
}

/** "4 votes · 2 supporters" → { dots: 4, supporters: 2 }. */
function parseTally(text: string): { dots: number; supporters: number } {
  const match = /(\d+) votes? · (\d+) supporters?/.exec(text);
  if (!match) throw new Error(`"${text}" is not a cluster tally`);
  return { dots: Number(match[1]), supporters: Number(match[2]) };
}

/** The results panel's entry for one cluster: its tally and its notes' dots. */
async function clusterResult(
  page: Page,
  name: string,
): Promise<{ dots: number; supporters: number; noteDots: number[] }> {
  const entry = page.getByTestId('cluster-result').filter({ hasText: name });
  const tally = parseTally((await entry.getByTestId('cluster-result-tally').textContent()) ?? '');
  const notes = await entry
    .getByRole('list', { name: `Notes in ${name}`, exact: true })
    .getByRole('listitem')
    .allTextContents();
  const noteDots = notes.map((item) => Number(/(\d+) votes?/.exec(item)?.[1] ?? NaN));
  return { ...tally, noteDots };
}

async function openResults(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Results', exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
}

// Three notes side by side and one below, and a fourth far to the right (board units; notes are 200 × 200).
const FIRST = { x: 250, y: 250 };
const SECOND = { x: 480, y: 250 };
const THIRD = { x: 250, y: 480 };
const OUTLIER = { x: 900, y: 250 };
/** Inside the three notes' frame, on no note (the frame reaches 24 beyond the notes, with a 56 high band on top). */
const GAP_IN_FRAME = { x: 480, y: 480 };
/** Empty board outside every frame (and clear of the zoom controls in the canvas's corner). */
const EMPTY = { x: 700, y: 640 };
/** The label band of that frame: above the notes' top edge (150), below the frame's top (70). */
const LABEL = { x: 200, y: 98 };

test('two people group notes into a named cluster, drag notes in and out, vote on it, and ungroup it', async () => {
  const links = await apiBoard(baseUrl, 'Affinity mapping');
  const A = await participant();
  const B = await participant();
  await openBoard(A.page, links.facilitator, 'Amina');
  await openBoard(B.page, links.participant, 'Bruno');
  const a = A.page;
  const b = B.page;
  await addNoteAt(a, FIRST, 'Seed funding');
  await addNoteAt(a, SECOND, 'Grants');
  await addNoteAt(a, THIRD, 'Crowdfunding');
  await addNoteAt(a, OUTLIER, 'Outlier');

  // Amina selects three notes (click, shift-click) and groups them: the new cluster's name opens for editing.
  await clickBoard(a, FIRST);
  await clickBoard(a, SECOND, ['Shift']);
  await clickBoard(a, THIRD, ['Shift']);
  await tool(a, 'Group').click();
  const nameEditor = a.getByRole('textbox', { name: 'Cluster name' });
  await expect.poll(() => nameEditor.inputValue(), { timeout: 3_000 }).toBe('Group 1');
  await a.keyboard.type('Funding ideas');
  await a.keyboard.press('Enter');
  await nameEditor.waitFor({ state: 'detached', timeout: 3_000 });

  // Bruno sees the cluster with its name and its three notes, and its frame drawn behind them.
  for (const page of [a, b]) {
    await expect
      .poll(() => texts(outlineOfCluster(page, 'Funding ideas')), { timeout: 5_000 })
      .toEqual([noteItem('Crowdfunding', 0), noteItem('Grants', 0), noteItem('Seed funding', 0)]);
  }
  expect(await outlineClusters(b)).toEqual([expect.stringContaining('Cluster “Funding ideas”, 3 notes')]);
  await nextFrames(b);
  expect(await layerAlphaAround(b, 'clusters', await onPage(b, GAP_IN_FRAME))).toBeGreaterThan(0);
  expect(await layerAlphaAround(b, 'clusters', await onPage(b, { x: 700, y: 250 }))).toBe(0);
  await saveScreenshot(b, 'clusters-named');

  // A note dragged into the frame (its centre inside) joins the cluster, for both of them…
  await clickBoard(a, EMPTY); // clear the selection: drag the outlier alone
  await dragOnBoard(a, OUTLIER, GAP_IN_FRAME);
  for (const page of [a, b]) {
    await expect
      .poll(() => texts(outlineOfCluster(page, 'Funding ideas')), { timeout: 5_000 })
      .toContain(noteItem('Outlier', 0));
  }
  await saveScreenshot(a, 'clusters-dragged-in');
  // …and dragged out of every frame, leaves it (the frame stands still while the note is dragged away).
  await dragOnBoard(a, GAP_IN_FRAME, { x: 900, y: 480 });
  for (const page of [a, b]) {
    await expect
      .poll(() => texts(outlineOfCluster(page, 'Funding ideas')), { timeout: 5_000 })
      .toEqual([noteItem('Crowdfunding', 0), noteItem('Grants', 0), noteItem('Seed funding', 0)]);
  }

  // Dots on the cluster's notes: its tally is the sum of their dots, its supporters the distinct voters.
  await selectTool(a, 'Vote');
  await selectTool(b, 'Vote');
  await clickBoard(a, { x: 220, y: 220 });
  await clickBoard(a, { x: 450, y: 220 });
  await clickBoard(b, { x: 280, y: 280 });
  await clickBoard(b, { x: 280, y: 510 });
  await clickBoard(b, { x: 900, y: 510 }); // the outlier: in no cluster
  await openResults(a);
  await expect.poll(() => clusterResult(a, 'Funding ideas'), { timeout: 5_000 }).toMatchObject({ dots: 4 });
  const tally = await clusterResult(a, 'Funding ideas');
  expect(tally.noteDots.reduce((sum, dots) => sum + dots, 0)).toBe(tally.dots);
  expect(tally.noteDots.sort()).toEqual([1, 1, 2]);
  expect(tally.supporters).toBe(2);

  // The facilitator makes it a vote on clusters as wholes (the session, written as a client would write it).
  const facilitator = await joinSynced(links.facilitator);
  clients.push(facilitator);
  facilitator.change((doc) => updateSession(doc, { dotsOn: 'clusters' }));
  // A click outside every frame explains where dots go now (and shows Bruno has the new rule).
  await expect
    .poll(
      async () => {
        await clickBoard(b, EMPTY);
        return b.getByTestId('notice').textContent();
      },
      { timeout: 5_000 },
    )
    .toContain('In this vote, dots go on clusters');

  // A dot in the frame is a dot on the cluster: drawn where it was placed, and the cluster's count rises.
  await clickBoard(b, GAP_IN_FRAME);
  await expect
    .poll(() => clusterResult(a, 'Funding ideas'), { timeout: 5_000 })
    .toMatchObject({ dots: 5, supporters: 2 });
  await nextFrames(a);
  expect(await layerAlphaAround(a, 'dots', await onPage(a, GAP_IN_FRAME))).toBeGreaterThan(0);
  await saveScreenshot(a, 'clusters-results');
  // Clicking one's own cluster dot takes it back.
  await clickBoard(b, GAP_IN_FRAME);
  await expect.poll(() => clusterResult(a, 'Funding ideas'), { timeout: 5_000 }).toMatchObject({ dots: 4 });

  // Ungroup: a click on the label selects the cluster, "Ungroup" dissolves it; its notes stay.
  await selectTool(a, 'Select and move');
  await clickBoard(a, LABEL);
  await tool(a, 'Ungroup').click();
  for (const page of [a, b]) {
    await expect.poll(() => outlineClusters(page), { timeout: 5_000 }).toEqual([]);
    expect((await noteList(page).getByRole('listitem').allTextContents()).length).toBe(4);
  }
  await expect.poll(() => a.getByTestId('cluster-results').count(), { timeout: 3_000 }).toBe(0);
  await nextFrames(b);
  expect(await layerAlphaAround(b, 'clusters', await onPage(b, GAP_IN_FRAME))).toBe(0);
});

test('Ctrl+G groups the selection; dragging the label moves the whole group, and one undo puts it back', async () => {
  const links = await apiBoard(baseUrl, 'Moving a group');
  const A = await participant();
  const a = A.page;
  await openBoard(a, links.participant, 'Amina');
  await addNoteAt(a, FIRST, 'One');
  await addNoteAt(a, SECOND, 'Two');
  await clickBoard(a, FIRST);
  await clickBoard(a, SECOND, ['Shift']);
  await a.keyboard.press('Control+g');
  const nameEditor = a.getByRole('textbox', { name: 'Cluster name' });
  await expect.poll(() => nameEditor.inputValue(), { timeout: 3_000 }).toBe('Group 1');
  await a.keyboard.press('Enter');
  await expect.poll(() => texts(outlineOfCluster(a, 'Group 1')), { timeout: 3_000 }).toHaveLength(2);

  // Drag the label 300 down: both notes and their frame move.
  const below = (point: BoardPoint) => ({ x: point.x, y: point.y + 300 });
  await dragOnBoard(a, LABEL, below(LABEL));
  await expect.poll(async () => layerAlphaAround(a, 'notes', await onPage(a, FIRST)), { timeout: 3_000 }).toBe(0);
  for (const note of [FIRST, SECOND])
    expect(await layerAlphaAround(a, 'notes', await onPage(a, below(note)))).toBe(255);
  expect(await layerAlphaAround(a, 'clusters', await onPage(a, below(LABEL)))).toBeGreaterThan(0);
  expect(await texts(outlineOfCluster(a, 'Group 1'))).toHaveLength(2);

  // One undo takes the whole move back.
  await a.keyboard.press('Control+z');
  await expect.poll(async () => layerAlphaAround(a, 'notes', await onPage(a, SECOND)), { timeout: 3_000 }).toBe(255);
  expect(await layerAlphaAround(a, 'notes', await onPage(a, FIRST))).toBe(255);
  expect(await layerAlphaAround(a, 'notes', await onPage(a, below(FIRST)))).toBe(0);

  // With the cluster selected (a click on its label), Ctrl+Shift+G ungroups it.
  await clickBoard(a, LABEL);
  await a.keyboard.press('Control+Shift+G');
  await expect.poll(() => outlineClusters(a), { timeout: 3_000 }).toEqual([]);
});

test('a note whose cluster has no name shows an “Unnamed group” frame, which can be named', async () => {
  const links = await apiBoard(baseUrl, 'Tolerant reader');
  const A = await participant();
  const a = A.page;
  await openBoard(a, links.participant, 'Amina');
  // Another client grouped a note into a cluster whose name someone else removed meanwhile: only the id is left.
  const other = await joinSynced(links.participant);
  clients.push(other);
  other.change((doc) =>
    createNote(doc, { x: 300, y: 300, text: 'Orphan', clusterId: 'ghost' }, { authorId: other.userId }),
  );
  await expect
    .poll(() => outlineClusters(a), { timeout: 5_000 })
    .toEqual([expect.stringContaining('Cluster “Unnamed group”, 1 note')]);

  // Its label (frame top 300 − 24 − 56 = 220, band 56 high) opens the name for editing on a double-click.
  const label = await onPage(a, { x: 350, y: 248 });
  await a.mouse.dblclick(label.x, label.y);
  const nameEditor = a.getByRole('textbox', { name: 'Cluster name' });
  await expect.poll(() => nameEditor.inputValue(), { timeout: 3_000 }).toBe('');
  await a.keyboard.type('Named later');
  await a.keyboard.press('Enter');
  await expect
    .poll(() => outlineClusters(a), { timeout: 3_000 })
    .toEqual([expect.stringContaining('Cluster “Named later”, 1 note')]);
});
