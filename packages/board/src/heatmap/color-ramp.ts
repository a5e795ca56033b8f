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
 * Viridis (van der Walt and Smith's matplotlib colour map), sampled at 17 of its 256 published colours (linear
 * interpolation between them stays within ΔE*ab 1.2 of the full table, below what an eye can tell). Listed from its
 * dark end (violet) to its light end (yellow).
 *
 * Why viridis: it is perceptually uniform (equal steps of density look like equal steps of colour), readable by people
 * with any common colour-vision deficiency, and its lightness rises steadily, so it still orders correctly in
 * greyscale and on a washed-out projector. The rainbow it replaces has bright bands (cyan, yellow) that read as
 * edges that are not in the data, and its red and green look alike to about one man in twelve.
 */
const VIRIDIS: readonly (readonly [number, number, number])[] = [
  [68, 1, 84],
  [72, 24, 106],
  [71, 45, 123],
  [66, 64, 134],
  [59, 82, 139],
  [51, 99, 141],
  [44, 114, 142],
  [38, 130, 142],
  [33, 145, 140],
  [31, 159, 136],
  [39, 173, 129],
  [61, 188, 116],
  [92, 200, 99],
  [129, 211, 77],
  [170, 220, 50],
  [213, 226, 26],
  [253, 231, 37],
];

/**
 * The heat's alpha at its densest (70 %). Under it, at the heatmap layer's default opacity (70 %), note text keeps at
 * least 3:1 contrast on every note colour.
 */
export const MAX_HEAT_ALPHA = 179;

/**
 * Few dots → many: viridis run from yellow to dark violet, so more dots are darker, as more ink would be. The heat is
 * drawn over sticky notes (pastel yellow by default) and a near-white board on screens, and over a dark board in the
 * projector view. The densest colour must stand out on all of them: dark violet does (it is also far from every
 * pastel note, and its violet still shows on the projector's near-black), while viridis's usual top, yellow, nearly
 * vanishes on a yellow note, inferno's and magma's light ends vanish on white, and their black ends on the projector.
 * Dark heat over dark note text also keeps more of the text's contrast than light heat would. Alpha rises with
 * density (as t^0.6, up to MAX_HEAT_ALPHA), so faint heat only tints the board and the overlay never hides note text;
 * the layer's opacity control scales it further.
 */
export const DEFAULT_COLOR_RAMP: ColorRamp = VIRIDIS.map(([r, g, b], i) => {
  const at = 1 - i / (VIRIDIS.length - 1);
  return { at, r, g, b, a: Math.round(MAX_HEAT_ALPHA * at ** 0.6) };
}).reverse();

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
