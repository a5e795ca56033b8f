import { BOX_PASSES, type BoxBlurPlan } from './blur-plan';

/**
 * One extended-box pass with a running sum: writes dst[i - shift] for i in [from, to). src must be readable on
 * [from - reach, to + reach); callers guarantee this with zero padding, which keeps the hot loop branch-free.
 */
export function boxPass(
  src: Float32Array,
  dst: Float32Array,
  from: number,
  to: number,
  plan: BoxBlurPlan,
  shift = 0,
): void {
  const { radius: r, alpha, scale } = plan;
  let sum = 0;
  for (let k = from - r; k <= from + r; k++) sum += src[k]!;
  for (let i = from; i < to; i++) {
    const entering = src[i + r + 1]!;
    dst[i - shift] = (sum + alpha * (src[i - r - 1]! + entering)) * scale;
    sum += entering - src[i - r]!;
  }
}

/** Zero cells on each side of a line's core so every pass can read past the core without bounds checks. */
export function linePadding(plan: BoxBlurPlan): number {
  return plan.halfWidth;
}

/** Length of the scratch lines blurLine needs for a core of `length` cells. */
export function paddedLineLength(length: number, plan: BoxBlurPlan): number {
  return length + 2 * linePadding(plan);
}

/**
 * Blurs one line as if it lay on an infinite zero line and writes the core to out[outStart, outStart + length).
 * Input sits in `a` at [pad, pad + length) (pad = linePadding), zero elsewhere except that it may reach
 * `plan.reach` cells past the core; `a` and `b` are clobbered. Each pass is computed exactly as far out as later
 * passes read, so the core is exact: nothing that blurs past the edge is lost before it could blur back in.
 */
export function blurLine(
  a: Float32Array,
  b: Float32Array,
  length: number,
  plan: BoxBlurPlan,
  out: Float32Array,
  outStart: number,
): void {
  const pad = linePadding(plan);
  let src = a;
  let dst = b;
  for (let pass = 1; pass < BOX_PASSES; pass++) {
    const margin = (BOX_PASSES - pass) * plan.reach;
    boxPass(src, dst, pad - margin, pad + length + margin, plan);
    [src, dst] = [dst, src];
  }
  boxPass(src, out, pad, pad + length, plan, pad - outStart);
}
