import { describe, expect, it } from 'vitest';
import { testNote } from '../canvas/test-notes';
import { readingOrder } from './reading-order';

const ids = (notes: ReadonlyArray<{ id: string }>) => notes.map((note) => note.id);

describe('reading order', () => {
  // Two rows of three, not quite aligned (as people leave them), given in no particular order.
  const board = [
    testNote('b2', { x: 130, y: 150 }),
    testNote('a3', { x: 260, y: 8 }),
    testNote('a1', { x: 0, y: 12 }),
    testNote('b1', { x: 4, y: 135 }),
    testNote('a2', { x: 125, y: 0 }),
    testNote('b3', { x: 250, y: 140 }),
  ];

  it('reads rows from top to bottom, each from left to right, whatever small offsets the notes have', () => {
    expect(ids(readingOrder(board, 'ltr'))).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3']);
  });

  it('reads each row from right to left in a right-to-left language', () => {
    expect(ids(readingOrder(board, 'rtl'))).toEqual(['a3', 'a2', 'a1', 'b3', 'b2', 'b1']);
  });

  it('starts a new row once a note is lower than the middle of the row’s first note', () => {
    const notes = [testNote('top', { x: 200, y: 0 }), testNote('lower', { x: 0, y: 60 })];
    expect(ids(readingOrder(notes, 'ltr'))).toEqual(['top', 'lower']);
    const close = [testNote('top', { x: 200, y: 0 }), testNote('beside', { x: 0, y: 40 })];
    expect(ids(readingOrder(close, 'ltr'))).toEqual(['beside', 'top']);
  });

  it('orders notes in the same place by id, so every device lists them alike', () => {
    const stacked = [testNote('n2'), testNote('n1'), testNote('n3')];
    expect(ids(readingOrder(stacked, 'ltr'))).toEqual(['n1', 'n2', 'n3']);
    expect(ids(readingOrder(stacked, 'rtl'))).toEqual(['n1', 'n2', 'n3']);
  });
});
