import { afterEach, describe, expect, it } from 'vitest';
import type { Lead } from '@notevote/board';
import { visibleBoardRect } from '../canvas/viewport';
import { createUiStore, type Follow, type UiStore } from '../state/ui-store';
import { FOLLOW_MS, Follower, type FrameScheduler } from './follower';

const canvas = { width: 1920, height: 1080 };

/** Animation frames run by hand: `advance(ms)` runs every frame due in that time, 16 ms apart. */
function manualFrames() {
  let now = 0;
  let queue: Array<(now: number) => void> = [];
  const frames: FrameScheduler = (callback) => {
    queue.push(callback);
    return () => {
      queue = queue.filter((queued) => queued !== callback);
    };
  };
  const advance = (ms: number) => {
    for (const end = now + ms; now < end;) {
      now += 16;
      const due = queue;
      queue = [];
      for (const callback of due) callback(now);
    }
  };
  return { frames, advance, pending: () => queue.length };
}

const lead = (x: number, summon = 0): Lead => ({ view: { x, y: 0, width: 1280, height: 720 }, summon });

let followers: Follower[] = [];
afterEach(() => {
  for (const follower of followers) follower.destroy();
  followers = [];
});

function setUp(follow: Follow) {
  const ui: UiStore = createUiStore({ follow, canvasSize: canvas });
  const clock = manualFrames();
  let summoned = 0;
  const follower = new Follower(ui, { frames: clock.frames, onSummoned: () => summoned++ });
  followers.push(follower);
  const shown = () => {
    const rect = visibleBoardRect(ui.getState().viewport, canvas.width, canvas.height);
    return { centreX: rect.x + rect.width / 2, width: rect.width };
  };
  return { ui, clock, follower, shown, summoned: () => summoned };
}

describe('following the facilitator', () => {
  it('glides to the facilitator’s view and keeps up with it while following', () => {
    const { clock, follower, shown } = setUp('on');
    follower.setLead(lead(1000));
    clock.advance(FOLLOW_MS / 2);
    // On its way: no longer where it was, not there yet.
    expect(shown().centreX).toBeGreaterThan(canvas.width / 2);
    expect(shown().centreX).toBeLessThan(1640);
    clock.advance(FOLLOW_MS);
    expect(shown().centreX).toBeCloseTo(1640);
    expect(shown().width).toBeCloseTo(1280);
    follower.setLead(lead(-500));
    clock.advance(FOLLOW_MS * 2);
    expect(shown().centreX).toBeCloseTo(140);
    expect(clock.pending()).toBe(0);
  });

  it('jumps instead of gliding when the person asked their system for reduced motion', () => {
    const ui: UiStore = createUiStore({ follow: 'on', canvasSize: canvas });
    const clock = manualFrames();
    const follower = new Follower(ui, { frames: clock.frames, reducedMotion: () => true });
    followers.push(follower);
    follower.setLead(lead(1000));
    expect(clock.pending()).toBe(0);
    const rect = visibleBoardRect(ui.getState().viewport, canvas.width, canvas.height);
    expect(rect.x + rect.width / 2).toBeCloseTo(1640);
    // Its own move is not the person's: still following.
    expect(ui.getState().follow).toBe('on');
  });

  it('steps out when the person pans or zooms, and follows again when asked', () => {
    const { ui, clock, follower, shown } = setUp('on');
    follower.setLead(lead(1000));
    clock.advance(FOLLOW_MS / 2);
    // A pan in the middle of the glide: the glide stops, the view is theirs.
    ui.getState().setViewport({ x: 0, y: 0, scale: 1 });
    expect(ui.getState().follow).toBe('stepped-out');
    clock.advance(FOLLOW_MS);
    expect(shown().centreX).toBe(canvas.width / 2);
    follower.setLead(lead(2000));
    clock.advance(FOLLOW_MS * 2);
    expect(shown().centreX).toBe(canvas.width / 2);

    ui.getState().setFollow('on');
    clock.advance(FOLLOW_MS * 2);
    expect(shown().centreX).toBeCloseTo(2640);
  });

  it('does nothing while not following, until a summon: then goes there once', () => {
    const { ui, clock, follower, shown, summoned } = setUp('off');
    follower.setLead(lead(1000, 4));
    clock.advance(FOLLOW_MS * 2);
    // The summons counted before this screen saw the lead were not for it.
    expect(shown().centreX).toBe(canvas.width / 2);
    follower.setLead(lead(1200, 5));
    clock.advance(FOLLOW_MS * 2);
    expect(shown().centreX).toBeCloseTo(1840);
    expect(summoned()).toBe(1);
    expect(ui.getState().follow).toBe('off');
    // Once: the facilitator moving on afterwards does not take this view along.
    follower.setLead(lead(3000, 5));
    clock.advance(FOLLOW_MS * 2);
    expect(shown().centreX).toBeCloseTo(1840);
    // A relay that restarted counts from 0 again: that is no summon, but the next one is.
    follower.setLead(lead(3000, 0));
    clock.advance(FOLLOW_MS * 2);
    expect(shown().centreX).toBeCloseTo(1840);
    follower.setLead(lead(3000, 1));
    clock.advance(FOLLOW_MS * 2);
    expect(shown().centreX).toBeCloseTo(3640);
    expect(summoned()).toBe(2);
  });

  it('keeps the view where it was when the facilitator leaves, and refits when the canvas changes', () => {
    const { ui, clock, follower, shown } = setUp('on');
    follower.setLead(lead(1000));
    clock.advance(FOLLOW_MS * 2);
    follower.setLead(null);
    clock.advance(FOLLOW_MS);
    expect(shown().centreX).toBeCloseTo(1640);
    expect(ui.getState().follow).toBe('on');

    follower.setLead(lead(1000));
    ui.getState().setCanvasSize({ width: 960, height: 1080 });
    const rect = visibleBoardRect(ui.getState().viewport, 960, 1080);
    expect(rect.x + rect.width / 2).toBeCloseTo(1640);
    expect(rect.width).toBeCloseTo(1280);
    expect(ui.getState().follow).toBe('on');
  });

  it('can place the first view without stepping out', () => {
    const { ui, follower } = setUp('on');
    follower.place({ x: 10, y: 10, scale: 0.5 });
    expect(ui.getState().viewport).toEqual({ x: 10, y: 10, scale: 0.5 });
    expect(ui.getState().follow).toBe('on');
  });
});
