import { serverNow, subscribeServerClock } from './server-clock';

/*
 * The relay's clock, as this device estimates it (sync/server-clock.ts: GET /api/time with round-trip correction,
 * renewed every few minutes, when the device wakes and when the board's connection comes back). Phase times and the
 * timebox are written and read in the relay's clock (see `timerView` in @notevote/board), so a phone whose own clock
 * is wrong still shows the same remaining time as everyone else. Everything in the web app that needs "now" for phases
 * or the timer asks `relayNow()`, never `Date.now()`.
 */

type Listener = () => void;

/** The relay's clock (ms since epoch) as this device estimates it (its own clock until the relay first answers). */
export function relayNow(): number {
  return serverNow();
}

/**
 * Calls `listener` whenever the estimate of the relay's clock changes, so a timer on screen redraws with the corrected
 * time rather than at its next tick. Returns the unsubscribe function.
 */
export function subscribeRelayTime(listener: Listener): () => void {
  return subscribeServerClock(() => listener());
}
