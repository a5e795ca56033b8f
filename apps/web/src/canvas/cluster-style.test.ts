import { describe, expect, it } from 'vitest';
import type { Rect } from '@notevote/board';
import { clusterTint, labelLayout } from './cluster-style';

const band = { x: 0, y: 0, width: 400, height: 56 };
const inside = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

describe('labelLayout', () => {
  it('fits the name inside the band at 100%, and the hit area is the band', () => {
    const layout = labelLayout(band, 1, null);
    expect(layout.name.y).toBeGreaterThanOrEqual(band.y);
    expect(layout.name.y + layout.name.height).toBeLessThanOrEqual(band.y + band.height);
    expect(layout.hit).toEqual(band);
  });

  it('keeps the name readable when zoomed far out: it grows out of the band upwards, and so does the hit area', () => {
    const scale = 0.2;
    const layout = labelLayout(band, scale, null);
    expect(layout.fontSize * scale).toBeGreaterThanOrEqual(12);
    expect(layout.name.y + layout.name.height).toBeLessThanOrEqual(band.y + band.height);
    expect(layout.hit.y).toBeLessThanOrEqual(layout.name.y);
    expect(layout.hit.y + layout.hit.height).toBe(band.y + band.height);
  });

  it('puts the tally badge at the band’s end and leaves the rest to the name', () => {
    const layout = labelLayout(band, 1, () => 80);
    const badge = layout.badge!;
    expect(inside(band, badge)).toBe(true);
    expect(layout.name.x + layout.name.width).toBeLessThan(badge.x);
  });
});

describe('labelLayout in a narrow frame', () => {
  it('moves the badge above the name rather than squeezing the name out, and the hit area covers it', () => {
    const narrow = { x: 0, y: 0, width: 240, height: 56 };
    const layout = labelLayout(narrow, 1, () => 150);
    const badge = layout.badge!;
    expect(badge.y + badge.height).toBeLessThanOrEqual(layout.name.y + 1);
    expect(layout.name.width).toBeGreaterThan(150);
    expect(layout.hit.y).toBeLessThanOrEqual(badge.y);
  });
});

describe('clusterTint', () => {
  it('gives a cluster the same tint every time', () => {
    expect(clusterTint('abc')).toEqual(clusterTint('abc'));
  });
});
