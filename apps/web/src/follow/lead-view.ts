import { LEAD_LIMITS, type Rect } from '@notevote/board';
import { fitRect, screenToBoard, visibleBoardRect } from '../canvas/viewport';
import { MAX_SCALE, type Viewport } from '../state/ui-store';

/** A canvas size in CSS pixels. */
export interface CanvasSize {
  width: number;
  height: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The board rectangle a canvas shows, as a facilitator publishes it for followers (within `LEAD_LIMITS`, which the
 * relay checks); null while the canvas has no size yet.
 */
export function leadViewOf(viewport: Viewport, canvas: CanvasSize): Rect | null {
  if (!(canvas.width > 0 && canvas.height > 0 && viewport.scale > 0)) return null;
  const rect = visibleBoardRect(viewport, canvas.width, canvas.height);
  const { minViewSize, maxViewSize, maxCorner } = LEAD_LIMITS;
  // (`+ 0` turns -0 into 0: the same view always reads the same.)
  const view = {
    x: clamp(rect.x, -maxCorner, maxCorner) + 0,
    y: clamp(rect.y, -maxCorner, maxCorner) + 0,
    width: clamp(rect.width, minViewSize, maxViewSize),
    height: clamp(rect.height, minViewSize, maxViewSize),
  };
  return Object.values(view).every(Number.isFinite) ? view : null;
}

/**
 * The viewport that shows the facilitator's `view` in this canvas: all of it, centred, at the largest zoom that fits
 * (the canvas may have another shape, so it may show more on two sides, never less).
 */
export function viewportShowing(view: Rect, canvas: CanvasSize): Viewport {
  return fitRect(view, canvas.width, canvas.height, 0, MAX_SCALE);
}

/**
 * The viewport `progress` (0–1) of the way from `from` to `to`, eased out: the centre moves in a straight line and
 * the zoom changes at a constant rate (linear in its logarithm), so zooming in and out look alike.
 */
export function tweenViewport(from: Viewport, to: Viewport, canvas: CanvasSize, progress: number): Viewport {
  if (progress >= 1) return to;
  if (progress <= 0) return from;
  const eased = 1 - (1 - progress) ** 3;
  const middle = { x: canvas.width / 2, y: canvas.height / 2 };
  const a = screenToBoard(from, middle);
  const b = screenToBoard(to, middle);
  const scale = from.scale * (to.scale / from.scale) ** eased;
  const centre = { x: a.x + (b.x - a.x) * eased, y: a.y + (b.y - a.y) * eased };
  return { scale, x: middle.x - centre.x * scale, y: middle.y - centre.y * scale };
}

/** Whether two rectangles are the same (as a lead update that changed nothing else would repeat it). */
export function sameRect(a: Rect | null, b: Rect | null): boolean {
  if (!a || !b) return a === b;
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
