import { describe, expect, it } from 'vitest';
import type { Note } from '@notevote/board';
import { inStackingOrder, noteAt, notesInside, visibleNotes } from './visible-notes';
import { testNote } from './test-notes';

const note = (id: string, x: number, y: number, z = 0, createdAt = 0): Note => testNote(id, { x, y, z, createdAt });

describe('visible notes', () => {
  const notes = new Map([note('a', 0, 0, 2), note('b', 50, 50, 1), note('far', 5000, 5000, 0)].map((n) => [n.id, n]));
  const ordered = inStackingOrder(notes);

  it('keeps only notes in view, bottom to top', () => {
    expect(visibleNotes(ordered, { x: -10, y: -10, width: 300, height: 300 }).map((n) => n.id)).toEqual(['b', 'a']);
  });

  it('keeps notes that must stay mounted even off screen', () => {
    expect(visibleNotes(ordered, { x: -10, y: -10, width: 20, height: 20 }, new Set(['far'])).map((n) => n.id)).toEqual(
      ['far', 'a'],
    );
  });

  it('is stable for equal z: creation time, then id', () => {
    const same = new Map([note('y', 0, 0, 0, 5), note('x', 0, 0, 0, 5), note('w', 0, 0, 0, 1)].map((n) => [n.id, n]));
    expect(visibleNotes(inStackingOrder(same), { x: 0, y: 0, width: 10, height: 10 }).map((n) => n.id)).toEqual([
      'w',
      'x',
      'y',
    ]);
  });

  it('hits the topmost note under a point', () => {
    expect(noteAt(notes.values(), { x: 60, y: 60 })?.id).toBe('a');
    expect(noteAt(notes.values(), { x: 140, y: 140 })?.id).toBe('b');
    expect(noteAt(notes.values(), { x: 1000, y: 1000 })).toBeNull();
  });

  it('selects notes entirely inside a rubber band', () => {
    expect(notesInside(notes.values(), { x: -1, y: -1, width: 120, height: 120 })).toEqual(['a']);
  });
});
