// Shared by the *.test.ts files only; not exported from index.ts.
import type { HeatmapGrid, HeatmapSpec } from './types';

/** Value at (column, row), throwing rather than returning undefined so a wrong index fails loudly. */
export function cell(grid: HeatmapGrid, column: number, row: number): number {
  if (column < 0 || column >= grid.columns || row < 0 || row >= grid.rows) throw new RangeError('cell outside grid');
  return grid.values[row * grid.columns + column]!;
}

/** Column and row of the largest value (first one on ties). */
export function argmax(grid: HeatmapGrid): { column: number; row: number } {
  let best = 0;
  for (let i = 1; i < grid.values.length; i++) if (grid.values[i]! > grid.values[best]!) best = i;
  return { column: best % grid.columns, row: Math.floor(best / grid.columns) };
}

/** Largest |a - b| over all cells; the grids must have the same shape. */
export function maxAbsDiff(a: HeatmapGrid, b: HeatmapGrid): number {
  if (a.columns !== b.columns || a.rows !== b.rows) throw new RangeError('grids differ in shape');
  let max = 0;
  for (let i = 0; i < a.values.length; i++) max = Math.max(max, Math.abs(a.values[i]! - b.values[i]!));
  return max;
}

/** The grid flipped left-right ('x') or top-bottom ('y'). */
export function mirror(grid: HeatmapGrid, axis: 'x' | 'y'): HeatmapGrid {
  const values = new Float32Array(grid.values.length);
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.columns; c++) {
      const [mc, mr] = axis === 'x' ? [grid.columns - 1 - c, r] : [c, grid.rows - 1 - r];
      values[r * grid.columns + c] = cell(grid, mc, mr);
    }
  }
  return { ...grid, values };
}

/** Mean squared distance (in cells²) of the heat from the cell-centre coordinate (u, v). */
export function secondMoment(grid: HeatmapGrid, u: number, v: number): number {
  let mass = 0;
  let moment = 0;
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.columns; c++) {
      const w = cell(grid, c, r);
      mass += w;
      moment += w * ((c - u) ** 2 + (r - v) ** 2);
    }
  }
  return moment / mass;
}

/** A spec whose bounds start at the origin and are exactly columns × rows cells of size 10. */
export function specOfCells(columns: number, rows: number, radiusCells: number): HeatmapSpec {
  return { bounds: { x: 0, y: 0, width: columns * 10, height: rows * 10 }, cellSize: 10, radius: radiusCells * 10 };
}
