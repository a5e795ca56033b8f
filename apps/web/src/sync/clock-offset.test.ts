import { describe, expect, it } from 'vitest';
import { estimateOffset, keepBetter, type ClockSample } from './clock-offset';

/**
 * A request from a device whose clock is `skew` ms off the relay's, sent at relay time `at`, taking `up` ms to reach
 * the relay and `down` ms to come back.
 */
function sample(skew: number, at: number, up: number, down: number): ClockSample {
  return { sentAt: at + skew, serverNow: at + up, receivedAt: at + up + down + skew };
}

describe('the clock offset estimate', () => {
  it('finds a device clock 90 s fast or slow exactly when the delays are symmetric', () => {
    for (const skew of [90_000, -90_000, 0]) {
      const estimate = estimateOffset([sample(skew, 1_700_000_000_000, 40, 40)]);
      expect(estimate).toEqual({ offset: 0 - skew, roundTrip: 80 });
    }
  });

  it('is within half the round trip when all the delay is on one leg', () => {
    for (const skew of [90_000, -90_000]) {
      for (const [up, down] of [
        [300, 0],
        [0, 300],
        [250, 50],
      ] as const) {
        const estimate = estimateOffset([sample(skew, 1_700_000_000_000, up, down)])!;
        expect(estimate.roundTrip).toBe(up + down);
        expect(Math.abs(estimate.offset - -skew)).toBeLessThanOrEqual(estimate.roundTrip / 2);
        // Exactly half the difference of the legs: the midpoint assumption.
        expect(estimate.offset - -skew).toBe((up - down) / 2);
      }
    }
  });

  it('takes the sample with the shortest round trip', () => {
    const skew = -90_000;
    const samples = [
      sample(skew, 1_000_000, 900, 100), // slow and lopsided: 400 ms off
      sample(skew, 1_002_000, 12, 8), // the best: 2 ms off
      sample(skew, 1_004_000, 30, 270),
    ];
    expect(estimateOffset(samples)).toEqual({ offset: 90_000 + 2, roundTrip: 20 });
    expect(estimateOffset([...samples].reverse())).toEqual({ offset: 90_002, roundTrip: 20 });
  });

  it('ignores samples it cannot use, and has no estimate without one', () => {
    expect(estimateOffset([])).toBeNull();
    const broken = [
      { sentAt: 10, receivedAt: 5, serverNow: 100 },
      { sentAt: 0, receivedAt: 10, serverNow: Number.NaN },
    ];
    expect(estimateOffset(broken)).toBeNull();
    expect(estimateOffset([...broken, sample(5_000, 1_000, 10, 10)])).toEqual({ offset: -5_000, roundTrip: 20 });
  });
});

describe('keeping the better estimate', () => {
  it('keeps a precise estimate when a congested sync agrees with it', () => {
    const precise = { offset: 90_000, roundTrip: 20 };
    const congested = { offset: 90_150, roundTrip: 900 };
    expect(keepBetter(precise, congested)).toBe(precise);
    const better = { offset: 90_004, roundTrip: 10 };
    expect(keepBetter(precise, better)).toBe(better);
  });

  it('takes the fresh estimate when they disagree: the device clock was changed', () => {
    const before = { offset: 90_000, roundTrip: 20 };
    const afterClockFix = { offset: 3, roundTrip: 400 };
    expect(keepBetter(before, afterClockFix)).toBe(afterClockFix);
  });

  it('keeps what it has when a sync found nothing', () => {
    const before = { offset: 1, roundTrip: 20 };
    expect(keepBetter(before, null)).toBe(before);
    expect(keepBetter(null, before)).toBe(before);
    expect(keepBetter(null, null)).toBeNull();
  });
});
