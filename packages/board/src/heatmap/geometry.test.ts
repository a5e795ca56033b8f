import { describe, expect, it } from 'vitest';
import { assertGridMatchesSpec, createGrid, gridShape, isInsideBounds, MAX_HEATMAP_CELLS } from './geometry';

const spec = { bounds: { x: -100, y: 50, width: 5120, height: 2880 }, cellSize: 10, radius: 30 };

describe('grid geometry', () => {
  it('covers the bounds with whole cells from the top-left corner', () => {
    expect(gridShape(spec)).toEqual({ originX: -100, originY: 50, cellSize: 10, columns: 512, rows: 288 });
    expect(gridShape({ ...spec, bounds: { x: 0, y: 0, width: 101, height: 99.5 } })).toMatchObject({
      columns: 11,
      rows: 10,
    });
    // 0.3 / 0.1 is 2.9999999999999996 in floating point; it must not turn into 4 columns or 2.
    expect(gridShape({ bounds: { x: 0, y: 0, width: 0.3, height: 0.7 }, cellSize: 0.1, radius: 0 })).toMatchObject({
      columns: 3,
      rows: 7,
    });
  });

  it('creates a zeroed grid of columns × rows values', () => {
    const grid = createGrid(spec);
    expect(grid.values).toHaveLength(512 * 288);
    expect(grid.values.every((v) => v === 0)).toBe(true);
  });

  it('rejects invalid specs and absurd grids', () => {
    expect(() => gridShape({ ...spec, cellSize: 0 })).toThrow(RangeError);
    expect(() => gridShape({ ...spec, radius: -1 })).toThrow(RangeError);
    expect(() => gridShape({ ...spec, bounds: { ...spec.bounds, width: Number.NaN } })).toThrow(RangeError);
    expect(() => gridShape({ ...spec, bounds: { ...spec.bounds, height: -1 } })).toThrow(RangeError);
    expect(() => gridShape({ ...spec, cellSize: 5120 / Math.sqrt(MAX_HEATMAP_CELLS) / 2 })).toThrow(/exceeds/);
  });

  it('counts the bounds edges as inside and NaN as outside', () => {
    expect(isInsideBounds(spec.bounds, -100, 50)).toBe(true);
    expect(isInsideBounds(spec.bounds, 5020, 2930)).toBe(true);
    expect(isInsideBounds(spec.bounds, 5020.001, 100)).toBe(false);
    expect(isInsideBounds(spec.bounds, Number.NaN, 100)).toBe(false);
  });

  it('refuses to pair a grid with a different spec', () => {
    const grid = createGrid(spec);
    expect(() => assertGridMatchesSpec(grid, spec)).not.toThrow();
    expect(() => assertGridMatchesSpec(grid, { ...spec, cellSize: 20 })).toThrow(RangeError);
  });
});
