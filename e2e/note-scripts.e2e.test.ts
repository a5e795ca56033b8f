import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { groupNotes } from '../packages/board/src/doc/clusters';
import { createNote, readNotes } from '../packages/board/src/doc/notes';
import { apiBoard } from './support/boards';
import { catalogText, localizedBrowser } from './support/locales';
import { onPage } from './support/board-points';
import { canvasBox, enterBoard, finishEditing, noteEditor, tool } from './support/board-ui';
import { type SyncedClient } from './support/synced-client';

/**
 * Notes in every script: an Arabic and a Chinese note fit their notes at a readable size, each laid out in its own
 * direction, on an English board and on an Arabic one; and the heatmap's key shows with the heatmap. Read from the
 * canvas's layout (the Konva text node of each note, reached through `window.Konva`, which Konva sets) and from the
 * pixels it drew, not by eye.
 */

const baseUrl = inject('baseUrl');
const { pageIn: newPage, syncedClient: facilitatorOf } = localizedBrowser();
const ar = (path: string) => catalogText('ar', path);

/** About forty characters each: what people write on a sticky note. */
const ARABIC = 'حماية المبلغين عن المخالفات وضحايا الجريمة';
const CHINESE = '加强跨境证据共享与司法合作机制，建立统一的数据库，让各国检察官都能及时查询案件。';
/** Readable on a note at 100 % zoom (board units are CSS px there). */
const READABLE_PX = 14;

/** How a note's text is laid out on the canvas, as Konva holds it (board units). */
interface NoteText {
  fontSize: number;
  lineHeight: number;
  /** The text box: the note less its padding. */
  width: number;
  height: number;
  direction: string;
  align: string;
  /** The text handed to Konva: our lines, joined by newlines. */
  text: string;
  /** The lines Konva drew, with their measured widths. */
  lines: { text: string; width: number }[];
  /** Where ink was drawn across the shortest line's band, in the box's coordinates. */
  ink: { from: number; to: number } | null;
  /** The width of that shortest line. */
  shortestLine: number;
}

/** Just what this test reads of Konva's nodes. */
interface KonvaText {
  fontSize(): number;
  lineHeight(): number;
  width(): number;
  height(): number;
  direction(): string;
  align(): string;
  text(): string;
  isVisible(): boolean;
  textArr: { text: string; width: number }[];
  getAbsoluteTransform(): { point(p: { x: number; y: number }): { x: number; y: number } };
  getLayer(): { getCanvas(): { _canvas: HTMLCanvasElement; getPixelRatio(): number } } | null;
}
interface KonvaNode {
  id(): string;
  findOne(selector: string): KonvaText | undefined;
}
interface KonvaStage {
  container(): HTMLElement;
  findOne(match: (node: KonvaNode) => boolean): KonvaNode | undefined;
}

/** The layout of note `noteId`'s text, once the note is drawn with its text (Konva draws on the next frame). */
async function noteText(page: Page, noteId: string): Promise<NoteText> {
  let found: NoteText | null = null;
  await expect
    .poll(
      async () => {
        found = await page.evaluate((id) => {
          const { stages } = (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva;
          const stage = stages.find((candidate) => candidate.container().closest('[data-testid="board-canvas"]'));
          const label = stage?.findOne((node) => node.id() === id)?.findOne('.note-text');
          if (!label || !label.isVisible() || label.textArr.length === 0) return null;
          const lineHeight = label.fontSize() * label.lineHeight();
          const lines = label.textArr.map(({ text, width }) => ({ text, width }));
          // The shortest line shows the alignment best: read where its ink is in the layer's pixels.
          const shortest = lines.reduce((best, line, i) => (line.width < lines[best]!.width ? i : best), 0);
          const layer = label.getLayer()!.getCanvas();
          const ratio = layer.getPixelRatio();
          const transform = label.getAbsoluteTransform();
          const topLeft = transform.point({ x: 0, y: shortest * lineHeight });
          const bottomRight = transform.point({ x: label.width(), y: (shortest + 1) * lineHeight });
          const x0 = Math.round(topLeft.x * ratio);
          const y0 = Math.round(topLeft.y * ratio);
          const columns = Math.round((bottomRight.x - topLeft.x) * ratio);
          const rows = Math.round((bottomRight.y - topLeft.y) * ratio);
          const { data } = layer._canvas.getContext('2d')!.getImageData(x0, y0, columns, rows);
          let from = Infinity;
          let to = -Infinity;
          for (let y = 0; y < rows; y++) {
            for (let x = 0; x < columns; x++) {
              const i = (y * columns + x) * 4;
              // Note text is near-black; every note colour is pale.
              if (data[i]! + data[i + 1]! + data[i + 2]! < 330 && data[i + 3]! > 200) {
                from = Math.min(from, x);
                to = Math.max(to, x + 1);
              }
            }
          }
          const scale = (bottomRight.x - topLeft.x) / label.width();
          return {
            fontSize: label.fontSize(),
            lineHeight: label.lineHeight(),
            width: label.width(),
            height: label.height(),
            direction: label.direction(),
            align: label.align(),
            text: label.text(),
            lines,
            ink: from <= to ? { from: from / ratio / scale, to: to / ratio / scale } : null,
            shortestLine: lines[shortest]!.width,
          };
        }, noteId);
        return found?.ink != null;
      },
      { timeout: 5_000 },
    )
    .toBe(true);
  return found!;
}

/** The note's text fits its box at a readable size, in exactly the lines text-fit chose, nothing cut off. */
function expectFitsReadably(layout: NoteText, text: string): void {
  expect(layout.fontSize).toBeGreaterThanOrEqual(READABLE_PX);
  // Konva drew our lines as they are: it neither wrapped one again nor dropped one (or cut it with "…") for lack of
  // room, and every character of the note is on them.
  expect(layout.lines.map((line) => line.text)).toEqual(layout.text.split('\n'));
  expect(
    layout.lines
      .map((line) => line.text)
      .join('')
      .replace(/\s+/g, ''),
  ).toBe(text.replace(/\s+/g, ''));
  expect(layout.lines.length * layout.fontSize * layout.lineHeight).toBeLessThanOrEqual(layout.height);
  for (const line of layout.lines) expect(line.width).toBeLessThanOrEqual(layout.width);
}

/** Ink of the shortest line sits against the box's right edge (right to left) or its left edge (left to right). */
function expectInkAt(layout: NoteText, side: 'left' | 'right'): void {
  expect(layout.ink).not.toBeNull();
  const { from, to } = layout.ink!;
  const slack = 4;
  if (side === 'right') {
    expect(to).toBeGreaterThan(layout.width - slack);
    expect(from).toBeGreaterThan(layout.width - layout.shortestLine - slack);
  } else {
    expect(from).toBeLessThan(slack);
    expect(to).toBeLessThan(layout.shortestLine + slack);
  }
}

const idOf = (client: SyncedClient, text: string) => readNotes(client.doc).find((note) => note.text === text)?.id;

test('an Arabic note and a Chinese note fit their notes at a readable size, the Arabic one right to left', async () => {
  const links = await apiBoard(baseUrl, 'Scripts');
  const facilitator = await facilitatorOf(links.facilitator);
  const page = await newPage('en-GB');
  await page.goto(links.participant);
  await enterBoard(page, 'Amina');

  // A Chinese note from someone else, and an Arabic one typed here: the editor follows the text's direction too.
  facilitator.change((doc) => {
    createNote(doc, { x: 400, y: 100, text: CHINESE }, { authorId: facilitator.userId });
  });
  const at = await onPage(page, { x: 200, y: 200 });
  await page.mouse.dblclick(at.x, at.y);
  await noteEditor(page).waitFor({ state: 'visible', timeout: 5_000 });
  expect(await noteEditor(page).getAttribute('dir')).toBe('ltr');
  await page.keyboard.type(ARABIC);
  await expect.poll(() => noteEditor(page).getAttribute('dir'), { timeout: 2_000 }).toBe('rtl');
  await finishEditing(page);
  await expect.poll(() => [ARABIC, CHINESE].every((text) => idOf(facilitator, text) !== undefined)).toBe(true);

  const arabic = await noteText(page, idOf(facilitator, ARABIC)!);
  expectFitsReadably(arabic, ARABIC);
  expect([arabic.direction, arabic.align]).toEqual(['rtl', 'right']);
  expectInkAt(arabic, 'right');

  const chinese = await noteText(page, idOf(facilitator, CHINESE)!);
  expectFitsReadably(chinese, CHINESE);
  expect(chinese.lines.length).toBeGreaterThan(2);
  expect([chinese.direction, chinese.align]).toEqual(['ltr', 'left']);
  expectInkAt(chinese, 'left');
});

test('on an Arabic board an English note reads left to right, and a note of digits follows the interface', async () => {
  const links = await apiBoard(baseUrl, 'سبورة');
  const facilitator = await facilitatorOf(links.facilitator);
  const page = await newPage('ar-EG');
  await page.goto(links.participant);
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: ar('join.nameLabel') }).fill('ليلى');
  await dialog.getByRole('button', { name: ar('join.submit') }).click();
  await dialog.waitFor({ state: 'detached', timeout: 5_000 });
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');

  const english = 'Joint training for customs officers on wildlife trafficking';
  const digits = '2030 – 2035';
  facilitator.change((doc) => {
    createNote(doc, { x: 60, y: 60, text: english }, { authorId: facilitator.userId });
    createNote(doc, { x: 300, y: 60, text: ARABIC }, { authorId: facilitator.userId });
    createNote(doc, { x: 540, y: 60, text: digits }, { authorId: facilitator.userId });
  });
  await expect.poll(() => readNotes(facilitator.doc).length).toBe(3);

  const latin = await noteText(page, idOf(facilitator, english)!);
  expectFitsReadably(latin, english);
  expect([latin.direction, latin.align]).toEqual(['ltr', 'left']);
  expectInkAt(latin, 'left');

  const arabic = await noteText(page, idOf(facilitator, ARABIC)!);
  expect([arabic.direction, arabic.align]).toEqual(['rtl', 'right']);
  expectInkAt(arabic, 'right');

  const numbers = await noteText(page, idOf(facilitator, digits)!);
  expect([numbers.direction, numbers.align]).toEqual(['rtl', 'right']);

  // A cluster's name, like a note, takes its own direction: an English name on this Arabic board reads left to right.
  facilitator.change((doc) => groupNotes(doc, [idOf(facilitator, english)!], 'Customs training'));
  await expect
    .poll(() =>
      page.evaluate(() => {
        const { stages } = (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva;
        const stage = stages.find((candidate) => candidate.container().closest('[data-testid="board-canvas"]'));
        const names = (stage as unknown as { find(selector: string): KonvaText[] } | undefined)?.find('.cluster-name');
        return names?.map((label) => [label.text(), label.direction()]) ?? [];
      }),
    )
    .toEqual([['Customs training', 'ltr']]);

  // The heatmap's key mirrors too: at the board's right (its start), its bar running right to left.
  const toolbar = page.getByRole('toolbar', { name: ar('toolbar.label') });
  await toolbar.getByRole('button', { name: ar('toolbar.heatmap'), exact: true }).click();
  const legend = page.getByTestId('heatmap-legend');
  await legend.waitFor({ timeout: 5_000 });
  const board = await canvasBox(page);
  const box = (await legend.boundingBox())!;
  expect(box.x).toBeGreaterThan(board.x + board.width / 2);
  const bar = legend.getByRole('img');
  expect(await bar.evaluate((element) => getComputedStyle(element).backgroundImage)).toMatch(
    /^linear-gradient\(to left, rgb\(253, 231, 37\) 0%/,
  );
});

test('the heatmap key shows while the heatmap is on: fewer dots to more, in the heatmap colours', async () => {
  const links = await apiBoard(baseUrl, 'Heatmap key');
  const page = await newPage('en-GB');
  await page.goto(links.participant);
  await enterBoard(page, 'Bruno');
  const legend = page.getByRole('group', { name: 'Heatmap key' });
  expect(await legend.count()).toBe(0);

  // No dot yet, so no heat to draw: the key shows all the same, since the heatmap is on.
  await tool(page, 'Heatmap').click();
  await legend.waitFor({ timeout: 5_000 });
  expect((await legend.innerText()).replace(/\s+/g, ' ').trim()).toBe('Fewer dots More dots');
  const bar = legend.getByRole('img', { name: 'Colours from yellow to dark violet' });
  const gradient = await bar.evaluate((element) => getComputedStyle(element).backgroundImage);
  expect(gradient).toMatch(/^linear-gradient\(to right, rgb\(253, 231, 37\) 0%/);
  expect(gradient).toContain('rgb(68, 1, 84) 100%');
  // At the board's bottom left (its start corner), clear of the zoom controls on the right.
  const board = await canvasBox(page);
  const box = (await legend.boundingBox())!;
  expect(box.x + box.width).toBeLessThan(board.x + board.width / 2);
  expect(box.y).toBeGreaterThan(board.y + board.height / 2);

  await tool(page, 'Heatmap').click();
  await expect.poll(() => legend.count(), { timeout: 2_000 }).toBe(0);
});
