import { planBoxBlur } from './blur-plan';
import { assertGridMatchesSpec, isInsideBounds, sigmaInCells } from './geometry';
import { lineKernel, type LineKernel } from './kernel';
import type { HeatPoint, HeatmapGrid, HeatmapSpec } from './types';

/**
 * Adds one dot's heat to an unnormalized grid made for `spec`, in place, in O(kernel area). Matches
 * computeHeatmap up to float rounding, edges included. Returns false (and changes nothing) for out-of-bounds dots.
 */
export function addDotToHeatmap(grid: HeatmapGrid, dot: HeatPoint, spec: HeatmapSpec): boolean {
  return stampDot(grid, dot, spec, 1);
}

/**
 * Subtracts one dot's heat, undoing addDotToHeatmap. Float rounding can leave values like -1e-9 where the heat
 * cancels; normalizeHeatmap and heatmapToRgba treat those as zero.
 */
export function removeDotFromHeatmap(grid: HeatmapGrid, dot: HeatPoint, spec: HeatmapSpec): boolean {
  return stampDot(grid, dot, spec, -1);
}

function stampDot(grid: HeatmapGrid, dot: HeatPoint, spec: HeatmapSpec, sign: 1 | -1): boolean {
  assertGridMatchesSpec(grid, spec);
  if (!isInsideBounds(spec.bounds, dot.x, dot.y)) return false;
  const { columns, rows, values } = grid;
  if (columns === 0 || rows === 0) return true;
  const kernel = lineKernel(planBoxBlur(sigmaInCells(spec)));
  // The same cell coordinates as the splat: cell c's centre at c. The bilinear splat is separable, so the dot's
  // blurred heat is an outer product of one weighted kernel pair per axis.
  const xs = axisProfile((dot.x - grid.originX) / grid.cellSize - 0.5, columns, kernel);
  const ys = axisProfile((dot.y - grid.originY) / grid.cellSize - 0.5, rows, kernel);
  for (let r = 0; r < ys.weights.length; r++) {
    const wy = sign * ys.weights[r]!;
    const rowStart = (ys.first + r) * columns + xs.first;
    for (let c = 0; c < xs.weights.length; c++) {
      values[rowStart + c] = values[rowStart + c]! + wy * xs.weights[c]!;
    }
  }
  return true;
}

interface AxisProfile {
  /** Grid index of weights[0]. */
  readonly first: number;
  readonly weights: Float64Array;
}

/** One axis of a dot's heat: the kernel at the two bilinear taps, clipped to the grid's cells. */
function axisProfile(position: number, size: number, kernel: LineKernel): AxisProfile {
  const { halfWidth, weights } = kernel;
  // In-bounds dots have position in [-0.5, size - 0.5], so tap is in [-1, size - 1]: the splat's apron cells.
  const tap = Math.floor(position);
  const frac = position - tap;
  const first = Math.max(0, tap - halfWidth);
  const last = Math.min(size - 1, tap + 1 + halfWidth);
  const out = new Float64Array(Math.max(0, last - first + 1));
  for (let i = first; i <= last; i++) {
    const k = i - tap + halfWidth;
    const near = k <= 2 * halfWidth ? weights[k]! : 0;
    const far = k >= 1 ? weights[k - 1]! : 0;
    out[i - first] = (1 - frac) * near + frac * far;
  }
  return { first, weights: out };
}
