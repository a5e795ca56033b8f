import { planBoxBlur } from './blur-plan';
import { gridShape, sigmaInCells } from './geometry';
import { lineBlockSize } from './line-block';
import { linePadding } from './line-blur';
import { borrowScratch, releaseScratch, SPLAT_SLOT } from './scratch';
import { blurSplat } from './separable-blur';
import { createSplatTarget, splatCoordinates, splatLayout, splatPoints, type SplatTarget } from './splat';
import type { DotSource, HeatmapGrid, HeatmapSpec } from './types';

/**
 * Density grid for a set of dots: bilinear splat, then a separable three-pass box blur approximating a Gaussian
 * of sigma = radius (see blur-plan.ts for the choice and its error; line-blur.ts for how the passes run). Cost is
 * O(dots + cells), plus O(radius · (columns + rows)) for the blur's zero margins, so a large radius costs no more
 * per cell than a small one.
 * Values are unnormalized: each in-bounds dot adds total mass 1, minus whatever blurs off the grid's edges.
 * Dots outside spec.bounds are ignored.
 */
export function computeHeatmap(dots: DotSource, spec: HeatmapSpec): HeatmapGrid {
  return blurSplats(spec, (target) => splatPoints(target, dots));
}

/** Same as computeHeatmap for dots stored as parallel coordinate arrays (the first `count` entries). */
export function computeHeatmapFromCoordinates(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  count: number,
  spec: HeatmapSpec,
): HeatmapGrid {
  if (!Number.isInteger(count) || count < 0 || count > xs.length || count > ys.length) {
    throw new RangeError('count must be a whole number no larger than either coordinate array');
  }
  return blurSplats(spec, (target) => splatCoordinates(target, xs, ys, count));
}

function blurSplats(spec: HeatmapSpec, splatAll: (target: SplatTarget) => void): HeatmapGrid {
  const shape = gridShape(spec);
  const plan = planBoxBlur(sigmaInCells(spec));
  const layout = splatLayout(shape, linePadding(plan));
  const buffer = borrowScratch(SPLAT_SLOT, lineBlockSize(layout));
  const target = createSplatTarget(layout, spec.bounds, shape.cellSize, buffer);
  try {
    splatAll(target);
    const values = blurSplat(target, shape.columns, shape.rows, plan);
    return { ...shape, values };
  } finally {
    // Also on a throwing dot iterator, or the splat buffer would never be pooled again.
    releaseScratch(SPLAT_SLOT, buffer);
  }
}
