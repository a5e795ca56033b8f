import type { Note } from '@notevote/board';

/** The writing direction of the interface language: it decides which end of a row is read first. */
export type ReadingDirection = 'ltr' | 'rtl';

type Placed = Pick<Note, 'id' | 'x' | 'y' | 'width' | 'height'>;

/**
 * Notes in the order a person reads the board: rows from top to bottom, and each row from its start to its end (left
 * to right, or right to left in a right-to-left language). Notes are rarely aligned to the pixel, so a note joins the
 * row being read when its top is above the middle of that row's first note; otherwise it starts the next row. Equal
 * positions are ordered by id, so the order is the same on every device.
 */
export function readingOrder<T extends Placed>(notes: Iterable<T>, direction: ReadingDirection): T[] {
  const byTop = [...notes].sort((a, b) => a.y - b.y || a.x - b.x || compareIds(a.id, b.id));
  const rows: T[][] = [];
  let rowMiddle = -Infinity;
  for (const note of byTop) {
    const row = rows[rows.length - 1];
    if (row && note.y < rowMiddle) {
      row.push(note);
    } else {
      rows.push([note]);
      rowMiddle = note.y + note.height / 2;
    }
  }
  const along = direction === 'rtl' ? -1 : 1;
  return rows.flatMap((row) =>
    row.sort((a, b) => along * (a.x + a.width / 2 - (b.x + b.width / 2)) || compareIds(a.id, b.id)),
  );
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
