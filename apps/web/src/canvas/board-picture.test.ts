import { describe, expect, it } from 'vitest';
import type { Note, PlacedVote } from '@notevote/board';
import { PICTURE_LONGEST_SIDE, contentBounds, planPicture } from './board-picture';

const note = (id: string, x: number, y: number, clusterId?: string): Note => ({
  id,
  text: id,
  x,
  y,
  width: 200,
  height: 200,
  color: '#fff475',
  authorId: 'a',
  createdAt: 0,
  z: 0,
  ...(clusterId === undefined ? {} : { clusterId }),
});

describe('contentBounds', () => {
  it('covers the notes, their cluster frames and the heat of free dots', () => {
    const notes = new Map([
      ['a', note('a', 0, 0, 'c')],
      ['b', note('b', 400, 0)],
    ]);
    const free: PlacedVote = { key: 'v/1', voterId: 'v', voteId: '1', vote: { noteId: null, x: 2000, y: 50, at: 0 } };
    const bounds = contentBounds(notes, [free])!;
    expect(bounds.x).toBeLessThan(0); // the cluster frame's margin
    expect(bounds.y).toBeLessThan(-50); // the frame's label band
    expect(bounds.x + bounds.width).toBeGreaterThan(2000); // the free dot and its heat
    expect(contentBounds(new Map(), [])).toBeNull();
  });
});

describe('planPicture', () => {
  it('fits the content into the canvas and crops to it, at a resolution that makes a large picture', () => {
    const plan = planPicture({ x: -500, y: 100, width: 3000, height: 1000 }, { width: 1280, height: 800 });
    expect(plan.crop.x).toBeGreaterThanOrEqual(0);
    expect(plan.crop.x + plan.crop.width).toBeLessThanOrEqual(1280);
    expect(plan.crop.y + plan.crop.height).toBeLessThanOrEqual(800);
    // The content's corners land inside the crop.
    const toScreen = (x: number, y: number) => ({
      x: plan.viewport.x + x * plan.viewport.scale,
      y: plan.viewport.y + y * plan.viewport.scale,
    });
    for (const corner of [toScreen(-500, 100), toScreen(2500, 1100)]) {
      expect(corner.x).toBeGreaterThanOrEqual(plan.crop.x);
      expect(corner.x).toBeLessThanOrEqual(plan.crop.x + plan.crop.width);
      expect(corner.y).toBeGreaterThanOrEqual(plan.crop.y);
      expect(corner.y).toBeLessThanOrEqual(plan.crop.y + plan.crop.height);
    }
    expect(Math.round(Math.max(plan.crop.width, plan.crop.height) * plan.pixelRatio)).toBeLessThanOrEqual(
      PICTURE_LONGEST_SIDE + 4,
    );
    expect(plan.pixelRatio).toBeGreaterThan(1);
  });

  it('never goes below the screen resolution, nor above four times it', () => {
    expect(planPicture({ x: 0, y: 0, width: 3000, height: 2000 }, { width: 4000, height: 3000 }).pixelRatio).toBe(1);
    expect(planPicture({ x: 0, y: 0, width: 100, height: 100 }, { width: 1280, height: 800 }).pixelRatio).toBe(4);
  });
});
