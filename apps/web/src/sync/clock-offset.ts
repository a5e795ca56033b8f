/*
 * How far this device's clock is from the relay's, NTP-style. A sample is one request to /api/time: the local time it
 * was sent, the local time the answer arrived, and the relay's time in the answer. The relay read its clock somewhere
 * in between, so assuming the midpoint gives offset = serverNow − (sentAt + receivedAt) / 2, wrong by at most half
 * the round trip (when all the delay was on one leg). Of several samples, the one with the shortest round trip bounds
 * the error best.
 */

export interface ClockSample {
  /** Local clock (ms) when the request was sent. */
  sentAt: number;
  /** Local clock (ms) when the answer arrived. */
  receivedAt: number;
  /** The relay's clock (ms since the epoch) in the answer. */
  serverNow: number;
}

export interface ClockEstimate {
  /** Add to the local clock to get the relay's. */
  offset: number;
  /** The round trip of the sample it came from: the estimate is within ± roundTrip / 2. */
  roundTrip: number;
}

const usable = (sample: ClockSample) =>
  Number.isFinite(sample.sentAt) &&
  Number.isFinite(sample.receivedAt) &&
  Number.isFinite(sample.serverNow) &&
  sample.receivedAt >= sample.sentAt;

/** The offset from the sample with the shortest round trip; null when no sample is usable. */
export function estimateOffset(samples: readonly ClockSample[]): ClockEstimate | null {
  let best: ClockSample | null = null;
  for (const sample of samples) {
    if (!usable(sample)) continue;
    if (!best || sample.receivedAt - sample.sentAt < best.receivedAt - best.sentAt) best = sample;
  }
  if (!best) return null;
  return {
    offset: best.serverNow - (best.sentAt + best.receivedAt) / 2,
    roundTrip: best.receivedAt - best.sentAt,
  };
}

/**
 * Which estimate to keep after a new sync. While the two agree (their error bounds overlap), the more precise one: a
 * congested network must not replace a good estimate with a worse one. When they disagree, the device's clock was
 * changed (or has drifted beyond the bounds) since the previous one, so the fresh one.
 */
export function keepBetter(previous: ClockEstimate | null, fresh: ClockEstimate | null): ClockEstimate | null {
  if (!previous || !fresh) return fresh ?? previous;
  const agree = Math.abs(fresh.offset - previous.offset) <= (fresh.roundTrip + previous.roundTrip) / 2;
  return agree && previous.roundTrip < fresh.roundTrip ? previous : fresh;
}
