import { describe, expect, it } from 'vitest';
import { gridShape } from './geometry';
import { createSplatTarget, splatCoordinates, splatPoints } from './splat';

const spec = { bounds: { x: 0, y: 0, width: 40, height: 30 }, cellSize: 10, radius: 0 };
const shape = gridShape(spec); // 4 × 3 cells, so the apron grid is 6 × 5

function apronOf(dots: { x: number; y: number }[]): number[] {
  const target = createSplatTarget(shape, spec.bounds);
  splatPoints(target, dots);
  return Array.from(target.apron);
}

describe('bilinear splat', () => {
  it('puts a dot at a cell centre entirely into that cell', () => {
    const apron = apronOf([{ x: 15, y: 25 }]); // cell (1, 2), apron (2, 3)
    expect(apron[3 * 6 + 2]).toBe(1);
    expect(apron.reduce((a, b) => a + b)).toBe(1);
  });

  it('splits a dot between the four nearest centres by distance', () => {
    const apron = apronOf([{ x: 17.5, y: 20 }]); // a quarter cell right of (1, 1)'s centre, halfway down to (1, 2)
    expect(apron[2 * 6 + 2]).toBeCloseTo(0.375, 6);
    expect(apron[2 * 6 + 3]).toBeCloseTo(0.125, 6);
    expect(apron[3 * 6 + 2]).toBeCloseTo(0.375, 6);
    expect(apron[3 * 6 + 3]).toBeCloseTo(0.125, 6);
  });

  it('lets dots near the bounds spill onto the apron instead of piling onto the edge cells', () => {
    const apron = apronOf([{ x: 0, y: 30 }]); // bottom-left corner: midway between 4 centres, 3 of them off-grid
    expect(apron[3 * 6 + 0]).toBeCloseTo(0.25, 6);
    expect(apron[4 * 6 + 1]).toBeCloseTo(0.25, 6);
    expect(apron[3 * 6 + 1]).toBeCloseTo(0.25, 6);
  });

  it('drops dots outside the bounds and conserves the mass of the rest', () => {
    const target = createSplatTarget(shape, spec.bounds);
    const xs = [3, -0.01, 40, 40.01, Number.NaN, 12.3, Infinity];
    const ys = [4, 5, 30, 5, 5, 29.9, 5];
    splatCoordinates(target, xs, ys, xs.length);
    expect(target.apron.reduce((a, b) => a + b)).toBeCloseTo(3, 6);
  });
});
