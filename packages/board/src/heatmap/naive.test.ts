import { describe, expect, it } from 'vitest';
import { naiveHeatmap } from './naive';
import { sumHeatmap } from './normalize';
import { argmax, cell, secondMoment, specOfCells } from './test-helpers';

// The reference has to be right for the accuracy test to mean anything, so it gets its own checks.
describe('naiveHeatmap', () => {
  const spec = specOfCells(41, 41, 3);

  it('gives an interior dot mass 1 and the Gaussian variance', () => {
    const grid = naiveHeatmap([{ x: 205, y: 205 }], spec);
    expect(sumHeatmap(grid)).toBeCloseTo(1, 5);
    expect(secondMoment(grid, 20, 20) / (2 * 3 ** 2)).toBeCloseTo(1, 4);
    expect(argmax(grid)).toEqual({ column: 20, row: 20 });
  });

  it('samples the Gaussian exactly', () => {
    const grid = naiveHeatmap([{ x: 205, y: 205 }], spec);
    expect(cell(grid, 23, 20) / cell(grid, 20, 20)).toBeCloseTo(Math.exp(-0.5), 6);
    expect(cell(grid, 23, 23) / cell(grid, 20, 20)).toBeCloseTo(Math.exp(-1), 6);
  });

  it('crops like the fast path: a corner dot keeps a quarter of its mass', () => {
    expect(sumHeatmap(naiveHeatmap([{ x: 0, y: 0 }], spec))).toBeCloseTo(0.25, 5);
  });

  it('ignores dots outside the bounds and collapses radius 0 to the nearest cell', () => {
    expect(sumHeatmap(naiveHeatmap([{ x: -1, y: 5 }], spec))).toBe(0);
    const sharp = naiveHeatmap([{ x: 57, y: 12 }], specOfCells(41, 41, 0));
    expect(cell(sharp, 5, 1)).toBe(1);
    expect(sumHeatmap(sharp)).toBe(1);
  });
});
