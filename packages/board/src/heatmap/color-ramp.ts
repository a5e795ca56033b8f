/** A colour at a position along the ramp; channels are 0..255, `at` is 0..1. */
export interface ColorStop {
  readonly at: number;
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/** Colour stops in increasing `at` order; the first should be at 0 and the last at 1. */
export type ColorRamp = readonly ColorStop[];

/**
 * Transparent → blue → cyan → green → yellow → red, the scheme people read as cold-to-hot. Alpha rises with
 * density so faint heat tints the board instead of hiding the notes underneath.
 */
export const DEFAULT_COLOR_RAMP: ColorRamp = [
  { at: 0, r: 0, g: 0, b: 255, a: 0 },
  { at: 0.2, r: 0, g: 0, b: 255, a: 120 },
  { at: 0.4, r: 0, g: 255, b: 255, a: 165 },
  { at: 0.6, r: 0, g: 255, b: 0, a: 200 },
  { at: 0.8, r: 255, g: 255, b: 0, a: 230 },
  { at: 1, r: 255, g: 0, b: 0, a: 255 },
];

/** Entries in a lookup table: one per 8-bit density level. */
export const LUT_SIZE = 256;

/**
 * A LUT_SIZE × RGBA lookup table interpolated from the ramp, with alpha scaled by `opacity`, so colouring a
 * cell is one table read. Entry 0 is forced fully transparent so cells without heat never tint the board; values
 * under half a table step (1/510 of the top) round to it too.
 */
export function buildColorLut(ramp: ColorRamp = DEFAULT_COLOR_RAMP, opacity = 1): Uint8ClampedArray {
  if (ramp.length === 0) throw new RangeError('a colour ramp needs at least one stop');
  for (let i = 1; i < ramp.length; i++) {
    if (!(ramp[i]!.at >= ramp[i - 1]!.at)) throw new RangeError('colour ramp stops must be in increasing order');
  }
  const alphaScale = Math.min(1, Math.max(0, Number.isFinite(opacity) ? opacity : 1));
  const lut = new Uint8ClampedArray(LUT_SIZE * 4);
  for (let i = 0; i < LUT_SIZE; i++) {
    const { r, g, b, a } = colorAt(ramp, i / (LUT_SIZE - 1));
    lut.set([r, g, b, i === 0 ? 0 : a * alphaScale], i * 4);
  }
  return lut;
}

/** The ramp's colour at t, linearly interpolated between the surrounding stops and clamped at the ends. */
export function colorAt(ramp: ColorRamp, t: number): ColorStop {
  const first = ramp[0]!;
  const last = ramp[ramp.length - 1]!;
  if (!(t > first.at)) return { ...first, at: t };
  if (t >= last.at) return { ...last, at: t };
  let hi = 1;
  while (ramp[hi]!.at < t) hi++;
  const upper = ramp[hi]!;
  const lower = ramp[hi - 1]!;
  const span = upper.at - lower.at;
  const f = span > 0 ? (t - lower.at) / span : 1;
  const mix = (from: number, to: number): number => from + (to - from) * f;
  return {
    at: t,
    r: mix(lower.r, upper.r),
    g: mix(lower.g, upper.g),
    b: mix(lower.b, upper.b),
    a: mix(lower.a, upper.a),
  };
}
