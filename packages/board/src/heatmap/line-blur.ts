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
  /** Outputs of the first and second pass by step, kept until the next pass's window has moved past them. */
  readonly first: Float64Array;
  readonly second: Float64Array;
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
    first: new Float64Array(length + 6 * plan.reach),
    second: new Float64Array(length + 6 * plan.reach),
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
  const { length, reach, alpha, gain, first, second } = line;
  // Step s computes pass 1 at core cell s - 2R, pass 2 at s - 3R and pass 3 at s - 4R: each pass's entering cell
  // (R ahead) is the previous pass's newest output. At s = 0 every window still lies in the zeros, so all sums
  // start at 0. A pass's outputs are stored at s + 2R and its window's leaving cell is read back at s + 1.
  const window = 2 * reach - 1;
  const lag = 2 * reach;
  first.fill(0, 0, lag);
  second.fill(0, 0, lag);
  let sum1 = 0;
  let sum2 = 0;
  let sum3 = 0;
  // The cell just before each window: the previous step's leaving cell, so it is never loaded twice.
  let before1 = 0;
  let before2 = 0;
  let before3 = 0;
  let entering = start - reach;
  let out = dstStart;
  const firstOutput = 4 * reach;
  const steps = length + firstOutput;
  for (let s = 0; s < steps; s++, entering++) {
    const in1 = src[entering]!;
    const leave1 = src[entering - window]!;
    const v1 = sum1 + alpha * (before1 + in1);
    sum1 += in1 - leave1;
    before1 = leave1;
    first[s + lag] = v1;

    const leave2 = first[s + 1]!;
    const v2 = sum2 + alpha * (before2 + v1);
    sum2 += v1 - leave2;
    before2 = leave2;
    second[s + lag] = v2;

    const leave3 = second[s + 1]!;
    const v3 = sum3 + alpha * (before3 + v2);
    sum3 += v2 - leave3;
    before3 = leave3;
    if (s >= firstOutput) {
      dst[out] = v3 * gain;
      out += dstStep;
    }
  }
}
