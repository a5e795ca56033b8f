import type { Point, Rect } from '@notevote/board';
import { MAX_SCALE, MIN_SCALE, type Viewport } from '../state/ui-store';

/** Board units → screen pixels. */
export function boardToScreen(viewport: Viewport, point: Point): Point {
  return { x: point.x * viewport.scale + viewport.x, y: point.y * viewport.scale + viewport.y };
}

/** Screen pixels (relative to the canvas) → board units. */
export function screenToBoard(viewport: Viewport, point: Point): Point {
  return { x: (point.x - viewport.x) / viewport.scale, y: (point.y - viewport.y) / viewport.scale };
}

const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** Zooms by `factor` keeping the board point under `screenPoint` fixed (zoom around the pointer). */
export function zoomAround(viewport: Viewport, screenPoint: Point, factor: number): Viewport {
  const scale = clampScale(viewport.scale * factor);
  const anchor = screenToBoard(viewport, screenPoint);
  return { scale, x: screenPoint.x - anchor.x * scale, y: screenPoint.y - anchor.y * scale };
}

/** Moves the view by a screen-pixel delta. */
export function panBy(viewport: Viewport, dx: number, dy: number): Viewport {
  return { ...viewport, x: viewport.x + dx, y: viewport.y + dy };
}

/** The viewport that shows `rect` whole and centred in a `width`×`height` canvas, with `padding` px around it. */
export function fitRect(rect: Rect, width: number, height: number, padding = 48, maxScale = 1.5): Viewport {
  const availableW = Math.max(1, width - 2 * padding);
  const availableH = Math.max(1, height - 2 * padding);
  const scale = clampScale(
    Math.min(maxScale, availableW / Math.max(1, rect.width), availableH / Math.max(1, rect.height)),
  );
  return {
    scale,
    x: width / 2 - (rect.x + rect.width / 2) * scale,
    y: height / 2 - (rect.y + rect.height / 2) * scale,
  };
}

/** The board rectangle visible in a `width`×`height` canvas, grown by `marginPx` screen pixels on every side. */
export function visibleBoardRect(viewport: Viewport, width: number, height: number, marginPx = 0): Rect {
  const topLeft = screenToBoard(viewport, { x: -marginPx, y: -marginPx });
  return {
    x: topLeft.x,
    y: topLeft.y,
    width: (width + 2 * marginPx) / viewport.scale,
    height: (height + 2 * marginPx) / viewport.scale,
  };
}

/** Centres the view on a board point, keeping the zoom. */
export function centerOn(viewport: Viewport, point: Point, width: number, height: number): Viewport {
  return { ...viewport, x: width / 2 - point.x * viewport.scale, y: height / 2 - point.y * viewport.scale };
}
