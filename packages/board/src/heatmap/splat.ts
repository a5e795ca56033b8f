import type { GridShape } from './geometry';
import type { DotSource, HeatPoint, HeatmapBounds } from './types';

/**
 * Bilinear splat target: a (columns + 2) × (rows + 2) grid whose outer ring is an apron, so a dot within half
 * a cell of the bounds can still put weight on the (virtual) cell centre beyond it and blur in exactly like a
 * dot further inside. Bilinear weights split each dot between its four nearest cell centres: the dot's mass
 * (1) is conserved and its mean position is exact, which nearest-cell binning would lose.
 */
export interface SplatTarget {
  readonly apron: Float32Array;
  readonly stride: number;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly invCell: number;
}

/** Number of values a splat target for this shape holds. */
export function splatLength(shape: GridShape): number {
  return (shape.columns + 2) * (shape.rows + 2);
}

/** An empty splat target for a grid shape, zeroing and reusing `buffer` (splatLength(shape) long) if given. */
export function createSplatTarget(shape: GridShape, bounds: HeatmapBounds, buffer?: Float32Array): SplatTarget {
  const stride = shape.columns + 2;
  const length = splatLength(shape);
  if (buffer && buffer.length !== length) throw new RangeError('splat buffer has the wrong length');
  return {
    apron: buffer ? buffer.fill(0) : new Float32Array(length),
    stride,
    left: bounds.x,
    top: bounds.y,
    right: bounds.x + bounds.width,
    bottom: bounds.y + bounds.height,
    invCell: 1 / shape.cellSize,
  };
}

/** Splats dots given as objects; an indexable source avoids the iterator protocol's per-dot overhead. */
export function splatPoints(target: SplatTarget, dots: DotSource): void {
  if (isArrayLike(dots)) {
    for (let i = 0; i < dots.length; i++) {
      const dot = dots[i]!;
      splatDot(target, dot.x, dot.y);
    }
  } else {
    for (const dot of dots) splatDot(target, dot.x, dot.y);
  }
}

/** Splats the first `count` dots of parallel coordinate arrays. */
export function splatCoordinates(
  target: SplatTarget,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  count: number,
): void {
  for (let i = 0; i < count; i++) splatDot(target, xs[i]!, ys[i]!);
}

// Top-level functions on a plain object rather than a closure: V8 runs this hot path about twice as fast so.
function splatDot(target: SplatTarget, x: number, y: number): void {
  if (!(x >= target.left && x <= target.right && y >= target.top && y <= target.bottom)) return;
  // Apron coordinates put cell c's centre at c + 1, so in-bounds dots land in [0.5, columns + 0.5] and all four
  // taps stay inside the apron (columns ≥ width / cellSize, give or take 1e-9).
  splatAt(
    target.apron,
    target.stride,
    (x - target.left) * target.invCell + 0.5,
    (y - target.top) * target.invCell + 0.5,
  );
}

function splatAt(apron: Float32Array, stride: number, gx: number, gy: number): void {
  // gx, gy ≥ 0.5, so truncation is floor, and `| 0` is markedly cheaper than Math.floor in V8.
  const c = gx | 0;
  const r = gy | 0;
  const fx = gx - c;
  const fy = gy - r;
  const i = r * stride + c;
  apron[i] = apron[i]! + (1 - fx) * (1 - fy);
  apron[i + 1] = apron[i + 1]! + fx * (1 - fy);
  apron[i + stride] = apron[i + stride]! + (1 - fx) * fy;
  apron[i + stride + 1] = apron[i + stride + 1]! + fx * fy;
}

function isArrayLike(dots: DotSource): dots is ArrayLike<HeatPoint> {
  return typeof (dots as { length?: unknown }).length === 'number';
}
