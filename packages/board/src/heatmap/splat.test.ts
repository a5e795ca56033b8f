import { describe, expect, it } from 'vitest';
import { gridShape } from './geometry';
import { apronStart, lineBlockSize } from './line-block';
import { apronIndex, createSplatTarget, splatCoordinates, splatLayout, splatPoints, type SplatTarget } from './splat';

const spec = { bounds: { x: 0, y: 0, width: 40, height: 30 }, cellSize: 10, radius: 0 };
const shape = gridShape(spec); // 4 × 3 cells, so the apron grid is 6 × 5
// Some padding, as the blur asks for, so the tests also see that it stays zero.
const layout = splatLayout(shape, 2);

function splatOf(dots: { x: number; y: number }[]): SplatTarget {
  const target = createSplatTarget(layout, spec.bounds, spec.cellSize);
  splatPoints(target, dots);
  return target;
}

/** Apron cell (column, row) of a splat. */
const at = (target: SplatTarget, column: number, row: number): number => target.apron[apronIndex(target, column, row)]!;

const total = (target: SplatTarget): number => target.apron.reduce((a, b) => a + b, 0);

describe('bilinear splat', () => {
  it('lays the apron out column by column, with the padding around every column', () => {
    expect(layout).toMatchObject({ lines: 6, length: 3, padding: 2, stride: 7 });
    expect(lineBlockSize(layout)).toBe(2 + 6 * 7);
    const target = createSplatTarget(layout, spec.bounds, spec.cellSize);
    expect(apronIndex(target, 0, 0)).toBe(apronStart(layout, 0));
    expect(apronIndex(target, 2, 1)).toBe(apronStart(layout, 2) + 1);
  });

  it('puts a dot at a cell centre entirely into that cell', () => {
    const target = splatOf([{ x: 15, y: 25 }]); // cell (1, 2), apron (2, 3)
    expect(at(target, 2, 3)).toBe(1);
    expect(total(target)).toBe(1);
  });

  it('splits a dot between the four nearest centres by distance', () => {
    const target = splatOf([{ x: 17.5, y: 20 }]); // a quarter cell right of (1, 1)'s centre, halfway down to (1, 2)
    expect(at(target, 2, 2)).toBeCloseTo(0.375, 6);
    expect(at(target, 3, 2)).toBeCloseTo(0.125, 6);
    expect(at(target, 2, 3)).toBeCloseTo(0.375, 6);
    expect(at(target, 3, 3)).toBeCloseTo(0.125, 6);
  });

  it('lets dots near the bounds spill onto the apron instead of piling onto the edge cells', () => {
    const target = splatOf([{ x: 0, y: 30 }]); // bottom-left corner: midway between 4 centres, 3 of them off-grid
    expect(at(target, 0, 3)).toBeCloseTo(0.25, 6);
    expect(at(target, 1, 4)).toBeCloseTo(0.25, 6);
    expect(at(target, 1, 3)).toBeCloseTo(0.25, 6);
    expect(at(target, 0, 4)).toBeCloseTo(0.25, 6);
  });

  it('drops dots outside the bounds and conserves the mass of the rest', () => {
    const target = createSplatTarget(layout, spec.bounds, spec.cellSize);
    const xs = [3, -0.01, 40, 40.01, Number.NaN, 12.3, Infinity];
    const ys = [4, 5, 30, 5, 5, 29.9, 5];
    splatCoordinates(target, xs, ys, xs.length);
    expect(total(target)).toBeCloseTo(3, 6);
  });

  it('keeps the padding between columns zero, even for dots on the far edges', () => {
    const target = splatOf([
      { x: 40, y: 30 },
      { x: 0, y: 0 },
      { x: 40, y: 0 },
    ]);
    for (let column = 0; column < layout.lines; column++) {
      const start = apronStart(layout, column);
      for (let k = 1; k <= layout.padding; k++) expect(target.apron[start - k]).toBe(0);
    }
    expect(target.apron[target.apron.length - 1]).toBe(0);
    expect(total(target)).toBeCloseTo(3, 6);
  });
});
