import { BOX_PASSES, type BoxBlurPlan } from './blur-plan';

/*
 * The three extended-box passes of one line (blur-plan.ts), fused into a single sweep. Run one after another, each pass
 * reads and writes the whole line, three loads and a store per cell; fused, the first pass's output is the second's
 * entering cell while still in a register, and each running sum only looks back at one older value. Per cell that is
 * four loads and three stores for all three passes together, in one loop: the blur measured at a little over half
 * the time of the passes run one after another. Written for BOX_PASSES = 3 (line-blur.test.ts checks it against
 * BOX_PASSES passes run one by one).
 */

/** What blurLine needs for lines of one length under one plan; reusable for every such line, one line at a time. */
export interface LineBlur {
  /** Core cells per line. */
  readonly length: number;
  /** plan.reach (R): how far one pass spreads. */
  readonly reach: number;
  readonly alpha: number;
  /** plan.scale³: the passes run unscaled (in float64) and the product is applied once per output cell. */
  readonly gain: number;
  /**
   * Outputs of the first and second pass by step, kept until the next pass's window has moved past them: step s's
   * at 2s and 2s + 1, side by side, so each step touches one array for both (and one cache line, not two).
   */
  readonly passes: Float64Array;
}

/** Zero cells a line needs beyond each of its apron cells (see blurLine). */
export function linePadding(plan: BoxBlurPlan): number {
  return plan.halfWidth;
}

/** The buffers and constants for blurring lines of `length` core cells under `plan`. */
export function createLineBlur(plan: BoxBlurPlan, length: number): LineBlur {
  return {
    length,
    reach: plan.reach,
    alpha: plan.alpha,
    gain: plan.scale ** BOX_PASSES,
    passes: new Float64Array(2 * (length + 6 * plan.reach)),
  };
}

/**
 * Blurs one line as if it lay on an infinite zero line, and writes its core cells to dst[dstStart + k·dstStep].
 * The core is src[start, start + length); the cells just outside it, src[start - 1] and src[start + length], are its
 * apron (a splat puts weight there) and are blurred in too; beyond them src must hold linePadding(plan) zeros. Every
 * pass is computed as far out as the next one reads, so nothing that blurs past the core is lost before it could blur
 * back in: the core is exactly the middle of the blur of an unbounded line.
 */
export function blurLine(
  line: LineBlur,
  src: Float32Array,
  start: number,
  dst: Float32Array,
  dstStart: number,
  dstStep: number,
): void {
  const { length, reach, alpha, gain, passes } = line;
  // Step s computes pass 1 at core cell s - 2R, pass 2 at s - 3R and pass 3 at s - 4R: each pass's entering cell
  // (R ahead) is the previous pass's newest output. At s = 0 every window still lies in the zeros, so all sums
  // start at 0. A pass's outputs are stored at step s + 2R and its window's leaving cell is read back at step s + 1.
  // Index arithmetic is written `(…) | 0`: V8 then adds in 32 bits without an overflow check on every step (indexes
  // stay far below 2^31: a grid has at most MAX_HEATMAP_CELLS cells).
  const window = (2 * reach - 1) | 0;
  // In `passes` (two values per step): where step s + 2R stores, relative to where step s reads back.
  const lag = (4 * reach) | 0;
  passes.fill(0, 0, lag);
  let sum1 = 0;
  let sum2 = 0;
  let sum3 = 0;
  // The cell just before each window: the previous step's leaving cell, so it is never loaded twice.
  let before1 = 0;
  let before2 = 0;
  let before3 = 0;
  let entering = (start - reach) | 0;
  // Step s's two values are at passes[2s] and passes[2s + 1]; `at` is 2s. Pass 3 reaches the first core cell at
  // step 4R. The steps before only fill the windows: the same body without the output (a branch on every step
  // measured slower than a second loop).
  const firstOutput = (8 * reach) | 0;
  let at = 0;
  for (; at < firstOutput; at = (at + 2) | 0, entering = (entering + 1) | 0) {
    const in1 = src[entering]!;
    const leave1 = src[(entering - window) | 0]!;
    const v1 = sum1 + alpha * (before1 + in1);
    sum1 += in1 - leave1;
    before1 = leave1;
    passes[(at + lag) | 0] = v1;

    const leave2 = passes[(at + 2) | 0]!;
    const v2 = sum2 + alpha * (before2 + v1);
    sum2 += v1 - leave2;
    before2 = leave2;
    passes[(at + lag + 1) | 0] = v2;

    const leave3 = passes[(at + 3) | 0]!;
    sum3 += v2 - leave3;
    before3 = leave3;
  }
  let out = dstStart | 0;
  const end = (2 * length + firstOutput) | 0;
  for (; at < end; at = (at + 2) | 0, entering = (entering + 1) | 0) {
    const in1 = src[entering]!;
    const leave1 = src[(entering - window) | 0]!;
    const v1 = sum1 + alpha * (before1 + in1);
    sum1 += in1 - leave1;
    before1 = leave1;
    passes[(at + lag) | 0] = v1;

    const leave2 = passes[(at + 2) | 0]!;
    const v2 = sum2 + alpha * (before2 + v1);
    sum2 += v1 - leave2;
    before2 = leave2;
    passes[(at + lag + 1) | 0] = v2;

    const leave3 = passes[(at + 3) | 0]!;
    const v3 = sum3 + alpha * (before3 + v2);
    sum3 += v2 - leave3;
    before3 = leave3;
    dst[out] = v3 * gain;
    out = (out + dstStep) | 0;
  }
}
