import { describe, expect, it } from 'vitest';
import { PhaseClock, type Scheduler } from './phase-clock';

/**
 * A clock driven by hand: `now` moves only when the test says, and timers fire when `advanceTo` passes them (the
 * relay's own runs on `setTimeout`, exercised end to end in test/phases.test.ts).
 */
class ManualTime implements Scheduler {
  now = 1_000;
  readonly timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 0;

  after(delayMs: number, callback: () => void): () => void {
    const id = this.nextId++;
    this.timers.set(id, { at: this.now + delayMs, callback });
    return () => this.timers.delete(id);
  }

  /** Moves the clock to `time`, firing the timers due by then (in order). */
  advanceTo(time: number): void {
    for (;;) {
      const due = [...this.timers].filter(([, timer]) => timer.at <= time).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = Math.max(this.now, due[1].at);
      due[1].callback();
    }
    this.now = time;
  }
}

/** A clock over a due time the test sets; advancing clears it (as setPhase stops the timebox) unless told not to. */
function clockWith(time: ManualTime, options: { advanceClears?: boolean } = {}) {
  const state = { due: null as number | null, advances: [] as number[] };
  const clock = new PhaseClock({
    dueAt: () => state.due,
    advance: (due) => {
      state.advances.push(due);
      if (options.advanceClears ?? true) {
        state.due = null;
        clock.check();
      }
    },
    now: () => time.now,
    scheduler: time,
  });
  return { clock, state };
}

describe('PhaseClock', () => {
  it('sets no timer while nothing is due', () => {
    const time = new ManualTime();
    const { clock } = clockWith(time);
    clock.check();
    expect(clock.pending).toBe(false);
    expect(time.timers.size).toBe(0);
  });

  it('advances once when the due time comes, and not before', () => {
    const time = new ManualTime();
    const { clock, state } = clockWith(time);
    state.due = 1_300;
    clock.check();
    expect(time.timers.size).toBe(1);
    time.advanceTo(1_299);
    expect(state.advances).toEqual([]);
    time.advanceTo(5_000);
    expect(state.advances).toEqual([1_300]);
    expect(clock.pending).toBe(false);
  });

  it('advances at once for a due time that passed while it was not running (load after an unload or a restart)', () => {
    const time = new ManualTime();
    const { clock, state } = clockWith(time);
    state.due = 500;
    clock.check();
    expect(state.advances).toEqual([500]);
    expect(time.timers.size).toBe(0);
  });

  it('keeps one timer, for the latest due time (extended, paused, resumed)', () => {
    const time = new ManualTime();
    const { clock, state } = clockWith(time);
    state.due = 2_000;
    clock.check();
    state.due = 3_000;
    clock.check();
    expect(time.timers.size).toBe(1);
    time.advanceTo(2_500);
    expect(state.advances).toEqual([]);
    // Paused: nothing is due, no timer is left.
    state.due = null;
    clock.check();
    expect(time.timers.size).toBe(0);
    state.due = 4_000;
    clock.check();
    time.advanceTo(4_000);
    expect(state.advances).toEqual([4_000]);
  });

  it('never advances twice for one due time, even if the due time were still read afterwards', () => {
    const time = new ManualTime();
    const { clock, state } = clockWith(time, { advanceClears: false });
    state.due = 1_200;
    clock.check();
    time.advanceTo(2_000);
    clock.check();
    clock.check();
    expect(state.advances).toEqual([1_200]);
    expect(clock.pending).toBe(false);
    // A new timebox is a new due time.
    state.due = 2_500;
    clock.check();
    time.advanceTo(3_000);
    expect(state.advances).toEqual([1_200, 2_500]);
  });

  it('waits the rest when its timer fires before the clock reaches the due time', () => {
    const time = new ManualTime();
    const state = { advances: [] as number[] };
    let scheduled = 0;
    const early: Scheduler = {
      // Fires 5 ms early the first time, as a timer and a wall clock can disagree by a moment.
      after: (delay, callback) => time.after(scheduled++ === 0 ? delay - 5 : delay, callback),
    };
    const clock = new PhaseClock({
      dueAt: () => 1_100,
      advance: (due) => state.advances.push(due),
      now: () => time.now,
      scheduler: early,
    });
    clock.check();
    time.advanceTo(1_095);
    expect(state.advances).toEqual([]);
    expect(clock.pending).toBe(true);
    time.advanceTo(1_100);
    expect(state.advances).toEqual([1_100]);
  });

  it('waits for a far-off due time in steps setTimeout can hold', () => {
    const time = new ManualTime();
    const { clock, state } = clockWith(time);
    state.due = time.now + 40 * 86_400_000;
    clock.check();
    const [timer] = [...time.timers.values()];
    expect(timer!.at - time.now).toBeLessThanOrEqual(2_147_483_647);
    time.advanceTo(timer!.at);
    expect(state.advances).toEqual([]);
    expect(clock.pending).toBe(true);
    time.advanceTo(state.due);
    expect(state.advances).toHaveLength(1);
  });

  it('does nothing more once stopped (the board unloaded or was erased)', () => {
    const time = new ManualTime();
    const { clock, state } = clockWith(time);
    state.due = 1_500;
    clock.check();
    clock.stop();
    expect(time.timers.size).toBe(0);
    time.advanceTo(2_000);
    clock.check();
    expect(state.advances).toEqual([]);
  });
});
