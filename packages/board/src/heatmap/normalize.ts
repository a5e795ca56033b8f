import type { HeatmapGrid } from './types';

/** Largest value in the grid, or 0 for an empty or all-non-positive grid (NaN cells are skipped). */
export function maxValue(grid: HeatmapGrid): number {
  const { values } = grid;
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v > max) max = v;
  }
  return max;
}

/** Total heat in the grid: the number of dots whose heat stayed on the grid, for an unnormalized grid. */
export function sumHeatmap(grid: HeatmapGrid): number {
  const { values } = grid;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum;
}

/**
 * A copy scaled to 0..1 with the peak at exactly 1. Values at or below zero (rounding residue left by removing
 * dots incrementally) and NaN become 0, and a grid without heat stays all zeros rather than dividing by zero.
 */
export function normalizeHeatmap(grid: HeatmapGrid): HeatmapGrid {
  const max = maxValue(grid);
  const source = grid.values;
  const values = new Float32Array(source.length);
  if (max > 0 && Number.isFinite(max)) {
    for (let i = 0; i < source.length; i++) {
      const v = source[i]!;
      // Division rather than multiplying by 1/max so the peak cell comes out as exactly 1.
      values[i] = v > 0 ? v / max : 0;
    }
  }
  return { ...grid, values };
}
