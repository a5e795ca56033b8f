import type * as Y from 'yjs';
import type { Session } from '../schema/types';
import { BoardInputError } from '../schema/validate';
import { LIMITS } from '../schema/types';
import { extendedTimer, pausedTimer, resumedTimer, startedTimer, stoppedTimer } from '../timer/timer';
import { sessionMap } from './access';
import { readSession } from './session';
import { transact, type MutationOptions } from './transact';

/*
 * The facilitator's timebox. Times are the relay's clock: the web app passes its estimate of it (`now`), so the end
 * it writes means the same moment on every device.
 */

export interface TimerOptions extends MutationOptions {
  /** The relay's clock, ms since epoch. */
  now: number;
}

function write(doc: Y.Doc, fields: Partial<Session>, options: MutationOptions): void {
  const session = sessionMap(doc);
  transact(doc, options, () => {
    for (const [key, value] of Object.entries(fields)) if (session.get(key) !== value) session.set(key, value);
  });
}

function requireDuration(ms: number): number {
  if (!Number.isInteger(ms) || ms <= 0 || ms > LIMITS.maxTimerMs) {
    throw new BoardInputError(`a timebox must be a whole number of ms from 1 to ${LIMITS.maxTimerMs}, got ${ms}`);
  }
  return ms;
}

/** Starts (or restarts) a timebox of `durationMs`. */
export function startTimer(doc: Y.Doc, durationMs: number, options: TimerOptions): void {
  write(doc, startedTimer(requireDuration(durationMs), Math.floor(options.now)), options);
}

/** Pauses the running timebox, keeping what remains. */
export function pauseTimer(doc: Y.Doc, options: TimerOptions): void {
  write(doc, pausedTimer(readSession(doc), Math.floor(options.now)), options);
}

/** Resumes a paused timebox. */
export function resumeTimer(doc: Y.Doc, options: TimerOptions): void {
  write(doc, resumedTimer(readSession(doc), Math.floor(options.now)), options);
}

/** Adds `ms` (e.g. one more minute) to the timebox; starts one when none runs. */
export function extendTimer(doc: Y.Doc, ms: number, options: TimerOptions): void {
  const session = readSession(doc);
  const extended = extendedTimer(session, requireDuration(ms), Math.floor(options.now));
  // A timebox stays within a day, however often it is extended.
  if (extended.timerDurationMs !== null)
    extended.timerDurationMs = Math.min(extended.timerDurationMs, LIMITS.maxTimerMs);
  if (extended.timerPausedMs !== null) extended.timerPausedMs = Math.min(extended.timerPausedMs, LIMITS.maxTimerMs);
  write(doc, extended, options);
}

/** Stops the timebox (its length is kept for the next start). */
export function stopTimer(doc: Y.Doc, options?: MutationOptions): void {
  write(doc, stoppedTimer(readSession(doc)), options ?? {});
}

/** Whether the relay moves the round on by itself when the timebox runs out. */
export function setTimerAdvances(doc: Y.Doc, advances: boolean, options?: MutationOptions): void {
  write(doc, { timerAdvances: advances }, options ?? {});
}
