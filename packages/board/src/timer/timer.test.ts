import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extendedTimer,
  formatRemaining,
  msUntilNextTick,
  pausedTimer,
  resumedTimer,
  startedTimer,
  stoppedTimer,
  timerView,
} from './timer';

const idle = { timerEndsAt: null, timerDurationMs: null, timerPausedMs: null };

describe('timerView', () => {
  it('counts down from the end in the relay clock, whatever clock the device has', () => {
    const session = startedTimer(5 * 60_000, 1_000_000);
    expect(timerView(session, 1_000_000 + 72_500)).toEqual({
      state: 'running',
      remainingMs: 227_500,
      endsAt: 1_300_000,
      durationMs: 300_000,
    });
    // Two devices whose own clocks differ by 90 s agree once each uses its estimate of the relay clock.
    const relayNow = 1_100_000;
    const phoneClock = relayNow + 90_000;
    const phoneOffset = -90_000;
    expect(timerView(session, phoneClock + phoneOffset)).toEqual(timerView(session, relayNow));
  });

  it('shows a paused timebox with what remained, and an idle timer as idle', () => {
    const paused = pausedTimer(startedTimer(60_000, 0), 20_000);
    expect(timerView(paused, 999_999)).toEqual({ state: 'paused', remainingMs: 40_000, durationMs: 60_000 });
    expect(timerView(idle, 5)).toEqual({ state: 'idle' });
  });

  it('runs out at the end, and says by how much it is over', () => {
    const session = startedTimer(60_000, 0);
    expect(timerView(session, 60_000)).toMatchObject({ state: 'expired', overdueMs: 0 });
    expect(timerView(session, 61_500)).toMatchObject({ state: 'expired', overdueMs: 1_500 });
  });
});

describe('timer operations', () => {
  it('pauses and resumes without losing or gaining time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3_600_000 }),
        fc.integer({ min: 0, max: 3_600_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (duration, runFor, pausedFor) => {
          const started = startedTimer(duration, 0);
          const paused = pausedTimer(started, Math.min(runFor, duration));
          const resumed = resumedTimer(paused, Math.min(runFor, duration) + pausedFor);
          const remainingBefore = duration - Math.min(runFor, duration);
          expect(resumed.timerEndsAt! - (Math.min(runFor, duration) + pausedFor)).toBe(remainingBefore);
          expect(resumed.timerPausedMs).toBeNull();
        },
      ),
    );
  });

  it('extends a running, a paused, an expired and an idle timer by the same amount', () => {
    const running = startedTimer(60_000, 0);
    expect(extendedTimer(running, 60_000, 30_000)).toMatchObject({ timerEndsAt: 120_000, timerDurationMs: 120_000 });
    const paused = pausedTimer(running, 45_000);
    expect(extendedTimer(paused, 60_000, 99_999)).toMatchObject({ timerPausedMs: 75_000, timerEndsAt: null });
    // A timebox that already ran out gets the minute from now, not from its past end.
    expect(extendedTimer(running, 60_000, 200_000)).toMatchObject({ timerEndsAt: 260_000 });
    expect(extendedTimer(idle, 60_000, 5_000)).toEqual({
      timerEndsAt: 65_000,
      timerDurationMs: 60_000,
      timerPausedMs: null,
    });
  });

  it('stops, keeping the length for the next start', () => {
    expect(stoppedTimer(startedTimer(180_000, 7))).toEqual({
      timerEndsAt: null,
      timerPausedMs: null,
      timerDurationMs: 180_000,
    });
  });
});

describe('formatRemaining', () => {
  it('rounds up to whole seconds, so 0:00 means the time is up', () => {
    expect(formatRemaining(300_000)).toBe('5:00');
    expect(formatRemaining(299_001)).toBe('5:00');
    expect(formatRemaining(299_000)).toBe('4:59');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(-5_000)).toBe('0:00');
    expect(formatRemaining(3_600_000 + 65_000)).toBe('1:01:05');
  });

  it('changes exactly when msUntilNextTick says', () => {
    const session = startedTimer(10_000, 0);
    const at = 2_300;
    const view = timerView(session, at);
    const next = at + msUntilNextTick(view);
    expect(formatRemaining(timerView(session, next - 1).state === 'running' ? 10_000 - (next - 1) : 0)).toBe(
      formatRemaining(10_000 - at),
    );
    expect(formatRemaining(10_000 - next)).not.toBe(formatRemaining(10_000 - at));
  });
});
