import { describe, expect, it } from 'vitest';
import {
  SKETCH_INSET,
  applyMatrix,
  containRect,
  displaySize,
  orientationMatrix,
  pictureArea,
  sketchNoteSize,
} from './sketch-geometry';

const photo = (width: number, height: number, orientation = 1) => ({ width, height, orientation });

describe('sketch size', () => {
  it('keeps the picture’s shape, its long side 400 board units with the card’s margin', () => {
    // 388 × 291 of picture (4:3) in a 6-unit margin.
    expect(sketchNoteSize(photo(4000, 3000))).toEqual({ width: 400, height: 303 });
    const tall = sketchNoteSize(photo(1500, 3000));
    expect(tall.height).toBe(400);
    expect(tall.width - 2 * SKETCH_INSET).toBe(Math.round((400 - 2 * SKETCH_INSET) / 2));
  });

  it('swaps width and height for orientations 5 to 8 (a phone held upright stores the photo sideways)', () => {
    for (const orientation of [5, 6, 7, 8]) {
      expect(displaySize(photo(4000, 3000, orientation))).toEqual({ width: 3000, height: 4000 });
      const size = sketchNoteSize(photo(4000, 3000, orientation));
      expect(size.height).toBe(400);
      expect(size.width).toBeLessThan(size.height);
    }
    for (const orientation of [1, 2, 3, 4]) {
      expect(displaySize(photo(4000, 3000, orientation))).toEqual({ width: 4000, height: 3000 });
    }
  });

  it('does not blow up a small screenshot past its own size, but makes it at least a note', () => {
    expect(sketchNoteSize(photo(300, 150))).toEqual({ width: 300, height: 156 });
    expect(sketchNoteSize(photo(32, 32))).toEqual({ width: 200, height: 200 });
  });

  it('keeps a very thin strip within the note size limits', () => {
    const strip = sketchNoteSize(photo(8000, 10));
    expect(strip.width).toBe(400);
    expect(strip.height).toBeGreaterThanOrEqual(40);
  });
});

describe('containRect', () => {
  it('fits the content into the box without stretching, centred', () => {
    expect(containRect({ x: 0, y: 0, width: 200, height: 200 }, 400, 100)).toEqual({
      x: 0,
      y: 75,
      width: 200,
      height: 50,
    });
    expect(containRect({ x: 10, y: 10, width: 100, height: 50 }, 50, 100)).toEqual({
      x: 47.5,
      y: 10,
      width: 25,
      height: 50,
    });
  });

  it('gives an empty rectangle for content without size', () => {
    expect(containRect({ x: 1, y: 2, width: 3, height: 4 }, 0, 10)).toEqual({ x: 1, y: 2, width: 0, height: 0 });
    expect(containRect({ x: 1, y: 2, width: 3, height: 4 }, Number.NaN, 10).width).toBe(0);
  });

  it('insets the picture inside its card', () => {
    expect(pictureArea({ x: 100, y: 50, width: 400, height: 300 })).toEqual({
      x: 100 + SKETCH_INSET,
      y: 50 + SKETCH_INSET,
      width: 400 - 2 * SKETCH_INSET,
      height: 300 - 2 * SKETCH_INSET,
    });
  });
});

describe('orientationMatrix', () => {
  // Where the stored picture's top-left and top-right pixels end up, as the EXIF specification places row 0 and
  // column 0 for each orientation (a 40 × 30 picture; 5–8 show as 30 × 40).
  const W = 40;
  const H = 30;
  const cases: Array<[number, { x: number; y: number }, { x: number; y: number }]> = [
    [1, { x: 0, y: 0 }, { x: W, y: 0 }],
    [2, { x: W, y: 0 }, { x: 0, y: 0 }],
    [3, { x: W, y: H }, { x: 0, y: H }],
    [4, { x: 0, y: H }, { x: W, y: H }],
    [5, { x: 0, y: 0 }, { x: 0, y: W }],
    [6, { x: H, y: 0 }, { x: H, y: W }],
    [7, { x: H, y: W }, { x: H, y: 0 }],
    [8, { x: 0, y: W }, { x: 0, y: 0 }],
  ];
  for (const [orientation, topLeft, topRight] of cases) {
    it(`turns orientation ${orientation} upright`, () => {
      const matrix = orientationMatrix(orientation, W, H);
      expect(applyMatrix(matrix, 0, 0)).toEqual(topLeft);
      expect(applyMatrix(matrix, W, 0)).toEqual(topRight);
      // The whole picture lands inside the displayed rectangle.
      const shown = displaySize({ width: W, height: H, orientation });
      for (const [x, y] of [
        [0, H],
        [W, H],
      ] as const) {
        const point = applyMatrix(matrix, x, y);
        expect(point.x).toBeGreaterThanOrEqual(0);
        expect(point.x).toBeLessThanOrEqual(shown.width);
        expect(point.y).toBeGreaterThanOrEqual(0);
        expect(point.y).toBeLessThanOrEqual(shown.height);
      }
    });
  }

  it('reads an unknown orientation as upright', () => {
    expect(orientationMatrix(0, W, H)).toEqual([1, 0, 0, 1, 0, 0]);
    expect(orientationMatrix(9, W, H)).toEqual([1, 0, 0, 1, 0, 0]);
  });
});
