import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planBoxBlur } from './blur-plan';
import { computeHeatmap, computeHeatmapFromCoordinates } from './compute';
import { maxValue, normalizeHeatmap, sumHeatmap } from './normalize';
import { argmax, cell, maxAbsDiff, mirror, secondMoment, specOfCells } from './test-helpers';

// sigma 3 cells: the kernel (plus the one-cell splat) reaches planBoxBlur(3).halfWidth + 1 = 10 cells.
const spec = specOfCells(60, 40, 3);
const reach = planBoxBlur(3).halfWidth + 1;

describe('computeHeatmap', () => {
  it('conserves mass: the grid sums to the number of dots that are far enough from the edges', () => {
    // Float32 accumulation error measured around 1e-7 relative; 1e-5 leaves room without hiding a lost pass.
    const interior = fc.record({
      x: fc.double({ min: reach * 10, max: (60 - reach) * 10, noNaN: true }),
      y: fc.double({ min: reach * 10, max: (40 - reach) * 10, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(interior, { minLength: 1, maxLength: 50 }), (dots) => {
        expect(Math.abs(sumHeatmap(computeHeatmap(dots, spec)) - dots.length) / dots.length).toBeLessThan(1e-5);
      }),
      { seed: 20240601, numRuns: 60 },
    );
  });

  it('drops only the heat that spreads past the edges: a corner dot keeps exactly a quarter', () => {
    // The grid equals an unbounded heatmap cropped, so by symmetry a dot on the corner keeps 1/4 of its mass and one
    // on an edge's midpoint 1/2. Zeroing the outside between passes would lose more.
    expect(sumHeatmap(computeHeatmap([{ x: 0, y: 400 }], spec))).toBeCloseTo(0.25, 5);
    expect(sumHeatmap(computeHeatmap([{ x: 300, y: 0 }], spec))).toBeCloseTo(0.5, 5);
  });

  it('shows the same heat near an edge as a larger grid shows there', () => {
    const dots = [
      { x: 3, y: 7 },
      { x: 41, y: 2 },
      { x: 12, y: 33 },
    ];
    const small = computeHeatmap(dots, spec);
    const shifted = { ...spec, bounds: { x: -100, y: -100, width: 800, height: 600 } };
    const large = computeHeatmap(dots, shifted);
    for (let r = 0; r < 15; r++) {
      for (let c = 0; c < 15; c++) expect(cell(small, c, r)).toBeCloseTo(cell(large, c + 10, r + 10), 6);
    }
  });

  it('is symmetric around a lone dot at a cell centre', () => {
    const grid = computeHeatmap([{ x: 305, y: 205 }], spec); // centre of cell (30, 20)
    const tolerance = 1e-6 * maxValue(grid);
    // Column 30 ± k and row 20 ± k must match; the checks cover every cell with a partner on the grid.
    for (let k = 1; k < 30; k++) {
      for (let r = 0; r < 40; r++)
        expect(Math.abs(cell(grid, 30 - k, r) - cell(grid, 30 + k, r))).toBeLessThan(tolerance);
    }
    for (let k = 1; k < 20; k++) {
      for (let c = 0; c < 60; c++)
        expect(Math.abs(cell(grid, c, 20 - k) - cell(grid, c, 20 + k))).toBeLessThan(tolerance);
    }
    expect(cell(grid, 33, 20)).toBeGreaterThan(0);
  });

  it('mirrors the grid when the dots are mirrored', () => {
    const dot = fc.record({
      x: fc.double({ min: 0, max: 600, noNaN: true }),
      y: fc.double({ min: 0, max: 400, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(dot, { minLength: 1, maxLength: 10 }), (dots) => {
        const grid = computeHeatmap(dots, spec);
        const flippedX = computeHeatmap(
          dots.map((d) => ({ x: 600 - d.x, y: d.y })),
          spec,
        );
        const flippedY = computeHeatmap(
          dots.map((d) => ({ x: d.x, y: 400 - d.y })),
          spec,
        );
        const tolerance = 1e-5 * maxValue(grid);
        expect(maxAbsDiff(mirror(flippedX, 'x'), grid)).toBeLessThan(tolerance);
        expect(maxAbsDiff(mirror(flippedY, 'y'), grid)).toBeLessThan(tolerance);
      }),
      { seed: 7, numRuns: 25 },
    );
  });

  it('peaks at the cell containing a lone dot', () => {
    // Positions within 0.02 cells of a cell border are excluded: there the two cells tie to within rounding.
    const offset = fc.double({ min: 0.02, max: 0.98, noNaN: true });
    const position = fc.record({
      column: fc.integer({ min: 0, max: 59 }),
      row: fc.integer({ min: 0, max: 39 }),
      fx: offset,
      fy: offset,
      radius: fc.constantFrom(0.5, 1, 3, 8),
    });
    fc.assert(
      fc.property(position, ({ column, row, fx, fy, radius }) => {
        const grid = computeHeatmap([{ x: (column + fx) * 10, y: (row + fy) * 10 }], specOfCells(60, 40, radius));
        expect(argmax(grid)).toEqual({ column, row });
      }),
      { seed: 99, numRuns: 100 },
    );
  });

  it('spreads each dot with variance exactly sigma², so doubling the radius doubles the spread', () => {
    const spread = (radius: number): number =>
      secondMoment(computeHeatmap([{ x: 605, y: 405 }], specOfCells(121, 81, radius)), 60, 40);
    // Two axes, each with variance sigma²; a dot at a cell centre adds no splat variance.
    expect(spread(2) / (2 * 2 ** 2)).toBeCloseTo(1, 4);
    expect(spread(4) / (2 * 4 ** 2)).toBeCloseTo(1, 4);
    expect(Math.sqrt(spread(4) / spread(2))).toBeCloseTo(2, 4);
  });

  it('ignores dots outside the bounds and non-finite coordinates', () => {
    const inside = [
      { x: 0, y: 0 },
      { x: 600, y: 400 },
      { x: 123.4, y: 56.7 },
    ];
    const outside = [
      { x: -0.001, y: 5 },
      { x: 600.001, y: 5 },
      { x: 5, y: 400.5 },
      { x: Number.NaN, y: 5 },
      { x: 5, y: -Infinity },
    ];
    expect(computeHeatmap([...outside, ...inside], spec).values).toEqual(computeHeatmap(inside, spec).values);
    expect(maxValue(computeHeatmap(outside, spec))).toBe(0);
  });

  it('gives all zeros, without NaN, for no dots, and normalizes that to zeros', () => {
    const grid = computeHeatmap([], spec);
    expect(grid).toMatchObject({ originX: 0, originY: 0, cellSize: 10, columns: 60, rows: 40 });
    expect(grid.values.every((v) => v === 0)).toBe(true);
    expect(normalizeHeatmap(grid).values.every((v) => v === 0)).toBe(true);
  });

  it('accepts arrays, iterables and coordinate arrays alike', () => {
    const dots = [
      { x: 10, y: 20 },
      { x: 300, y: 123 },
      { x: 301, y: 125 },
    ];
    const expected = computeHeatmap(dots, spec);
    expect(computeHeatmap(new Set(dots), spec).values).toEqual(expected.values);
    expect(computeHeatmap(new Map(dots.map((d, i) => [i, d])).values(), spec).values).toEqual(expected.values);
    const xs = Float64Array.from([...dots.map((d) => d.x), 999]);
    const ys = [...dots.map((d) => d.y), 999];
    expect(computeHeatmapFromCoordinates(xs, ys, 3, spec).values).toEqual(expected.values);
    expect(() => computeHeatmapFromCoordinates(xs, ys, 5, spec)).toThrow(RangeError);
  });

  it('survives a dot iterator that computes another heatmap or throws (shared scratch buffers)', () => {
    const dots = [
      { x: 100, y: 100 },
      { x: 400, y: 250 },
    ];
    const expected = computeHeatmap(dots, spec);
    function* nosy(): Generator<{ x: number; y: number }> {
      for (const d of dots) {
        computeHeatmap([{ x: 10, y: 10 }], spec);
        yield d;
      }
    }
    expect(computeHeatmap(nosy(), spec).values).toEqual(expected.values);
    function* broken(): Generator<{ x: number; y: number }> {
      yield { x: 1, y: 1 };
      throw new Error('tally went away');
    }
    expect(() => computeHeatmap(broken(), spec)).toThrow('tally went away');
    expect(computeHeatmap(dots, spec).values).toEqual(expected.values);
  });

  it('with radius 0 keeps just the bilinear splat', () => {
    const grid = computeHeatmap([{ x: 105, y: 107.5 }], specOfCells(60, 40, 0));
    expect(cell(grid, 10, 10)).toBeCloseTo(0.75, 6);
    expect(cell(grid, 10, 11)).toBeCloseTo(0.25, 6);
    expect(sumHeatmap(grid)).toBeCloseTo(1, 6);
  });
});
