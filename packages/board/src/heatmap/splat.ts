import type { GridShape } from './geometry';
import { lineBlockLayout, lineBlockSize, type LineBlockLayout } from './line-block';
import type { DotSource, HeatPoint, HeatmapBounds } from './types';

/**
 * Bilinear splat target: a (columns + 2) × (rows + 2) grid whose outer ring is an apron, so a dot within half
 * a cell of the bounds can still put weight on the (virtual) cell centre beyond it and blur in exactly like a
 * dot further inside. Bilinear weights split each dot between its four nearest cell centres: the dot's mass
 * (1) is conserved and its mean position is exact, which nearest-cell binning would lose.
 *
 * Stored column by column, as the lines of a LineBlockLayout (line a is apron column a, offset b in it apron row b),
 * because the blur's first direction runs down the columns and reads them in place.
 */
export interface SplatTarget {
  readonly apron: Float32Array;
  readonly layout: LineBlockLayout;
  /** layout.stride and layout.padding, for the hot loop. */
  readonly columnStride: number;
  readonly first: number;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly invCell: number;
}

/** The apron's layout: one line per apron column, `padding` zeros (the blur's linePadding) around each. */
export function splatLayout(shape: GridShape, padding: number): LineBlockLayout {
  return lineBlockLayout(shape.columns + 2, shape.rows, padding);
}

/** Index of apron cell (column, row), both counted from the apron's own top-left cell. */
export function apronIndex(target: SplatTarget, column: number, row: number): number {
  return target.first + column * target.columnStride + row;
}

/** An empty splat target, zeroing and reusing `buffer` (lineBlockSize(layout) long) if given. */
export function createSplatTarget(
  layout: LineBlockLayout,
  bounds: HeatmapBounds,
  cellSize: number,
  buffer?: Float32Array,
): SplatTarget {
  const length = lineBlockSize(layout);
  if (buffer && buffer.length !== length) throw new RangeError('splat buffer has the wrong length');
  return {
    apron: buffer ? buffer.fill(0) : new Float32Array(length),
    layout,
    columnStride: layout.stride,
    first: layout.padding,
    left: bounds.x,
    top: bounds.y,
    right: bounds.x + bounds.width,
    bottom: bounds.y + bounds.height,
    invCell: 1 / cellSize,
  };
}

/** Splats dots given as objects; an indexable source avoids the iterator protocol's per-dot overhead. */
export function splatPoints(target: SplatTarget, dots: DotSource): void {
  if (!isArrayLike(dots)) {
    for (const dot of dots) splatDot(target, dot.x, dot.y);
    return;
  }
  // The target's fields read once rather than for every dot: about 15% faster on 100,000 dots.
  const { apron, first, columnStride, left, top, right, bottom, invCell } = target;
  for (let i = 0; i < dots.length; i++) {
    const dot = dots[i]!;
    const x = dot.x;
    const y = dot.y;
    if (x >= left && x <= right && y >= top && y <= bottom) {
      splatAt(apron, first, columnStride, (x - left) * invCell + 0.5, (y - top) * invCell + 0.5);
    }
  }
}

/** Splats the first `count` dots of parallel coordinate arrays. */
export function splatCoordinates(
  target: SplatTarget,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  count: number,
): void {
  const { apron, first, columnStride, left, top, right, bottom, invCell } = target;
  for (let i = 0; i < count; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (x >= left && x <= right && y >= top && y <= bottom) {
      splatAt(apron, first, columnStride, (x - left) * invCell + 0.5, (y - top) * invCell + 0.5);
    }
  }
}

// Top-level functions on a plain object rather than a closure: V8 runs this hot path about twice as fast so.
function splatDot(target: SplatTarget, x: number, y: number): void {
  if (!(x >= target.left && x <= target.right && y >= target.top && y <= target.bottom)) return;
  splatAt(
    target.apron,
    target.first,
    target.columnStride,
    (x - target.left) * target.invCell + 0.5,
    (y - target.top) * target.invCell + 0.5,
  );
}

/**
 * Splats one in-bounds dot at apron coordinates (gx, gy), where cell c's centre is at c + 1: in-bounds dots land in
 * [0.5, columns + 0.5], so all four taps stay inside the apron (columns ≥ width / cellSize, give or take 1e-9).
 */
function splatAt(apron: Float32Array, first: number, columnStride: number, gx: number, gy: number): void {
  // gx, gy ≥ 0.5, so truncation is floor, and `| 0` is markedly cheaper than Math.floor in V8.
  const c = gx | 0;
  const r = gy | 0;
  const fx = gx - c;
  const fy = gy - r;
  const i = first + c * columnStride + r;
  apron[i] = apron[i]! + (1 - fx) * (1 - fy);
  apron[i + 1] = apron[i + 1]! + (1 - fx) * fy;
  apron[i + columnStride] = apron[i + columnStride]! + fx * (1 - fy);
  apron[i + columnStride + 1] = apron[i + columnStride + 1]! + fx * fy;
}

function isArrayLike(dots: DotSource): dots is ArrayLike<HeatPoint> {
  return typeof (dots as { length?: unknown }).length === 'number';
}
