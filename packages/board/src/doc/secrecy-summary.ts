import type { PendingContent } from './private';

/**
 * What everyone may know about private content before a reveal: how much exists and how many people it is from,
 * never what it says or who wrote it. The relay publishes it in its own presence state; the facilitator's panel and
 * the projector show it ("9 of 12 have voted").
 */
export interface SecrecySummary {
  /** Private notes waiting to be revealed, and how many people wrote them. */
  notes: number;
  writers: number;
  /** Secret dots waiting to be revealed, and how many people cast them. */
  dots: number;
  voters: number;
  /** People who could take part: participants connected now, plus anyone with private content. */
  participants: number;
}

/** The presence key under which the relay publishes its summary. Clients may not use it (the relay drops them). */
export const RELAY_PRESENCE_KEY = 'relay';

/** Adds up per-person pending content into the public summary. */
export function summarizePending(pending: Iterable<PendingContent>, connectedParticipants: number): SecrecySummary {
  const summary: SecrecySummary = { notes: 0, writers: 0, dots: 0, voters: 0, participants: 0 };
  let withContent = 0;
  for (const { notes, dots } of pending) {
    summary.notes += notes;
    summary.dots += dots;
    if (notes > 0) summary.writers++;
    if (dots > 0) summary.voters++;
    if (notes > 0 || dots > 0) withContent++;
  }
  summary.participants = Math.max(connectedParticipants, withContent);
  return summary;
}

const COUNT_KEYS = ['notes', 'writers', 'dots', 'voters', 'participants'] as const;

/** The relay's presence state carrying `summary`. */
export function relayPresence(summary: SecrecySummary): Record<string, unknown> {
  return { [RELAY_PRESENCE_KEY]: { pending: summary } };
}

/** Finds the relay's summary among presence states; null when the relay published none. */
export function readSecrecySummary(states: Iterable<unknown>): SecrecySummary | null {
  for (const state of states) {
    const relay = (state as Record<string, unknown> | null)?.[RELAY_PRESENCE_KEY];
    const pending = (relay as { pending?: unknown } | undefined)?.pending as Record<string, unknown> | undefined;
    if (!pending) continue;
    if (!COUNT_KEYS.every((key) => Number.isInteger(pending[key]) && (pending[key] as number) >= 0)) continue;
    return {
      notes: pending['notes'] as number,
      writers: pending['writers'] as number,
      dots: pending['dots'] as number,
      voters: pending['voters'] as number,
      participants: pending['participants'] as number,
    };
  }
  return null;
}
