import type { BoxBlurPlan } from './blur-plan';
import { blurLine, createLineBlur, linePadding } from './line-blur';

/** A 1D blur kernel: weights[k] applies at offset k - halfWidth from the source cell. */
export interface LineKernel {
  readonly halfWidth: number;
  readonly weights: Float32Array;
}

let cachedPlan: BoxBlurPlan | undefined;
let cachedKernel: LineKernel | undefined;

/**
 * The 1D impulse response of the full-grid blur, computed by running the very same line blur (in the same
 * precision) on a unit impulse, so incremental updates reproduce a full recompute up to float rounding. The
 * last kernel is cached because incremental updates arrive one dot at a time with the same spec.
 */
export function lineKernel(plan: BoxBlurPlan): LineKernel {
  if (cachedKernel && cachedPlan && samePlan(cachedPlan, plan)) return cachedKernel;
  const { halfWidth } = plan;
  const length = 2 * halfWidth + 1;
  const padding = linePadding(plan);
  // Zeros, an apron cell, the core with the impulse in its middle, an apron cell, zeros.
  const line = new Float32Array(padding + 1 + length + 1 + padding);
  const core = padding + 1;
  line[core + halfWidth] = 1;
  const weights = new Float32Array(length);
  blurLine(createLineBlur(plan, length), line, core, weights, 0, 1);
  cachedPlan = plan;
  cachedKernel = { halfWidth, weights };
  return cachedKernel;
}

function samePlan(a: BoxBlurPlan, b: BoxBlurPlan): boolean {
  return a.radius === b.radius && a.alpha === b.alpha && a.scale === b.scale && a.reach === b.reach;
}
