import type { Rect } from '@notevote/board';

/**
 * How far (screen px) to pan so that `target` lies inside `visible`, `margin` px in from its edges, moving as
 * little as possible (like `scrollIntoView({ block: 'nearest' })`). A target larger than the visible area shows
 * its start (top, left): where the text being typed begins. Both rectangles are in the same screen coordinates.
 */
export function panToReveal(target: Rect, visible: Rect, margin = 8): { dx: number; dy: number } {
  return {
    dx: alongAxis(target.x, target.width, visible.x, visible.width, margin),
    dy: alongAxis(target.y, target.height, visible.y, visible.height, margin),
  };
}

function alongAxis(start: number, size: number, visibleStart: number, visibleSize: number, margin: number): number {
  // A visible area smaller than twice the margin has no inside: use its edges.
  const inset = Math.min(margin, visibleSize / 2);
  const low = visibleStart + inset;
  const high = visibleStart + visibleSize - inset;
  if (start < low || size > high - low) return low - start;
  if (start + size > high) return high - (start + size);
  return 0;
}

/** The overlap of two rectangles (zero-sized where they do not meet). */
export function intersectRects(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y),
  };
}
