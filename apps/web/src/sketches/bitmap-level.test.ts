import { describe, expect, it } from 'vitest';
import type { NoteImage } from '@notevote/board';
import { BITMAP_WIDTHS, MAX_BITMAP_WIDTH, bitmapWidthFor } from './bitmap-level';

const REF = 'AAAAAAAAAAAAAAAAAAAAAA';
/** A 400 × 300 sketch of a 4000 × 3000 photo: its picture is drawn 388 board units wide. */
const sketch = (image: Partial<NoteImage> = {}) => ({
  x: 0,
  y: 0,
  width: 400,
  height: 303,
  image: { ref: REF, width: 4000, height: 3000, orientation: 1, ...image },
});

describe('bitmapWidthFor', () => {
  it('picks the smallest step at least as wide as the picture is drawn on screen', () => {
    // 388 board units at 1 device px each: 384 is too narrow, 512 covers it.
    expect(bitmapWidthFor(sketch(), 1)).toBe(512);
    // Zoomed out to 0.1 on a 2× screen: about 78 px wide.
    expect(bitmapWidthFor(sketch(), 0.2)).toBe(96);
    // Far out: the smallest step.
    expect(bitmapWidthFor(sketch(), 0.01)).toBe(64);
  });

  it('never asks for more than 1.5 times what is drawn', () => {
    for (let scale = 0.05; scale < 10; scale *= 1.13) {
      const width = bitmapWidthFor(sketch(), scale);
      const drawn = 388 * scale;
      if (width < MAX_BITMAP_WIDTH && drawn > BITMAP_WIDTHS[0]!) expect(width).toBeLessThanOrEqual(drawn * 1.5);
      if (width < MAX_BITMAP_WIDTH) expect(width).toBeGreaterThanOrEqual(Math.min(drawn, 4000));
    }
  });

  it('stops at the picture’s own width and at the largest step', () => {
    expect(bitmapWidthFor(sketch({ width: 300, height: 200 }), 3)).toBe(300);
    expect(bitmapWidthFor(sketch({ width: 8000, height: 6000 }), 40)).toBe(MAX_BITMAP_WIDTH);
  });

  it('measures a quarter-turned photo along the stored width, which runs down the screen', () => {
    // A portrait note (300 wide, 400 high) of a photo stored 4000 × 3000, orientation 6: the stored width is drawn
    // 388 units high, so it needs 512 px; measured across the note's width it would wrongly be 384 or less.
    const turned = { ...sketch({ orientation: 6 }), width: 303, height: 400 };
    expect(bitmapWidthFor(turned, 1)).toBe(512);
  });

  it('asks for the smallest step when the note is drawn at no size at all', () => {
    expect(bitmapWidthFor(sketch(), 0)).toBe(64);
    expect(bitmapWidthFor(sketch(), Number.NaN)).toBe(64);
  });
});
