import { describe, expect, it } from 'vitest';
import type { TimerView } from '@notevote/board';
import { i18n } from '../i18n';
import { parseTimebox, spokenDuration, timerAnnouncement, timerFace, timerLabel } from './timer-text';

const t = i18n.t.bind(i18n);
const END = 1_000_000;
const running = (remainingMs: number): TimerView => ({
  state: 'running',
  remainingMs,
  endsAt: END,
  durationMs: null,
});
const expired: TimerView = { state: 'expired', overdueMs: 10, endsAt: END, durationMs: null };

describe('timer label', () => {
  it('reads the remaining time in words, seconds rounded up like the countdown', () => {
    expect(timerLabel(running(191_200), t)).toBe('3 minutes 12 seconds left');
    expect(timerFace(running(191_200))).toBe('3:12');
  });

  it('leaves out zero parts and uses the singular for one', () => {
    expect(spokenDuration(60_000, t)).toBe('1 minute');
    expect(spokenDuration(1_000, t)).toBe('1 second');
    expect(spokenDuration(3_661_000, t)).toBe('1 hour 1 minute 1 second');
    expect(spokenDuration(0, t)).toBe('0 seconds');
  });

  it('says when the timer is paused, and when time is up', () => {
    expect(timerLabel({ state: 'paused', remainingMs: 120_000, durationMs: 180_000 }, t)).toBe(
      'Timer paused, 2 minutes left',
    );
    expect(timerLabel(expired, t)).toBe('Time’s up');
    expect(timerFace(expired)).toBe('0:00');
  });
});

describe('timerAnnouncement', () => {
  it('announces the minute mark once, when the countdown crosses it', () => {
    expect(timerAnnouncement(running(61_000), running(60_000), END)).toBe('one-minute');
    expect(timerAnnouncement(running(60_000), running(59_000), END)).toBeNull();
    expect(timerAnnouncement(running(120_000), running(119_000), END)).toBeNull();
  });

  it('announces zero when a watched timer runs out, not when a page opens on one that already has', () => {
    expect(timerAnnouncement(running(1_000), expired, END)).toBe('zero');
    expect(timerAnnouncement(null, expired, END)).toBeNull();
    expect(timerAnnouncement(expired, expired, END)).toBeNull();
  });

  it('announces zero when the relay moved the round on at zero (the timer stops), not when it was stopped early', () => {
    expect(timerAnnouncement(running(400), { state: 'idle' }, END)).toBe('zero');
    expect(timerAnnouncement(running(30_000), { state: 'idle' }, END - 30_000)).toBeNull();
  });

  it('announces nothing when the timer is paused', () => {
    expect(
      timerAnnouncement(running(61_000), { state: 'paused', remainingMs: 59_000, durationMs: null }, END - 59_000),
    ).toBeNull();
  });
});

describe('parseTimebox', () => {
  it('reads minutes:seconds and plain minutes', () => {
    expect(parseTimebox('4:30')).toBe(270_000);
    expect(parseTimebox(' 0:45 ')).toBe(45_000);
    expect(parseTimebox('5')).toBe(300_000);
    expect(parseTimebox('90:00')).toBe(5_400_000);
  });

  it('refuses what is not a length from one second to a day', () => {
    for (const text of ['', '0:00', '1:60', 'abc', '-1', '1:2:3', '1441:00'])
      expect(parseTimebox(text), text).toBeNull();
  });
});

describe('timer face', () => {
  it('shows the language’s digits, laid out as minutes:seconds', () => {
    expect(timerFace(running(191_200), 'en')).toBe('3:12');
    expect(timerFace(running(3_900_000), 'fr')).toBe('1:05:00');
    const arabic = new Intl.NumberFormat('ar', { minimumIntegerDigits: 2 });
    expect(timerFace(running(191_200), 'ar')).toBe(`${new Intl.NumberFormat('ar').format(3)}:${arabic.format(12)}`);
    expect(timerFace({ state: 'idle' } as TimerView, 'ar')).toBe('');
  });
});
