import { describe, expect, it } from 'vitest';
import { containsPoint, inflate, intersects, unionRects } from './index';

describe('geometry', () => {
  it('contains points on and inside the edges only', () => {
    const r = { x: 10, y: 20, width: 100, height: 50 };
    expect(containsPoint(r, { x: 10, y: 20 })).toBe(true);
    expect(containsPoint(r, { x: 110, y: 70 })).toBe(true);
    expect(containsPoint(r, { x: 9.9, y: 30 })).toBe(false);
    expect(containsPoint(r, { x: 50, y: 70.1 })).toBe(false);
  });

  it('detects overlap and separation', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(intersects(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(intersects(a, { x: 11, y: 0, width: 5, height: 5 })).toBe(false);
  });

  it('unions rectangles and returns null for none', () => {
    expect(unionRects([])).toBeNull();
    expect(
      unionRects([
        { x: 0, y: 0, width: 10, height: 10 },
        { x: -5, y: 20, width: 5, height: 5 },
      ]),
    ).toEqual({
      x: -5,
      y: 0,
      width: 15,
      height: 25,
    });
  });

  it('inflates on every side', () => {
    expect(inflate({ x: 0, y: 0, width: 10, height: 10 }, 5)).toEqual({ x: -5, y: -5, width: 20, height: 20 });
  });
});
