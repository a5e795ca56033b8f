import { describe, expect, it } from 'vitest';
import type { Note } from '@notevote/board';
import { batchedNotes, drawsOwnNode, needsOwnNode } from './note-batch';
import { testNote } from './test-notes';

const note = (id: string, x = 0, y = 0): Note => testNote(id, { x, y });

describe('note batch', () => {
  const a = note('a');
  const dragged = note('dragged');
  const mine = note('mine');
  const ordered = [a, dragged, mine];
  const keep = new Set(['dragged']);
  const privateNotes = new Map([['mine', mine]]);

  it('keeps dragged, edited and private notes out of the batch, in order', () => {
    expect(batchedNotes(ordered, keep, privateNotes).map((n) => n.id)).toEqual(['a']);
    expect(needsOwnNode(mine, new Set(), privateNotes)).toBe(true);
  });

  it('batches a note whose private copy was replaced by the board’s (revealed)', () => {
    // During a reveal the layered view shows the board's copy and no longer lists the note as private.
    const revealed = note('mine');
    const shownPrivateAfterReveal = new Map<string, Note>();
    expect(needsOwnNode(revealed, new Set(), shownPrivateAfterReveal)).toBe(false);
  });

  describe('drawsOwnNode', () => {
    const screen = { x: 0, y: 0, width: 500, height: 500 };
    const view = { x: -200, y: -200, width: 900, height: 900 };

    it('at full detail, draws the notes on screen and hides those only in the margin', () => {
      expect(drawsOwnNode(note('on', 100, 100), false, screen, view, new Set(), new Map())).toBe(true);
      expect(drawsOwnNode(note('margin', 600, 100), false, screen, view, new Set(), new Map())).toBe(false);
    });

    it('draws a note just off screen whose badge reaches onto it', () => {
      expect(drawsOwnNode(note('below', 100, 510), false, screen, view, new Set(), new Map())).toBe(true);
    });

    it('while batched, draws only the notes that need their own node', () => {
      expect(drawsOwnNode(note('a', 100, 100), true, screen, view, new Set(), new Map())).toBe(false);
      expect(drawsOwnNode(mine, true, screen, view, new Set(), privateNotes)).toBe(true);
    });

    it('always draws a note being dragged, wherever it is', () => {
      expect(drawsOwnNode(note('dragged', 5_000, 5_000), true, screen, view, keep, new Map())).toBe(true);
    });
  });
});
