import { describe, expect, it } from 'vitest';
import { planBoxBlur } from './blur-plan';
import { blurLine, boxPass, linePadding, paddedLineLength } from './box-pass';
import { lineKernel } from './kernel';
import { blurColumns } from './row-pass';

/** Blurs `input` (values of a core of input.length cells) with blurLine and returns the core. */
function blur(input: number[], sigma: number): Float32Array {
  const plan = planBoxBlur(sigma);
  const a = new Float32Array(paddedLineLength(input.length, plan));
  a.set(input, linePadding(plan));
  const out = new Float32Array(input.length);
  blurLine(a, new Float32Array(a.length), input.length, plan, out, 0);
  return out;
}

describe('boxPass', () => {
  it('averages a window with fractional end weights', () => {
    const plan = { radius: 1, alpha: 0.5, scale: 1 / 4, reach: 2, halfWidth: 6 };
    const src = Float32Array.from([0, 0, 0, 0, 4, 0, 0, 0, 0]);
    const dst = new Float32Array(9);
    // Offsets -1..1 weigh 1/4 each, ±2 weigh 1/8; src must be readable `reach` (2) cells beyond [from, to).
    boxPass(src, dst, 2, 7, plan);
    expect(Array.from(dst)).toEqual([0, 0, 0.5, 1, 1, 1, 0.5, 0, 0]);
    boxPass(src, dst, 3, 6, plan, 3);
    expect(Array.from(dst.subarray(0, 3))).toEqual([1, 1, 1]);
  });
});

describe('blurLine', () => {
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
    const core = long.slice(8, 13);
    const blurredLong = blur(long, 2.2).slice(8, 13);
    const blurredCore = blur(core, 2.2);
    for (let i = 0; i < core.length; i++) expect(blurredCore[i]).toBeCloseTo(blurredLong[i]!, 6);
  });

  it('blurs columns exactly like lines', () => {
    const plan = planBoxBlur(1.8);
    const pad = linePadding(plan);
    const width = 3;
    const rows = 9;
    const block = new Float32Array((rows + 2 * pad) * width);
    const columns = [
      [1, 0, 0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 7, 0, 0, 0, 0],
      [2, 0, 1, 0, 0, 0, 3, 0, 0.5],
    ];
    columns.forEach((column, c) => column.forEach((v, r) => (block[(pad + r) * width + c] = v)));
    const out = new Float32Array(rows * width);
    blurColumns(block, new Float32Array(block.length), width, rows, plan, out);
    columns.forEach((column, c) => {
      const expected = blur(column, 1.8);
      for (let r = 0; r < rows; r++) expect(out[r * width + c]).toBeCloseTo(expected[r]!, 6);
    });
  });
});
