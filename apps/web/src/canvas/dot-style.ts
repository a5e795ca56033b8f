/** Dot radius in screen pixels at 100% zoom; it shrinks when zoomed out (down to a readable minimum). */
export const DOT_RADIUS_PX = 9;
export const MIN_DOT_RADIUS_PX = 3;
/** Width of the white ring around a dot, in screen pixels. */
export const DOT_OUTLINE_PX = 2;
/** Width of the coloured ring of a secret dot (white inside), in screen pixels. */
export const SECRET_DOT_OUTLINE_PX = 3.5;

/** A dot's radius in screen pixels at zoom `scale`. */
export function dotRadiusPx(scale: number): number {
  return Math.max(MIN_DOT_RADIUS_PX, Math.min(DOT_RADIUS_PX, DOT_RADIUS_PX * scale));
}
