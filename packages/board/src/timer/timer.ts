import type { Session } from '../schema/types';

/*
 * The timebox as every device shows it. The session keeps the end of the running timebox in the relay's clock
 * (`timerEndsAt`), or a paused timebox's remaining time (`timerPausedMs`); each device compares it with its own
 * estimate of the relay's clock (`serverNow`), so every screen shows the same time whatever its own clock says.
 */

type TimerFields = Pick<Session, 'timerEndsAt' | 'timerDurationMs' | 'timerPausedMs'>;

/** What a timer shows at one moment. */
export type TimerView =
  | { state: 'idle' }
  | { state: 'running'; remainingMs: number; endsAt: number; durationMs: number | null }
  | { state: 'paused'; remainingMs: number; durationMs: number | null }
  /** The timebox ran out `overdueMs` ago (it stays at zero until the facilitator resets it or the phase moves on). */
  | { state: 'expired'; overdueMs: number; endsAt: number; durationMs: number | null };

/** The timer at `serverNow` (the relay's clock as this device estimates it). */
export function timerView(session: TimerFields, serverNow: number): TimerView {
  const durationMs = session.timerDurationMs;
  if (session.timerEndsAt !== null) {
    const remainingMs = session.timerEndsAt - serverNow;
    return remainingMs > 0
      ? { state: 'running', remainingMs, endsAt: session.timerEndsAt, durationMs }
      : { state: 'expired', overdueMs: serverNow - session.timerEndsAt, endsAt: session.timerEndsAt, durationMs };
  }
  if (session.timerPausedMs !== null) return { state: 'paused', remainingMs: session.timerPausedMs, durationMs };
  return { state: 'idle' };
}

/**
 * Remaining time as people read a countdown: whole seconds rounded up (a timer showing 0:00 has run out),
 * `m:ss` under an hour, `h:mm:ss` above.
 */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** When the next whole second of the countdown begins (how long a display may sleep before it must redraw). */
export function msUntilNextTick(view: TimerView): number {
  if (view.state !== 'running') return 1000;
  const fraction = view.remainingMs % 1000;
  return fraction === 0 ? 1000 : fraction;
}

/** The timer fields that start a timebox of `durationMs` at `now` (relay clock). */
export function startedTimer(durationMs: number, now: number): TimerFields {
  return { timerEndsAt: now + durationMs, timerDurationMs: durationMs, timerPausedMs: null };
}

/** The timer fields after pausing at `now`: the remaining time is kept. A timer that is not running is unchanged. */
export function pausedTimer(session: TimerFields, now: number): TimerFields {
  if (session.timerEndsAt === null) return session;
  return { ...session, timerEndsAt: null, timerPausedMs: Math.max(0, session.timerEndsAt - now) };
}

/** The timer fields after resuming a paused timer at `now`. */
export function resumedTimer(session: TimerFields, now: number): TimerFields {
  if (session.timerPausedMs === null || session.timerEndsAt !== null) return session;
  return { ...session, timerEndsAt: now + session.timerPausedMs, timerPausedMs: null };
}

/**
 * The timer fields after adding `ms` at `now`: a running timebox ends later (one that already ran out restarts with
 * `ms` from now), a paused one keeps more, and an idle timer starts with `ms`.
 */
export function extendedTimer(session: TimerFields, ms: number, now: number): TimerFields {
  const durationMs = (session.timerDurationMs ?? 0) + ms;
  if (session.timerEndsAt !== null) {
    return { ...session, timerEndsAt: Math.max(session.timerEndsAt, now) + ms, timerDurationMs: durationMs };
  }
  if (session.timerPausedMs !== null) {
    return { ...session, timerPausedMs: session.timerPausedMs + ms, timerDurationMs: durationMs };
  }
  return startedTimer(ms, now);
}

/** The timer fields of no timer (keeping the last length, so it can be started again). */
export function stoppedTimer(session: TimerFields): TimerFields {
  return { timerEndsAt: null, timerPausedMs: null, timerDurationMs: session.timerDurationMs };
}
