import { describe, expect, it } from 'vitest';
import { boardToScreen, centerOn, fitRect, panBy, screenToBoard, visibleBoardRect, zoomAround } from './viewport';
import { MAX_SCALE, MIN_SCALE } from '../state/ui-store';

const vp = { x: 100, y: 50, scale: 2 };

describe('viewport', () => {
  it('converts between board and screen coordinates both ways', () => {
    expect(boardToScreen(vp, { x: 10, y: 20 })).toEqual({ x: 120, y: 90 });
    expect(screenToBoard(vp, { x: 120, y: 90 })).toEqual({ x: 10, y: 20 });
  });

  it('zooms around the pointer: the board point under it stays put', () => {
    const pointer = { x: 300, y: 200 };
    const before = screenToBoard(vp, pointer);
    const zoomed = zoomAround(vp, pointer, 1.5);
    expect(zoomed.scale).toBe(3);
    const after = screenToBoard(zoomed, pointer);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('clamps zoom to the allowed range', () => {
    expect(zoomAround(vp, { x: 0, y: 0 }, 1000).scale).toBe(MAX_SCALE);
    expect(zoomAround(vp, { x: 0, y: 0 }, 0.0001).scale).toBe(MIN_SCALE);
  });

  it('fits a rectangle centred inside the canvas', () => {
    const fitted = fitRect({ x: 0, y: 0, width: 1000, height: 500 }, 1100, 700, 50);
    expect(fitted.scale).toBe(1);
    const centre = boardToScreen(fitted, { x: 500, y: 250 });
    expect(centre).toEqual({ x: 550, y: 350 });
  });

  it('reports the visible board rectangle with a margin', () => {
    expect(visibleBoardRect(vp, 200, 100)).toEqual({ x: -50, y: -25, width: 100, height: 50 });
    expect(visibleBoardRect(vp, 200, 100, 20)).toEqual({ x: -60, y: -35, width: 120, height: 70 });
  });

  it('pans and centres', () => {
    expect(panBy(vp, 5, -5)).toEqual({ x: 105, y: 45, scale: 2 });
    expect(boardToScreen(centerOn(vp, { x: 10, y: 10 }, 400, 300), { x: 10, y: 10 })).toEqual({ x: 200, y: 150 });
  });
});
