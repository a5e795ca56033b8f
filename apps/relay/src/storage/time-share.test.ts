import { describe, expect, it } from 'vitest';
import { TimeShare } from './time-share';

describe('TimeShare', () => {
  it('allows work until the saved-up budget is spent, then refills at its share of the clock', () => {
    let now = 0;
    const budget = new TimeShare(0.1, 5, () => now);
    expect(budget.allows()).toBe(true);
    budget.spend(3);
    expect(budget.allows()).toBe(true);
    budget.spend(3);
    // 5 − 6: overdrawn by the last piece of work.
    expect(budget.allows()).toBe(false);
    now += 5; // earns 0.5 ms: still 0.5 short
    expect(budget.allows()).toBe(false);
    now += 10; // earns 1 ms more
    expect(budget.allows()).toBe(true);
  });

  it('saves up no more than its burst while idle', () => {
    let now = 0;
    const budget = new TimeShare(0.1, 5, () => now);
    now += 1_000_000;
    expect(budget.allows()).toBe(true);
    budget.spend(5.5);
    expect(budget.allows()).toBe(false);
  });
});
