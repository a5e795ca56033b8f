import { describe, expect, it } from 'vitest';
import type { DotCloud } from './dot-cloud';
import { blendOver, spriteFromPixels, stampDots, type DotSprite, type DotSpriteVariants } from './dot-stamp';

/** A size×size sprite of one colour whose pixels at `opaque` indices are solid and the rest transparent. */
function sprite(size: number, rgba: [number, number, number, number], opaque?: (x: number, y: number) => boolean) {
  const pixels = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (opaque && !opaque(x, y)) continue;
      pixels.set(rgba, (y * size + x) * 4);
    }
  }
  return spriteFromPixels(size, pixels);
}

const cloud = (points: Array<[number, number, number]>): DotCloud => ({
  count: points.length,
  xs: Float64Array.from(points.map((p) => p[0])),
  ys: Float64Array.from(points.map((p) => p[1])),
  colorIndex: Uint16Array.from(points.map((p) => p[2])),
  palette: [],
});

const pixelAt = (pixels: Uint8ClampedArray, stride: number, x: number, y: number) => [
  ...pixels.subarray((y * stride + x) * 4, (y * stride + x) * 4 + 4),
];

describe('dot sprites', () => {
  it('records the non-transparent span of each row', () => {
    const ring = sprite(4, [255, 0, 0, 255], (x, y) => y > 0 && x > 0 && x < 3);
    expect([...ring.rowStart]).toEqual([4, 1, 1, 1]);
    expect([...ring.rowEnd]).toEqual([0, 3, 3, 3]);
  });
});

describe('stampDots', () => {
  const same = (one: DotSprite): DotSpriteVariants => [one, one, one, one];
  const red = same(sprite(2, [255, 0, 0, 255]));
  const blue = same(sprite(2, [0, 0, 255, 255]));

  it('centres each dot on its board position, mapped to pixels', () => {
    const buffer = { pixels: new Uint8ClampedArray(10 * 10 * 4), stride: 10 };
    const drawn = stampDots(buffer, { width: 10, height: 10, scale: 2, offsetX: 1, offsetY: 0 }, cloud([[2, 3, 0]]), [
      red,
    ]);
    // Board (2, 3) → pixel (5, 6); a 2×2 sprite covers 4..5 × 5..6.
    expect(drawn).toEqual({ x: 4, y: 5, width: 2, height: 2 });
    expect(pixelAt(buffer.pixels, 10, 4, 5)).toEqual([255, 0, 0, 255]);
    expect(pixelAt(buffer.pixels, 10, 5, 6)).toEqual([255, 0, 0, 255]);
    expect(pixelAt(buffer.pixels, 10, 6, 6)).toEqual([0, 0, 0, 0]);
  });

  it('draws later dots over earlier ones, each in its own colour', () => {
    const buffer = { pixels: new Uint8ClampedArray(4 * 4 * 4), stride: 4 };
    const view = { width: 4, height: 4, scale: 1, offsetX: 0, offsetY: 0 };
    stampDots(
      buffer,
      view,
      cloud([
        [1, 1, 0],
        [2, 1, 1],
      ]),
      [red, blue],
    );
    expect(pixelAt(buffer.pixels, 4, 0, 0)).toEqual([255, 0, 0, 255]);
    expect(pixelAt(buffer.pixels, 4, 1, 0)).toEqual([0, 0, 255, 255]);
  });

  it('picks the sprite drawn nearest to the dot’s sub-pixel position', () => {
    const shifted: DotSpriteVariants = [
      sprite(2, [255, 0, 0, 255]),
      sprite(2, [0, 255, 0, 255]),
      sprite(2, [0, 0, 255, 255]),
      sprite(2, [255, 255, 255, 255]),
    ];
    const view = { width: 4, height: 4, scale: 1, offsetX: 0, offsetY: 0 };
    const buffer = () => ({ pixels: new Uint8ClampedArray(4 * 4 * 4), stride: 4 });
    const halfRight = buffer();
    // Top-left corner at (0.5, 0): the sprite shifted half a pixel right.
    expect(stampDots(halfRight, view, cloud([[1.5, 1, 0]]), [shifted])).toEqual({ x: 0, y: 0, width: 2, height: 2 });
    expect(pixelAt(halfRight.pixels, 4, 0, 0)).toEqual([0, 255, 0, 255]);
    const halfDown = buffer();
    // (0.9, 0.5): rounds to the next whole pixel across, half a pixel down.
    expect(stampDots(halfDown, view, cloud([[1.9, 1.5, 0]]), [shifted])).toEqual({ x: 1, y: 0, width: 2, height: 2 });
    expect(pixelAt(halfDown.pixels, 4, 1, 0)).toEqual([0, 0, 255, 255]);
  });

  it('clips dots at the edges and skips those outside the target area', () => {
    const buffer = { pixels: new Uint8ClampedArray(6 * 4 * 4), stride: 6 };
    const view = { width: 4, height: 4, scale: 1, offsetX: 0, offsetY: 0 };
    expect(stampDots(buffer, view, cloud([[50, 50, 0]]), [red])).toBeNull();
    expect(stampDots(buffer, view, cloud([[0, 4, 0]]), [red])).toEqual({ x: 0, y: 3, width: 1, height: 1 });
    // Nothing spills into the columns past the target width, which belong to a wider buffer.
    stampDots(buffer, view, cloud([[4, 1, 0]]), [red]);
    expect(pixelAt(buffer.pixels, 6, 3, 0)).toEqual([255, 0, 0, 255]);
    expect(pixelAt(buffer.pixels, 6, 4, 0)).toEqual([0, 0, 0, 0]);
  });
});

describe('blendOver', () => {
  it('composites a translucent pixel over an opaque one', () => {
    const destination = new Uint8ClampedArray([0, 0, 255, 255]);
    blendOver(destination, 0, new Uint8ClampedArray([255, 0, 0, 128]), 0);
    expect([...destination]).toEqual([128, 0, 127, 255]);
  });

  it('composites two translucent pixels into a more opaque one', () => {
    const destination = new Uint8ClampedArray([0, 0, 255, 128]);
    blendOver(destination, 0, new Uint8ClampedArray([255, 0, 0, 128]), 0);
    expect(destination[3]).toBe(192);
    expect(destination[0]! > destination[2]!).toBe(true);
  });
});
