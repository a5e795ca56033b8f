import { describe, expect, it } from 'vitest';
import { intersectRects, panToReveal } from './keep-in-view';

// A phone's board area (390 px wide) with the on-screen keyboard covering everything below y = 300.
const aboveKeyboard = { x: 0, y: 60, width: 390, height: 240 };

describe('panToReveal', () => {
  it('leaves a target that is already visible where it is', () => {
    expect(panToReveal({ x: 100, y: 100, width: 150, height: 150 }, aboveKeyboard, 8)).toEqual({ dx: 0, dy: 0 });
  });

  it('moves a note the keyboard covers up until its bottom edge clears the keyboard', () => {
    const note = { x: 100, y: 400, width: 150, height: 150 };
    const { dx, dy } = panToReveal(note, aboveKeyboard, 8);
    expect(dx).toBe(0);
    expect(note.y + dy + note.height).toBe(aboveKeyboard.y + aboveKeyboard.height - 8);
  });

  it('moves a note above the visible area down to its top edge', () => {
    const note = { x: 100, y: -50, width: 150, height: 100 };
    expect(panToReveal(note, aboveKeyboard, 8).dy).toBe(aboveKeyboard.y + 8 - note.y);
  });

  it('shows the start of a note taller than the visible area', () => {
    const note = { x: 100, y: 350, width: 150, height: 500 };
    expect(panToReveal(note, aboveKeyboard, 8).dy).toBe(aboveKeyboard.y + 8 - note.y);
  });

  it('brings a note off the side back in', () => {
    const note = { x: 330, y: 100, width: 150, height: 150 };
    expect(panToReveal(note, aboveKeyboard, 8).dx).toBe(390 - 8 - (330 + 150));
  });

  it('copes with a visible area smaller than its margins', () => {
    const { dx, dy } = panToReveal({ x: 0, y: 0, width: 10, height: 10 }, { x: 0, y: 0, width: 4, height: 4 }, 8);
    expect(Number.isFinite(dx) && Number.isFinite(dy)).toBe(true);
  });
});

describe('intersectRects', () => {
  it('is the overlap of two rectangles', () => {
    expect(intersectRects({ x: 0, y: 0, width: 100, height: 100 }, { x: 50, y: 20, width: 100, height: 30 })).toEqual({
      x: 50,
      y: 20,
      width: 50,
      height: 30,
    });
  });

  it('is empty where they do not meet', () => {
    const overlap = intersectRects({ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 20, width: 5, height: 5 });
    expect(overlap.width * overlap.height).toBe(0);
  });
});
