import { describe, expect, it } from 'vitest';
import type { NoteImage } from '@notevote/board';
import { paintSketch, type Drawable } from './paint-sketch';
import { SKETCH_INSET, applyMatrix, type Matrix } from './sketch-geometry';

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** A 2D context that follows save/restore and the transforms, and records where each drawn image's corners land. */
function trackingContext({ throwOnDraw = false } = {}) {
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const images: Array<{
    topLeft: { x: number; y: number };
    topRight: { x: number; y: number };
    far: { x: number; y: number };
  }> = [];
  const fills: string[] = [];
  let strokes = 0;
  const round = (p: { x: number; y: number }) => ({ x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 });
  const context = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    lineJoin: '',
    save: () => stack.push(matrix),
    restore: () => (matrix = stack.pop()!),
    translate: (x: number, y: number) => (matrix = multiply(matrix, [1, 0, 0, 1, x, y])),
    scale: (x: number, y: number) => (matrix = multiply(matrix, [x, 0, 0, y, 0, 0])),
    transform: (...m: Matrix) => (matrix = multiply(matrix, m)),
    fillRect(x: number, y: number, w: number, h: number) {
      fills.push(`${this.fillStyle} ${x},${y} ${w}×${h}`);
    },
    strokeRect: () => strokes++,
    beginPath() {},
    moveTo() {},
    lineTo() {},
    closePath() {},
    arc() {},
    fill() {},
    stroke: () => strokes++,
    drawImage(_image: unknown, x: number, y: number, w: number, h: number) {
      if (throwOnDraw) throw new DOMException('closed', 'InvalidStateError');
      images.push({
        topLeft: round(applyMatrix(matrix, x, y)),
        topRight: round(applyMatrix(matrix, x + w, y)),
        far: round(applyMatrix(matrix, x + w, y + h)),
      });
    },
  };
  return {
    context: context as unknown as CanvasRenderingContext2D,
    images,
    fills,
    strokes: () => strokes,
    depth: () => stack.length,
  };
}

const bitmap = (width: number, height: number) => ({ width, height }) as unknown as Drawable;
const image = (orientation: number): NoteImage => ({
  ref: 'AAAAAAAAAAAAAAAAAAAAAA',
  width: 400,
  height: 300,
  orientation,
});

describe('paintSketch', () => {
  // A card of 400 × 400 board units at (100, 100); its picture area is 388 × 388 from (106, 106).
  const note = { x: 100, y: 100, width: 400, height: 400 };
  const inner = 400 - 2 * SKETCH_INSET;

  it('fits an upright picture inside the card, centred, on a white backing', () => {
    const { context, images, fills } = trackingContext();
    paintSketch(context, note, image(1), bitmap(400, 300), 'ready');
    const height = (inner * 300) / 400;
    const top = 106 + (inner - height) / 2;
    expect(images).toEqual([
      { topLeft: { x: 106, y: top }, topRight: { x: 494, y: top }, far: { x: 494, y: top + height } },
    ]);
    expect(fills[0]).toBe(`#ffffff 106,${top} ${inner}×${height}`);
  });

  it('turns a photo taken upright (orientation 6) a quarter clockwise: its top row becomes the right edge', () => {
    const { context, images } = trackingContext();
    paintSketch(context, note, image(6), bitmap(400, 300), 'ready');
    // Shown 300 wide and 400 high, fitted: 291 × 388, centred across.
    const width = (inner * 300) / 400;
    const left = 106 + (inner - width) / 2;
    const [drawn] = images;
    expect(drawn!.topLeft).toEqual({ x: Math.round((left + width) * 100) / 100, y: 106 });
    expect(drawn!.topRight).toEqual({ x: Math.round((left + width) * 100) / 100, y: 494 });
    expect(drawn!.far).toEqual({ x: Math.round(left * 100) / 100, y: 494 });
  });

  it('mirrors for orientation 2 and turns half round for 3', () => {
    const mirrored = trackingContext();
    paintSketch(mirrored.context, { x: 0, y: 0, width: 412, height: 312 }, image(2), bitmap(400, 300), 'ready');
    expect(mirrored.images[0]!.topLeft).toEqual({ x: 406, y: 6 });
    const turned = trackingContext();
    paintSketch(turned.context, { x: 0, y: 0, width: 412, height: 312 }, image(3), bitmap(400, 300), 'ready');
    expect(turned.images[0]!.topLeft).toEqual({ x: 406, y: 306 });
  });

  it('follows the bitmap’s own shape, not the note’s record of it', () => {
    const { context, images } = trackingContext();
    // The record says 400 × 300; the bytes decode square: drawn square, not stretched.
    paintSketch(context, note, image(1), bitmap(100, 100), 'ready');
    expect(images[0]).toEqual({ topLeft: { x: 106, y: 106 }, topRight: { x: 494, y: 106 }, far: { x: 494, y: 494 } });
  });

  it('draws a placeholder while loading, struck through when the picture failed, and never the picture', () => {
    const loading = trackingContext();
    paintSketch(loading.context, note, image(1), null, 'loading');
    expect(loading.images).toEqual([]);
    expect(loading.fills[0]).toBe(`#f6f8fa 106,106 ${inner}×${inner}`);
    const failed = trackingContext();
    paintSketch(failed.context, note, image(1), null, 'failed');
    expect(failed.strokes()).toBeGreaterThan(loading.strokes());
    // A closed bitmap (0 × 0) is no picture either.
    const closed = trackingContext();
    paintSketch(closed.context, note, image(1), bitmap(0, 0), 'ready');
    expect(closed.images).toEqual([]);
    expect(closed.fills[0]).toContain('#f6f8fa');
  });

  it('survives a bitmap closed between reading and drawing, leaving the context as it found it', () => {
    const tracking = trackingContext({ throwOnDraw: true });
    expect(() => paintSketch(tracking.context, note, image(1), bitmap(400, 300), 'ready')).not.toThrow();
    expect(tracking.depth()).toBe(0);
  });
});
