import { gridShape, isInsideBounds, sigmaInCells } from './geometry';
import type { DotSource, HeatmapGrid, HeatmapSpec } from './types';

/** Enough of the Gaussian's tail that the lattice sum below is exact to double precision. */
const NORMALIZER_SIGMAS = 10;

/**
 * Reference heatmap in O(dots × cells): the exact Gaussian of sigma = radius evaluated at every cell centre for
 * every dot. Each dot is scaled so its samples over the unbounded lattice sum to 1, so like computeHeatmap an
 * interior dot adds mass 1 and the part of a dot that falls outside the grid is dropped. For tests and benchmarks.
 */
export function naiveHeatmap(dots: DotSource, spec: HeatmapSpec): HeatmapGrid {
  const shape = gridShape(spec);
  const { columns, rows, cellSize, originX, originY } = shape;
  const values = new Float64Array(columns * rows);
  const sigma = sigmaInCells(spec);
  for (const dot of Array.from(dots)) {
    if (!isInsideBounds(spec.bounds, dot.x, dot.y)) continue;
    // Continuous cell coordinates in which cell c's centre is at c.
    const u = (dot.x - originX) / cellSize - 0.5;
    const v = (dot.y - originY) / cellSize - 0.5;
    if (sigma === 0) {
      addNearest(values, columns, rows, u, v);
      continue;
    }
    const weight = 1 / (latticeSum(u, sigma) * latticeSum(v, sigma));
    const twoSigmaSq = 2 * sigma * sigma;
    for (let r = 0; r < rows; r++) {
      const dy = r - v;
      for (let c = 0; c < columns; c++) {
        const dx = c - u;
        values[r * columns + c]! += weight * Math.exp(-(dx * dx + dy * dy) / twoSigmaSq);
      }
    }
  }
  return { ...shape, values: Float32Array.from(values) };
}

/** Sum over all integers k of exp(-(k - centre)² / 2σ²): the 1D normalizer of a lattice-sampled Gaussian. */
function latticeSum(centre: number, sigma: number): number {
  const reach = Math.ceil(NORMALIZER_SIGMAS * sigma) + 1;
  let sum = 0;
  for (let k = Math.floor(centre) - reach; k <= Math.ceil(centre) + reach; k++) {
    const d = k - centre;
    sum += Math.exp(-(d * d) / (2 * sigma * sigma));
  }
  return sum;
}

/** With sigma 0 the normalized Gaussian collapses onto the nearest cell centre. */
function addNearest(values: Float64Array, columns: number, rows: number, u: number, v: number): void {
  const c = Math.round(u);
  const r = Math.round(v);
  if (c >= 0 && c < columns && r >= 0 && r < rows) values[r * columns + c]! += 1;
}
