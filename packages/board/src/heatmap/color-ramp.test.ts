import { describe, expect, it } from 'vitest';
import { buildColorLut, colorAt, DEFAULT_COLOR_RAMP, LUT_SIZE, type ColorRamp } from './color-ramp';

function entry(lut: Uint8ClampedArray, i: number): number[] {
  return Array.from(lut.subarray(i * 4, i * 4 + 4));
}

describe('colour ramp', () => {
  it('runs transparent → blue → cyan → green → yellow → red', () => {
    const rgb = (t: number): number[] => {
      const { r, g, b } = colorAt(DEFAULT_COLOR_RAMP, t);
      return [r, g, b];
    };
    expect(colorAt(DEFAULT_COLOR_RAMP, 0).a).toBe(0);
    expect(rgb(0.2)).toEqual([0, 0, 255]);
    expect(rgb(0.4)).toEqual([0, 255, 255]);
    expect(rgb(0.6)).toEqual([0, 255, 0]);
    expect(rgb(0.8)).toEqual([255, 255, 0]);
    expect(rgb(1)).toEqual([255, 0, 0]);
    expect(rgb(0.5)).toEqual([0, 255, 127.5]);
  });

  it('builds a 256-entry table: entry 0 transparent, the last the ramp top, alpha never falling', () => {
    const lut = buildColorLut();
    expect(lut).toHaveLength(LUT_SIZE * 4);
    expect(entry(lut, 0)[3]).toBe(0);
    expect(entry(lut, LUT_SIZE - 1)).toEqual([255, 0, 0, 255]);
    for (let i = 1; i < LUT_SIZE; i++) expect(entry(lut, i)[3]).toBeGreaterThanOrEqual(entry(lut, i - 1)[3]!);
    expect(entry(lut, 1)[3]).toBeGreaterThan(0);
  });

  it('keeps zero transparent even for a ramp that starts opaque, and scales alpha by opacity', () => {
    const opaque: ColorRamp = [
      { at: 0, r: 10, g: 20, b: 30, a: 255 },
      { at: 1, r: 200, g: 100, b: 0, a: 255 },
    ];
    expect(entry(buildColorLut(opaque), 0)[3]).toBe(0);
    expect(entry(buildColorLut(opaque, 0.5), 255)).toEqual([200, 100, 0, 128]);
    expect(entry(buildColorLut(opaque, 7), 255)[3]).toBe(255);
  });

  it('rejects empty and unordered ramps', () => {
    expect(() => buildColorLut([])).toThrow(RangeError);
    expect(() =>
      buildColorLut([
        { at: 1, r: 0, g: 0, b: 0, a: 0 },
        { at: 0, r: 0, g: 0, b: 0, a: 0 },
      ]),
    ).toThrow(RangeError);
  });
});
