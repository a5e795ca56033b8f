/*
 * The relay's clock, as this device estimates it. Phase times and the timebox are written and read in the relay's
 * clock (see `timerView` in @notevote/board), so a phone whose own clock is wrong still shows the same remaining time
 * as everyone else. Everything in the web app that needs "now" for phases or the timer asks `relayNow()`, never
 * `Date.now()`.
 *
 * WIRING POINT: until `sync/server-clock.ts` (which estimates the relay's clock from GET /api/time with round-trip
 * correction) is merged, this is the device's own clock. Once it is, `relayNow` returns its `serverNow()` and
 * `subscribeRelayTime` forwards its notifications (a new estimate of the offset), so timers redraw at once.
 */

type Listener = () => void;

/** The relay's clock (ms since epoch) as this device estimates it. */
export function relayNow(): number {
  return Date.now();
}

/**
 * Calls `listener` whenever the estimate of the relay's clock changes (so a timer on screen redraws with the corrected
 * time rather than at its next tick). Returns the unsubscribe function. Nothing changes yet: the device's own clock
 * is used as it is.
 */
export function subscribeRelayTime(listener: Listener): () => void {
  void listener;
  return () => undefined;
}
