import { describe, expect, it } from 'vitest';
import { MAX_HEAT_ALPHA } from './color-ramp';
import { computeHeatmap } from './compute';
import { normalizeHeatmap } from './normalize';
import { heatmapToRgba } from './rgba';
import { specOfCells } from './test-helpers';
import type { HeatmapGrid } from './types';

function gridOf(values: number[]): HeatmapGrid {
  return { originX: 0, originY: 0, cellSize: 1, columns: values.length, rows: 1, values: Float32Array.from(values) };
}

function pixel(rgba: Uint8ClampedArray, i: number): number[] {
  return Array.from(rgba.subarray(i * 4, i * 4 + 4));
}

/** The default ramp's top: viridis's dark violet at the densest heat's alpha. */
const TOP = [68, 1, 84, MAX_HEAT_ALPHA];

describe('heatmapToRgba', () => {
  it('makes zero fully transparent and the peak the ramp top colour', () => {
    const rgba = heatmapToRgba(gridOf([0, 0.5, 1]));
    expect(rgba).toHaveLength(12);
    expect(pixel(rgba, 0)[3]).toBe(0);
    expect(pixel(rgba, 2)).toEqual(TOP);
  });

  it('raises alpha monotonically with density', () => {
    const values = Array.from({ length: 1001 }, (_, i) => i / 1000);
    const rgba = heatmapToRgba(gridOf(values));
    for (let i = 1; i < values.length; i++) expect(pixel(rgba, i)[3]).toBeGreaterThanOrEqual(pixel(rgba, i - 1)[3]!);
    expect(pixel(rgba, 500)[3]).toBeGreaterThan(pixel(rgba, 100)[3]!);
  });

  it('colours an unnormalized grid like its normalized copy unless a fixed scale is given', () => {
    const grid = computeHeatmap([{ x: 55, y: 55 }], specOfCells(12, 12, 2));
    expect(heatmapToRgba(grid)).toEqual(heatmapToRgba(normalizeHeatmap(grid)));
    const fixed = heatmapToRgba(gridOf([1, 2, 4]), { maxValue: 2 });
    expect(pixel(fixed, 1)).toEqual(TOP);
    expect(pixel(fixed, 2)).toEqual(TOP);
    expect(pixel(fixed, 0)[3]).toBeLessThan(MAX_HEAT_ALPHA);
  });

  it('scales alpha by opacity and uses a custom ramp', () => {
    expect(pixel(heatmapToRgba(gridOf([0, 1]), { opacity: 0.5 }), 1)).toEqual([
      68,
      1,
      84,
      Math.round(MAX_HEAT_ALPHA / 2),
    ]);
    const ramp = [
      { at: 0, r: 0, g: 0, b: 0, a: 0 },
      { at: 1, r: 1, g: 2, b: 3, a: 200 },
    ];
    expect(pixel(heatmapToRgba(gridOf([0, 4]), { ramp }), 1)).toEqual([1, 2, 3, 200]);
  });

  it('leaves empty grids, negative residue and NaN transparent', () => {
    expect(Array.from(heatmapToRgba(gridOf([0, 0])))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    const rgba = heatmapToRgba(gridOf([-1e-9, Number.NaN, 1]));
    expect(pixel(rgba, 0)[3]).toBe(0);
    expect(pixel(rgba, 1)[3]).toBe(0);
  });
});
