import { buildColorLut, DEFAULT_COLOR_RAMP, LUT_SIZE, type ColorRamp } from './color-ramp';
import { maxValue } from './normalize';
import type { HeatmapGrid } from './types';

/** How to colour a heatmap. */
export interface HeatmapColorOptions {
  /** Colour stops from no heat (0) to the hottest value (1); defaults to DEFAULT_COLOR_RAMP. */
  readonly ramp?: ColorRamp;
  /** Multiplies every alpha, 0..1; defaults to 1. */
  readonly opacity?: number;
  /**
   * The value drawn as the ramp's top colour. Defaults to the grid's own maximum, so normalized and unnormalized
   * grids look the same; pass a fixed value to keep colours stable while dots are added one at a time.
   */
  readonly maxValue?: number;
}

// The default table is what nearly every frame uses, so build it once.
const defaultLut = buildColorLut(DEFAULT_COLOR_RAMP, 1);

/** RGBA pixels (one per cell, row-major, length columns·rows·4) ready for `new ImageData(pixels, columns)`. */
export function heatmapToRgba(grid: HeatmapGrid, options: HeatmapColorOptions = {}): Uint8ClampedArray {
  const { ramp, opacity } = options;
  const lut =
    ramp === undefined && (opacity === undefined || opacity === 1) ? defaultLut : buildColorLut(ramp, opacity);
  const { values } = grid;
  const pixels = new Uint8ClampedArray(values.length * 4);
  const top = options.maxValue ?? maxValue(grid);
  if (!(top > 0) || !Number.isFinite(top)) return pixels;
  const toIndex = (LUT_SIZE - 1) / top;
  // Both arrays viewed as 32-bit words copy the four RGBA bytes in one go, whatever the platform's endianness.
  const lutWords = new Uint32Array(lut.buffer, lut.byteOffset, LUT_SIZE);
  const pixelWords = new Uint32Array(pixels.buffer);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]! * toIndex + 0.5;
    // Negative residue and NaN fall to entry 0 (transparent); values above the top saturate.
    const index = v >= LUT_SIZE ? LUT_SIZE - 1 : v > 0 ? v | 0 : 0;
    pixelWords[i] = lutWords[index]!;
  }
  return pixels;
}
