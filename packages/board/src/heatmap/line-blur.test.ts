import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOX_PASSES, planBoxBlur, type BoxBlurPlan } from './blur-plan';
import { lineKernel } from './kernel';
import { blurLine, createLineBlur, linePadding } from './line-blur';

/**
 * The blur written the obvious way: BOX_PASSES extended-box passes one after another, each over a line long enough
 * that nothing reaches its ends, in float64. `values` is the line with its two apron cells; returns the core.
 */
function referenceBlur(values: readonly number[], plan: BoxBlurPlan): number[] {
  const margin = BOX_PASSES * plan.reach + 1;
  let line = [...Array<number>(margin).fill(0), ...values, ...Array<number>(margin).fill(0)];
  for (let pass = 0; pass < BOX_PASSES; pass++) {
    line = line.map((_, i) => {
      let sum = plan.alpha * ((line[i - plan.reach] ?? 0) + (line[i + plan.reach] ?? 0));
      for (let k = i - plan.radius; k <= i + plan.radius; k++) sum += line[k] ?? 0;
      return sum * plan.scale;
    });
  }
  return line.slice(margin + 1, margin + values.length - 1);
}

/** blurLine on `values` (the line with its two apron cells), laid out with the padding it asks for. */
function blur(values: readonly number[], plan: BoxBlurPlan): Float32Array {
  const padding = linePadding(plan);
  const src = new Float32Array(padding + values.length + padding);
  src.set(values, padding);
  const out = new Float32Array(values.length - 2);
  blurLine(createLineBlur(plan, out.length), src, padding + 1, out, 0, 1);
  return out;
}

describe('blurLine', () => {
  it('equals the box passes run one after another, apron cells included', () => {
    const line = fc.array(fc.float({ min: 0, max: 10, noNaN: true }), { minLength: 3, maxLength: 40 });
    const sigma = fc.constantFrom(0, 0.4, 1, 2.2, 3.3, 7);
    fc.assert(
      fc.property(line, sigma, (values, s) => {
        const plan = planBoxBlur(s);
        const expected = referenceBlur(values, plan);
        const actual = blur(values, plan);
        const peak = Math.max(1e-3, ...expected);
        expected.forEach((value, i) => expect(Math.abs(actual[i]! - value)).toBeLessThanOrEqual(1e-6 * peak));
      }),
      { seed: 2024, numRuns: 80 },
    );
  });

  it('has a symmetric impulse response of total mass 1 and variance sigma²', () => {
    for (const sigma of [0.7, 2, 3.3, 12]) {
      const { halfWidth, weights } = lineKernel(planBoxBlur(sigma));
      let mass = 0;
      let variance = 0;
      weights.forEach((w, k) => {
        mass += w;
        variance += w * (k - halfWidth) ** 2;
        expect(w).toBeCloseTo(weights[weights.length - 1 - k]!, 6);
      });
      expect(mass).toBeCloseTo(1, 5);
      expect(variance / sigma ** 2).toBeCloseTo(1, 4);
    }
  });

  it('crops an unbounded blur: a short line equals the middle of a longer one', () => {
    const long = [0, 0, 0, 0, 0, 0, 0, 0, 3, 1, 0, 2, 5, 0, 0, 0, 0, 0, 0, 0, 0];
    const plan = planBoxBlur(2.2);
    // The short line's apron cells are the long line's cells next to its core.
    const blurredLong = blur(long, plan).slice(8, 11);
    const blurredShort = blur(long.slice(8, 13), plan);
    for (let i = 0; i < blurredShort.length; i++) expect(blurredShort[i]).toBeCloseTo(blurredLong[i]!, 6);
  });

  it('writes the core with a stride and leaves the cells between untouched', () => {
    const plan = planBoxBlur(1.5);
    const padding = linePadding(plan);
    const src = new Float32Array(padding + 7 + padding);
    src[padding + 3] = 1;
    const dst = new Float32Array(3 * 5).fill(-1);
    blurLine(createLineBlur(plan, 5), src, padding + 1, dst, 1, 3);
    const expected = blur(Array.from(src.subarray(padding, padding + 7)), plan);
    expected.forEach((value, k) => expect(dst[1 + 3 * k]).toBe(value));
    dst.forEach((value, i) => {
      if ((i - 1) % 3 !== 0) expect(value).toBe(-1);
    });
  });

  it('gives the same line however often a LineBlur is reused', () => {
    const plan = planBoxBlur(2);
    const padding = linePadding(plan);
    const line = createLineBlur(plan, 6);
    const first = new Float32Array(padding + 8 + padding).fill(0);
    first.set([9, 1, 0, 0, 4, 0, 0, 7], padding);
    const second = new Float32Array(first.length);
    second[padding + 2] = 1;
    const out = (src: Float32Array): Float32Array => {
      const values = new Float32Array(6);
      blurLine(line, src, padding + 1, values, 0, 1);
      return values;
    };
    const fresh = out(second);
    out(first);
    expect(out(second)).toEqual(fresh);
  });
});
