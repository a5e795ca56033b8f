import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lead } from '@notevote/board';
import { createUiStore } from '../state/ui-store';
import { LEAD_INTERVAL_MS, LeadPublisher } from './lead-publisher';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setUp() {
  const ui = createUiStore({ canvasSize: { width: 1000, height: 500 } });
  const sent: Lead[] = [];
  const publisher = new LeadPublisher(ui, (lead) => sent.push(lead));
  return { ui, sent, publisher };
}

describe('publishing the facilitator’s view', () => {
  it('publishes the view at once, then at most once an interval while it moves, ending on the last one', () => {
    const { ui, sent, publisher } = setUp();
    expect(sent).toEqual([{ view: { x: 0, y: 0, width: 1000, height: 500 }, summon: 0 }]);
    for (let x = 1; x <= 20; x++) {
      ui.getState().setViewport({ x: -x, y: 0, scale: 1 });
      vi.advanceTimersByTime(10);
    }
    // 200 ms of panning: two more at most, and the last position always goes out.
    vi.advanceTimersByTime(LEAD_INTERVAL_MS);
    expect(sent.length).toBeLessThanOrEqual(4);
    expect(sent.at(-1)?.view.x).toBe(20);
    publisher.destroy();
  });

  it('publishes nothing while nothing changes', () => {
    const { ui, sent, publisher } = setUp();
    ui.getState().setViewport({ ...ui.getState().viewport });
    vi.advanceTimersByTime(LEAD_INTERVAL_MS * 10);
    expect(sent).toHaveLength(1);
    publisher.destroy();
  });

  it('sends a summon at once', () => {
    const { ui, sent, publisher } = setUp();
    ui.getState().setViewport({ x: -5, y: 0, scale: 1 });
    ui.getState().summonEveryone();
    expect(sent.at(-1)).toEqual({ view: { x: 5, y: 0, width: 1000, height: 500 }, summon: 1 });
    publisher.destroy();
  });

  it('waits for the canvas to have a size', () => {
    const ui = createUiStore();
    const sent: Lead[] = [];
    const publisher = new LeadPublisher(ui, (lead) => sent.push(lead));
    expect(sent).toEqual([]);
    ui.getState().setCanvasSize({ width: 400, height: 300 });
    expect(sent).toEqual([{ view: { x: 0, y: 0, width: 400, height: 300 }, summon: 0 }]);
    publisher.destroy();
  });
});
