import { describe, expect, it } from 'vitest';
import { LEAD_LIMITS, sanitizeLead } from '@notevote/board';
import { screenToBoard, visibleBoardRect } from '../canvas/viewport';
import { MAX_SCALE } from '../state/ui-store';
import { leadViewOf, sameRect, tweenViewport, viewportShowing } from './lead-view';

const laptop = { width: 1280, height: 720 };
const projector = { width: 1920, height: 1080 };
const phone = { width: 390, height: 700 };

describe('the facilitator’s view as published', () => {
  it('is the board rectangle their canvas shows', () => {
    expect(leadViewOf({ x: -100, y: 50, scale: 2 }, laptop)).toEqual({ x: 50, y: -25, width: 640, height: 360 });
  });

  it('is nothing while the canvas has no size', () => {
    expect(leadViewOf({ x: 0, y: 0, scale: 1 }, { width: 0, height: 720 })).toBeNull();
  });

  it('always passes the relay’s check, however far out the view is', () => {
    for (const viewport of [
      { x: 1e9, y: -1e9, scale: 0.1 },
      { x: 0, y: 0, scale: 1e-9 },
      { x: 0, y: 0, scale: 1e6 },
    ]) {
      const view = leadViewOf(viewport, laptop);
      expect(view).not.toBeNull();
      expect(sanitizeLead({ view, summon: 0 })).toEqual({ view, summon: 0 });
      expect(view!.width).toBeLessThanOrEqual(LEAD_LIMITS.maxViewSize);
    }
  });
});

describe('showing the facilitator’s view on another screen', () => {
  it('fits all of it, centred, into a screen of another shape, touching two sides', () => {
    const view = { x: 200, y: 100, width: 1280, height: 720 };
    for (const canvas of [projector, phone, { width: 1000, height: 1000 }]) {
      const viewport = viewportShowing(view, canvas);
      const shown = visibleBoardRect(viewport, canvas.width, canvas.height);
      // All of it is visible…
      expect(shown.x).toBeLessThanOrEqual(view.x + 1e-6);
      expect(shown.y).toBeLessThanOrEqual(view.y + 1e-6);
      expect(shown.x + shown.width).toBeGreaterThanOrEqual(view.x + view.width - 1e-6);
      expect(shown.y + shown.height).toBeGreaterThanOrEqual(view.y + view.height - 1e-6);
      // …centred, and as large as it fits: one of its sides fills the screen.
      expect(shown.x + shown.width / 2).toBeCloseTo(view.x + view.width / 2);
      expect(shown.y + shown.height / 2).toBeCloseTo(view.y + view.height / 2);
      expect(Math.min(shown.width / view.width, shown.height / view.height)).toBeCloseTo(1);
    }
  });

  it('shows the same view on a screen of the same shape', () => {
    const view = { x: -50, y: 20, width: 640, height: 360 };
    const shown = visibleBoardRect(viewportShowing(view, projector), projector.width, projector.height);
    for (const key of ['x', 'y', 'width', 'height'] as const) expect(shown[key]).toBeCloseTo(view[key]);
  });

  it('does not zoom in further than the zoom limit on a tiny view', () => {
    expect(viewportShowing({ x: 0, y: 0, width: 2, height: 2 }, projector).scale).toBe(MAX_SCALE);
  });
});

describe('gliding from one view to another', () => {
  const from = { x: 0, y: 0, scale: 1 };
  const to = { x: -2000, y: -800, scale: 4 };
  const centre = (viewport: typeof from) =>
    screenToBoard(viewport, { x: projector.width / 2, y: projector.height / 2 });

  it('starts where it was and ends where it goes', () => {
    expect(tweenViewport(from, to, projector, 0)).toEqual(from);
    expect(tweenViewport(from, to, projector, 1)).toEqual(to);
    expect(tweenViewport(from, to, projector, 3)).toEqual(to);
  });

  it('moves the centre in a straight line and the zoom steadily, never overshooting', () => {
    let previous = from;
    for (let step = 1; step <= 10; step++) {
      const now = tweenViewport(from, to, projector, step / 10);
      expect(now.scale).toBeGreaterThanOrEqual(previous.scale);
      expect(now.scale).toBeLessThanOrEqual(to.scale + 1e-9);
      const [a, b, c] = [centre(from), centre(now), centre(to)];
      // On the segment from a to c.
      const cross = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
      expect(Math.abs(cross)).toBeLessThan(1e-3);
      expect(Math.hypot(b.x - a.x, b.y - a.y)).toBeLessThanOrEqual(Math.hypot(c.x - a.x, c.y - a.y) + 1e-9);
      previous = now;
    }
  });
});

describe('sameRect', () => {
  it('compares rectangles by value', () => {
    expect(sameRect({ x: 1, y: 2, width: 3, height: 4 }, { x: 1, y: 2, width: 3, height: 4 })).toBe(true);
    expect(sameRect({ x: 1, y: 2, width: 3, height: 4 }, { x: 1, y: 2, width: 3, height: 5 })).toBe(false);
    expect(sameRect(null, null)).toBe(true);
    expect(sameRect(null, { x: 1, y: 2, width: 3, height: 4 })).toBe(false);
  });
});
