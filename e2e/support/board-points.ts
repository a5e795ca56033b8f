import type { Page } from 'playwright-core';
import { canvasBox, finishEditing, noteEditor } from './board-ui';

/** A point on the board, in board units. */
export type BoardPoint = { x: number; y: number };

/**
 * A board point as a page point, for a view at 100 % with the board's origin at the canvas's top-left corner: where
 * every view starts on a board opened while it is empty (nothing to fit).
 */
export async function onPage(page: Page, point: BoardPoint): Promise<BoardPoint> {
  const box = await canvasBox(page);
  return { x: box.x + point.x, y: box.y + point.y };
}

/** Double-clicks the empty board at `centre` (a new 200 × 200 note centred there) and types its text. */
export async function addNoteAt(page: Page, centre: BoardPoint, text: string): Promise<void> {
  const at = await onPage(page, centre);
  await page.mouse.dblclick(at.x, at.y);
  await noteEditor(page).waitFor({ state: 'visible', timeout: 5_000 });
  await page.keyboard.type(text);
  await finishEditing(page);
}
