import { describe, expect, it } from 'vitest';
import { computeHeatmap } from './compute';
import { maxValue, normalizeHeatmap, sumHeatmap } from './normalize';
import { specOfCells } from './test-helpers';
import type { HeatmapGrid } from './types';

function gridOf(values: number[]): HeatmapGrid {
  return { originX: 0, originY: 0, cellSize: 1, columns: values.length, rows: 1, values: Float32Array.from(values) };
}

describe('normalizeHeatmap', () => {
  it('scales the peak to exactly 1 and keeps proportions', () => {
    const grid = computeHeatmap(
      [
        { x: 33.3, y: 71.1 },
        { x: 35, y: 70 },
        { x: 190, y: 20 },
      ],
      specOfCells(20, 10, 1.7),
    );
    const normalized = normalizeHeatmap(grid);
    expect(maxValue(normalized)).toBe(1);
    const peak = maxValue(grid);
    normalized.values.forEach((v, i) => expect(v).toBeCloseTo(grid.values[i]! / peak, 6));
    expect(normalized.values.every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  it('leaves the input alone and keeps the geometry', () => {
    const grid = gridOf([0, 2, 4]);
    const normalized = normalizeHeatmap(grid);
    expect(Array.from(grid.values)).toEqual([0, 2, 4]);
    expect(Array.from(normalized.values)).toEqual([0, 0.5, 1]);
    expect(normalized).toMatchObject({ columns: 3, rows: 1, cellSize: 1 });
  });

  it('keeps a grid without heat at zero instead of producing NaN', () => {
    expect(Array.from(normalizeHeatmap(gridOf([0, 0, 0])).values)).toEqual([0, 0, 0]);
    expect(Array.from(normalizeHeatmap(gridOf([])).values)).toEqual([]);
    expect(Array.from(normalizeHeatmap(gridOf([-1e-9, 0])).values)).toEqual([0, 0]);
  });

  it('clears negative rounding residue and NaN cells', () => {
    expect(Array.from(normalizeHeatmap(gridOf([-1e-9, 3, Number.NaN, 1.5])).values)).toEqual([0, 1, 0, 0.5]);
  });
});

describe('maxValue / sumHeatmap', () => {
  it('report the peak and the total', () => {
    expect(maxValue(gridOf([1, 5, 2]))).toBe(5);
    expect(maxValue(gridOf([]))).toBe(0);
    expect(sumHeatmap(gridOf([1, 5, 2]))).toBe(8);
  });
});
