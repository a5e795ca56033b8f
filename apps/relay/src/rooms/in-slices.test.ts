import { describe, expect, it } from 'vitest';
import { forEachInSlices } from './in-slices';

describe('forEachInSlices', () => {
  it('visits every item once, in order, one slice per event-loop turn', async () => {
    const items = Array.from({ length: 1_001 }, (_, i) => i);
    const turnOf: number[] = [];
    let turn = 0;
    // Counts turns: queued before the slices, it runs first in every turn that runs one.
    const countTurns = (): void => {
      turn++;
      if (turnOf.length < items.length) setImmediate(countTurns);
    };
    setImmediate(countTurns);
    const done = forEachInSlices(items, 250, () => turnOf.push(turn));
    // The first slice runs at once, before the call returns.
    expect(turnOf).toHaveLength(250);
    await done;
    expect(turnOf).toHaveLength(1_001);
    const slices = new Set(turnOf);
    expect(slices.size).toBe(5);
    for (const t of slices) expect(turnOf.filter((x) => x === t).length).toBeLessThanOrEqual(250);
  });

  it('resolves at once for nothing to visit', async () => {
    await expect(forEachInSlices([], 10, () => undefined)).resolves.toBeUndefined();
  });
});
