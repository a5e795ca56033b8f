import type { Ballot } from '@notevote/board';

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

/**
 * How large a round type's dots are drawn, against an ordinary dot: a heat-map vote's many small dots (several on
 * parts of one note stay apart), a straw poll's one large dot each. A supervote's are markers of their own
 * (ballots/BallotLayer) and an agreement vote's ratings are no dots at all.
 */
export function dotSizeFactor(ballot: Ballot): number {
  if (ballot === 'heatmap') return 0.55;
  if (ballot === 'straw-poll') return 1.7;
  return 1;
}
