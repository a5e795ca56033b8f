import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeHeatmap } from './compute';
import { createGrid } from './geometry';
import { addDotToHeatmap, removeDotFromHeatmap } from './incremental';
import { maxValue } from './normalize';
import { maxAbsDiff, specOfCells } from './test-helpers';
import type { HeatmapGrid, HeatmapSpec } from './types';

// The stamp is the full blur's own impulse response, so the paths differ only by float32 rounding (measured
// ≈ 1e-7 of the peak); 1e-5 of the peak fails on any real mismatch (a half-cell offset is ~10% of the peak).
const TOLERANCE = 1e-5;

const spec = specOfCells(50, 30, 2.5);
// Includes the edges and a little beyond, so clipping and dropping are exercised too.
const dot = fc.record({
  x: fc.double({ min: -20, max: 520, noNaN: true }),
  y: fc.double({ min: -20, max: 320, noNaN: true }),
});

function addAll(dots: { x: number; y: number }[], at: HeatmapSpec): HeatmapGrid {
  const grid = createGrid(at);
  for (const d of dots) addDotToHeatmap(grid, d, at);
  return grid;
}

describe('addDotToHeatmap / removeDotFromHeatmap', () => {
  it('adding dots one by one equals a full recompute, edges included', () => {
    fc.assert(
      fc.property(
        fc.array(dot, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(0, 0.4, 1, 2.5, 7),
        (dots, radius) => {
          const at = specOfCells(50, 30, radius);
          const full = computeHeatmap(dots, at);
          expect(maxAbsDiff(addAll(dots, at), full)).toBeLessThanOrEqual(TOLERANCE * Math.max(maxValue(full), 1e-3));
        },
      ),
      { seed: 31337, numRuns: 60 },
    );
  });

  it('removing dots from a full recompute equals recomputing without them', () => {
    fc.assert(
      fc.property(fc.array(dot, { minLength: 2, maxLength: 30 }), (dots) => {
        const keep = dots.slice(0, dots.length >> 1);
        const grid = computeHeatmap(dots, spec);
        for (const d of dots.slice(keep.length)) removeDotFromHeatmap(grid, d, spec);
        const expected = computeHeatmap(keep, spec);
        expect(maxAbsDiff(grid, expected)).toBeLessThanOrEqual(
          TOLERANCE * Math.max(maxValue(computeHeatmap(dots, spec)), 1e-3),
        );
      }),
      { seed: 2718, numRuns: 40 },
    );
  });

  it('add then remove returns to (near) zero, and to the previous heat on a busy grid', () => {
    const grid = createGrid(spec);
    addDotToHeatmap(grid, { x: 123.4, y: 56.7 }, spec);
    const peak = maxValue(grid);
    expect(peak).toBeGreaterThan(0.01);
    removeDotFromHeatmap(grid, { x: 123.4, y: 56.7 }, spec);
    expect(grid.values.every((v) => Math.abs(v) <= 1e-7 * peak)).toBe(true);

    const others = Array.from({ length: 40 }, (_, i) => ({ x: (i * 37.1) % 500, y: (i * 13.7) % 300 }));
    const busy = computeHeatmap(others, spec);
    const before = busy.values.slice();
    addDotToHeatmap(busy, { x: 120, y: 60 }, spec);
    expect(maxAbsDiff(busy, { ...busy, values: before })).toBeGreaterThan(0.01);
    removeDotFromHeatmap(busy, { x: 120, y: 60 }, spec);
    expect(maxAbsDiff(busy, { ...busy, values: before })).toBeLessThanOrEqual(TOLERANCE * maxValue(busy));
  });

  it('only touches the cells within the kernel reach', () => {
    const grid = createGrid(spec);
    addDotToHeatmap(grid, { x: 255, y: 155 }, spec); // centre of cell (25, 15)
    expect(grid.values[15 * 50 + 5]).toBe(0);
    expect(grid.values[15 * 50 + 25]).toBeGreaterThan(0);
  });

  it('ignores dots outside the bounds and refuses a grid of another geometry', () => {
    const grid = createGrid(spec);
    expect(addDotToHeatmap(grid, { x: -1, y: 10 }, spec)).toBe(false);
    expect(removeDotFromHeatmap(grid, { x: Number.NaN, y: 10 }, spec)).toBe(false);
    expect(grid.values.every((v) => v === 0)).toBe(true);
    expect(addDotToHeatmap(grid, { x: 1, y: 10 }, spec)).toBe(true);
    expect(() => addDotToHeatmap(grid, { x: 1, y: 10 }, { ...spec, cellSize: 5 })).toThrow(RangeError);
  });
});
