import type { PendingContent } from './private';
import { RELAY_PRESENCE_KEY } from '../presence/sanitize';

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

/**
 * Counts are published only when at least this many people could be behind each number: with two people, "1 of 2
 * have voted" tells each of them what the other did. Below it, everyone sees that a mode is on, without counts.
 */
export const MIN_PEOPLE_FOR_COUNTS = 3;

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

/** The relay's presence state carrying `summary`, or saying that counts are withheld (too few people). */
export function relayPresence(summary: SecrecySummary): Record<string, unknown> {
  const publishable = summary.participants >= MIN_PEOPLE_FOR_COUNTS;
  return { [RELAY_PRESENCE_KEY]: publishable ? { pending: summary } : { pending: null, withheld: true } };
}

/**
 * Finds the relay's summary among presence states: the counts, 'withheld' while fewer than MIN_PEOPLE_FOR_COUNTS
 * people take part, or null when the relay published nothing. Tolerates any state another client could send.
 */
export function readSecrecySummary(states: Iterable<unknown>): SecrecySummary | 'withheld' | null {
  for (const state of states) {
    if (typeof state !== 'object' || state === null) continue;
    const relay = (state as Record<string, unknown>)[RELAY_PRESENCE_KEY];
    if (typeof relay !== 'object' || relay === null) continue;
    if ((relay as { withheld?: unknown }).withheld === true) return 'withheld';
    const pending = (relay as { pending?: unknown }).pending as Record<string, unknown> | null | undefined;
    if (typeof pending !== 'object' || pending === null) continue;
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
