import { describe, expect, it } from 'vitest';
import { DEFAULT_SESSION, type Session } from '../schema/types';
import { transition, type BoardState } from './transition';

const state = (session: Partial<Session> = {}, anonymous = false): BoardState => ({
  session: { ...DEFAULT_SESSION, ...session },
  settings: { anonymous, language: 'en' },
});

const scheduling = (before: BoardState, after: BoardState) =>
  transition(before, after).some((effect) => effect.type === 'schedule-phase-clock');

describe('transition: the phase clock', () => {
  const running = { phase: 'write', timerEndsAt: 5_000, timerAdvances: true } as const;

  it('sets the clock again whenever the time the round moves on by itself changes', () => {
    // Auto-advance on with a timebox running, started, extended, paused, stopped, turned off, or a new phase.
    expect(scheduling(state({ phase: 'write', timerAdvances: true }), state(running))).toBe(true);
    expect(scheduling(state(running), state({ ...running, timerEndsAt: 65_000 }))).toBe(true);
    expect(scheduling(state(running), state({ ...running, timerEndsAt: null, timerPausedMs: 1_000 }))).toBe(true);
    expect(scheduling(state(running), state({ ...running, timerAdvances: false }))).toBe(true);
    expect(scheduling(state({ ...running, timerAdvances: false }), state(running))).toBe(true);
    expect(scheduling(state(running), state({ phase: 'reveal', timerAdvances: true, timerEndsAt: null }))).toBe(true);
  });

  it('leaves the clock alone when nothing it depends on changed, or nothing would advance either way', () => {
    expect(scheduling(state(running), state({ ...running, locked: true, votesPerPerson: 3 }))).toBe(false);
    // A timebox without auto-advance, and the last phase (nothing comes after Discuss), never set the clock.
    expect(scheduling(state({ phase: 'write' }), state({ phase: 'write', timerEndsAt: 5_000 }))).toBe(false);
    expect(scheduling(state({ phase: 'discuss', timerAdvances: true }), state({ ...running, phase: 'discuss' }))).toBe(
      false,
    );
  });

  it('still reveals when the phase clock moves Write on to Reveal', () => {
    const effects = transition(
      state({ ...running, silentWriting: true }),
      state({ phase: 'reveal', timerAdvances: true, timerEndsAt: null }),
    ).map((effect) => effect.type);
    expect(effects).toEqual(['reveal', 'publish-secrecy-counts', 'schedule-phase-clock']);
  });
});
