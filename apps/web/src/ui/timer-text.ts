import type { TFunction } from 'i18next';
import { LIMITS, type TimerView } from '@notevote/board';

/*
 * The timer in words: what a screen reader says for the `role="timer"` element ("3 minutes 12 seconds left"), when it
 * is worth announcing (at one minute and at zero, never every second), and the facilitator's custom length ("4:30").
 */

/** Whole hours, minutes and seconds of `ms`, seconds rounded up like the countdown on screen (`formatRemaining`). */
export function durationParts(ms: number): { hours: number; minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
}

/** "3 minutes 12 seconds", "1 hour 5 minutes", "45 seconds", "0 seconds": zero parts are left out. */
export function spokenDuration(ms: number, t: TFunction): string {
  const { hours, minutes, seconds } = durationParts(ms);
  const words: string[] = [];
  if (hours > 0) words.push(t('timer.hours', { count: hours }));
  if (minutes > 0) words.push(t('timer.minutes', { count: minutes }));
  if (seconds > 0 || words.length === 0) words.push(t('timer.seconds', { count: seconds }));
  return words.join(' ');
}

/**
 * The timer as it reads on screen: "2:59", "2:30" while paused, "0:00" once it ran out; empty when idle. Digits are the
 * language's (`Intl.NumberFormat`: Arabic-Indic where the language uses them), laid out as `formatRemaining` does.
 */
export function timerFace(view: TimerView, locale = 'en'): string {
  switch (view.state) {
    case 'running':
    case 'paused':
      return clockText(view.remainingMs, locale);
    case 'expired':
      return clockText(0, locale);
    case 'idle':
      return '';
  }
}

const clockDigits = new Map<string, { plain: Intl.NumberFormat; twoDigits: Intl.NumberFormat }>();

/** "3:12", "1:05:00" (as `formatRemaining`), with the digits of `locale`. */
export function clockText(ms: number, locale: string): string {
  let digits = clockDigits.get(locale);
  if (!digits) {
    digits = {
      plain: new Intl.NumberFormat(locale, { useGrouping: false }),
      twoDigits: new Intl.NumberFormat(locale, { useGrouping: false, minimumIntegerDigits: 2 }),
    };
    clockDigits.set(locale, digits);
  }
  const { hours, minutes, seconds } = durationParts(ms);
  const { plain, twoDigits } = digits;
  return hours > 0
    ? `${plain.format(hours)}:${twoDigits.format(minutes)}:${twoDigits.format(seconds)}`
    : `${plain.format(minutes)}:${twoDigits.format(seconds)}`;
}

/** The timer's accessible name: "3 minutes 12 seconds left", "Timer paused, 2 minutes left", "Time's up". */
export function timerLabel(view: TimerView, t: TFunction): string {
  switch (view.state) {
    case 'running':
      return t('timer.left', { time: spokenDuration(view.remainingMs, t) });
    case 'paused':
      return t('timer.pausedLeft', { time: spokenDuration(view.remainingMs, t) });
    case 'expired':
      return t('timer.up');
    case 'idle':
      return t('timer.label');
  }
}

/** A moment worth telling a screen reader about. */
export type TimerAnnouncement = 'one-minute' | 'zero';

const ONE_MINUTE_MS = 60_000;

/**
 * What to announce when the timer went from `before` to `after` (two successive renders; `now` is the relay's clock
 * at the second): the minute mark when the countdown crossed it, zero when it ran out — also when the relay moved the
 * round on at zero, which stops the timer before this device saw it at 0:00. Null otherwise, including when a page
 * opens on a timer already past either mark (nothing happened while it was watched).
 */
export function timerAnnouncement(before: TimerView | null, after: TimerView, now: number): TimerAnnouncement | null {
  if (before?.state !== 'running') return null;
  if (after.state === 'expired') return 'zero';
  if (after.state === 'idle') return now >= before.endsAt - RUN_OUT_SLACK_MS ? 'zero' : null;
  if (after.state === 'running' && before.remainingMs > ONE_MINUTE_MS && after.remainingMs <= ONE_MINUTE_MS) {
    return 'one-minute';
  }
  return null;
}

/** How close to its end a timer stopped by the relay still counts as having run out (message latency). */
const RUN_OUT_SLACK_MS = 500;

/**
 * A custom timebox typed by the facilitator, in ms: "4:30" (minutes:seconds), "90:00", or "5" (minutes). Null when it
 * is not a length from one second to the longest timebox allowed.
 */
export function parseTimebox(text: string): number | null {
  const match = /^\s*(\d{1,4})(?::([0-5]?\d))?\s*$/.exec(text);
  if (!match) return null;
  const minutes = Number(match[1]);
  const seconds = match[2] === undefined ? 0 : Number(match[2]);
  const ms = (minutes * 60 + seconds) * 1000;
  return ms >= 1000 && ms <= LIMITS.maxTimerMs ? ms : null;
}
