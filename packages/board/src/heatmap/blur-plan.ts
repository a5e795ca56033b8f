/**
 * Why repeated box blurs: a box blur costs O(1) per cell with a running sum whatever its width, and three
 * passes in each direction converge close to a Gaussian (central limit theorem), so the blur
 * costs O(cells) independent of the radius. A truncated exact Gaussian would cost O(cells · 6σ) instead.
 *
 * Why "extended" boxes (Gwosdek et al., 2011): plain boxes only have odd integer widths, so three of them
 * can only hit a few variances and small radii snap visibly. Adding fractional weight `alpha` to one extra
 * sample at each end makes each pass's variance exactly σ²/3, so the total variance is exactly σ² for any σ.
 *
 * Approximation error: three boxes give a piecewise-quadratic bump with the Gaussian's variance but a flatter
 * top and no long tail (support ends at ±3·(radius+1) cells). Its peak is about 6% lower per axis than the
 * Gaussian's (≈ 12% in 2D). Scaled to peak 1, a lone dot differs from the exact Gaussian by up to 0.09 on the
 * 0..1 scale (0.0916 in the large-sigma limit, on a diagonal ~0.8σ out; 0.063 along an axis). Random boards of
 * a few dots typically differ by ~0.07 and at worst ~0.12–0.18 (small sigma); see accuracy.test.ts. That is
 * a slightly flatter-topped blob, fine for a heatmap; a fourth pass would cut it to ~0.05–0.09 for a third more
 * blur time.
 */

/** Box passes per axis; three is the classic quality/cost sweet spot. */
export const BOX_PASSES = 3;

/** The per-pass kernel [alpha, 1, …, 1, alpha] / (2·radius + 1 + 2·alpha), applied BOX_PASSES times per axis. */
export interface BoxBlurPlan {
  /** Half-width of the box's full-weight part, in cells. */
  readonly radius: number;
  /** Weight of the extra sample at each end, in [0, 1). */
  readonly alpha: number;
  /** 1 / (2·radius + 1 + 2·alpha), so the box sums to 1 and mass is conserved. */
  readonly scale: number;
  /** How far one pass spreads: radius + 1 (the fractional end samples). */
  readonly reach: number;
  /** How far all passes together spread: BOX_PASSES · reach. Beyond it the kernel is exactly zero. */
  readonly halfWidth: number;
}

/** The extended-box plan whose BOX_PASSES passes have a total variance of exactly sigmaCells². */
export function planBoxBlur(sigmaCells: number): BoxBlurPlan {
  if (!(sigmaCells >= 0) || !Number.isFinite(sigmaCells)) throw new RangeError('blur sigma must be non-negative');
  const v = (sigmaCells * sigmaCells) / BOX_PASSES;
  // Largest plain box whose variance r(r+1)/3 does not exceed v; the fractional ends make up the rest.
  let radius = Math.floor((Math.sqrt(12 * v + 1) - 1) / 2);
  while (radius > 0 && (radius * (radius + 1)) / 3 > v) radius--;
  while (((radius + 1) * (radius + 2)) / 3 <= v) radius++;
  const alpha = ((2 * radius + 1) * (v - (radius * (radius + 1)) / 3)) / (2 * ((radius + 1) * (radius + 1) - v));
  const reach = radius + 1;
  return { radius, alpha, scale: 1 / (2 * radius + 1 + 2 * alpha), reach, halfWidth: BOX_PASSES * reach };
}

/** Variance of one extended box, exposed so tests can check the plan really matches σ². */
export function boxVariance(plan: BoxBlurPlan): number {
  const { radius: r, alpha } = plan;
  return ((r * (r + 1) * (2 * r + 1)) / 3 + 2 * alpha * (r + 1) * (r + 1)) * plan.scale;
}
