import { BOX_PASSES, type BoxBlurPlan } from './blur-plan';

/**
 * boxPass applied down the columns of a row-major block, all columns at once: element i is the row
 * [i·width, (i+1)·width), written to dst row i - shift, and `sums` holds one running sum per column. Sweeping
 * whole rows keeps memory access sequential, several times faster than walking each column with a stride.
 */
export function boxPassRows(
  src: Float32Array,
  dst: Float32Array,
  width: number,
  from: number,
  to: number,
  plan: BoxBlurPlan,
  sums: Float64Array,
  shift = 0,
): void {
  const { radius: r, alpha, scale } = plan;
  sums.fill(0);
  for (let k = from - r; k <= from + r; k++) {
    const row = k * width;
    for (let c = 0; c < width; c++) sums[c] = sums[c]! + src[row + c]!;
  }
  for (let i = from; i < to; i++) {
    const out = (i - shift) * width;
    const entering = (i + r + 1) * width;
    const leaving = (i - r) * width;
    const before = (i - r - 1) * width;
    for (let c = 0; c < width; c++) {
      const enter = src[entering + c]!;
      const sum = sums[c]!;
      dst[out + c] = (sum + alpha * (src[before + c]! + enter)) * scale;
      sums[c] = sum + enter - src[leaving + c]!;
    }
  }
}

/**
 * blurLine for every column of a block at once: the input occupies rows [pad, pad + rows) of `a`
 * (pad = plan.halfWidth; it may reach plan.reach rows further out; zeros elsewhere) and the result goes to
 * `out` (rows × width). `a` and `b` are clobbered; `b` need not be zeroed because every row read is written first.
 */
export function blurColumns(
  a: Float32Array,
  b: Float32Array,
  width: number,
  rows: number,
  plan: BoxBlurPlan,
  out: Float32Array,
): void {
  const pad = plan.halfWidth;
  const sums = new Float64Array(width);
  let src = a;
  let dst = b;
  for (let pass = 1; pass < BOX_PASSES; pass++) {
    const margin = (BOX_PASSES - pass) * plan.reach;
    boxPassRows(src, dst, width, pad - margin, pad + rows + margin, plan, sums);
    [src, dst] = [dst, src];
  }
  boxPassRows(src, out, width, pad, pad + rows, plan, sums, pad);
}
