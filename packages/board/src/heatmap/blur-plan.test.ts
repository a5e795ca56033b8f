import { describe, expect, it } from 'vitest';
import { BOX_PASSES, boxVariance, planBoxBlur } from './blur-plan';

describe('planBoxBlur', () => {
  it('matches the requested variance exactly, including between whole box widths', () => {
    for (const sigma of [0.3, 0.5, 1, 1.37, 2, 2.5, 3, 7.9, 40]) {
      const plan = planBoxBlur(sigma);
      expect(BOX_PASSES * boxVariance(plan)).toBeCloseTo(sigma * sigma, 10);
      expect(plan.alpha).toBeGreaterThanOrEqual(0);
      expect(plan.alpha).toBeLessThan(1);
      expect(plan.halfWidth).toBe(BOX_PASSES * (plan.radius + 1));
    }
  });

  it('is the identity for sigma 0', () => {
    expect(planBoxBlur(0)).toMatchObject({ radius: 0, alpha: 0, scale: 1 });
  });

  it('grows the box with sigma rather than leaning on the fractional ends', () => {
    expect(planBoxBlur(3).radius).toBe(2);
    expect(planBoxBlur(30).radius).toBeGreaterThan(planBoxBlur(15).radius * 1.8);
  });

  it('rejects negative and non-finite sigmas', () => {
    expect(() => planBoxBlur(-1)).toThrow(RangeError);
    expect(() => planBoxBlur(Number.NaN)).toThrow(RangeError);
    expect(() => planBoxBlur(Infinity)).toThrow(RangeError);
  });
});
