import { describe, expect, it } from 'vitest';
import { NOTE_COLORS } from '../schema/types';
import {
  composite as over,
  contrastRatio as contrast,
  hexToRgb as hex,
  relativeLuminance as luminance,
  type Rgb,
} from './contrast';
import { buildColorLut, colorAt, DEFAULT_COLOR_RAMP, LUT_SIZE, MAX_HEAT_ALPHA, type ColorRamp } from './color-ramp';

function entry(lut: Uint8ClampedArray, i: number): number[] {
  return Array.from(lut.subarray(i * 4, i * 4 + 4));
}

describe('colour ramp', () => {
  it('runs viridis from yellow (few dots) to dark violet (many), at its published colours', () => {
    const rgb = (t: number): number[] => {
      const { r, g, b } = colorAt(DEFAULT_COLOR_RAMP, t);
      return [r, g, b];
    };
    expect(DEFAULT_COLOR_RAMP[0]!.at).toBe(0);
    expect(DEFAULT_COLOR_RAMP.at(-1)!.at).toBe(1);
    // viridis(1), viridis(0.5) and viridis(0) in matplotlib's table: #fde725, #21918c, #440154.
    expect(rgb(0)).toEqual([253, 231, 37]);
    expect(rgb(0.5)).toEqual([33, 145, 140]);
    expect(rgb(1)).toEqual([68, 1, 84]);
  });

  it('gets darker with every step, so more dots always look like more (also in greyscale)', () => {
    const lut = buildColorLut();
    for (let i = 2; i < LUT_SIZE; i++) {
      const [r, g, b] = entry(lut, i);
      const [pr, pg, pb] = entry(lut, i - 1);
      expect(luminance([r!, g!, b!])).toBeLessThanOrEqual(luminance([pr!, pg!, pb!]));
    }
  });

  it('keeps note text readable under the densest heat at the default layer opacity', () => {
    const layerOpacity = 0.7; // the heatmap layer's default (ui-store)
    const noteText = hex('#1f2328'); // NOTE_TEXT_COLOR in the web app
    const top = DEFAULT_COLOR_RAMP.at(-1)!;
    const heat: Rgb = [top.r, top.g, top.b];
    const alpha = (top.a / 255) * layerOpacity;
    for (const color of NOTE_COLORS) {
      expect(contrast(over(heat, alpha, noteText), over(heat, alpha, hex(color)))).toBeGreaterThanOrEqual(3);
    }
  });

  it('builds a 256-entry table: entry 0 transparent, the last the ramp top, alpha never falling', () => {
    const lut = buildColorLut();
    expect(lut).toHaveLength(LUT_SIZE * 4);
    expect(entry(lut, 0)[3]).toBe(0);
    expect(entry(lut, LUT_SIZE - 1)).toEqual([68, 1, 84, MAX_HEAT_ALPHA]);
    for (let i = 1; i < LUT_SIZE; i++) expect(entry(lut, i)[3]).toBeGreaterThanOrEqual(entry(lut, i - 1)[3]!);
    expect(entry(lut, 1)[3]).toBeGreaterThan(0);
    // Faint heat only tints; the densest still lets the note show through.
    expect(entry(lut, 25)[3]).toBeLessThan(80);
    expect(MAX_HEAT_ALPHA).toBeLessThan(255);
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
