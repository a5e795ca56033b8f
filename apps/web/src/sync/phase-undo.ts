import type { Role, Session } from '@notevote/board';

type PhaseState = Pick<Session, 'phase' | 'roundId'>;

/*
 * Undo writes the inverse of an earlier edit under today's rules. Across a phase boundary a participant's undo is
 * usually refused (undoing a note written in Write is deleting a note in Vote, where writing is closed; redoing a dot
 * of the last round in this one is a dot for the wrong round), and a refused update closes the connection. So the
 * history is cleared where that could happen.
 */

/**
 * Whether this person's undo history may be kept across a change of the session from `before` to `after`: never
 * across rounds (their dots belong to the round they were cast in), and for everyone but the facilitator (held to no
 * phase) not across phases either.
 */
export function undoOutlives(before: PhaseState, after: PhaseState, role: Role | null): boolean {
  if (before.roundId !== after.roundId) return false;
  return role === 'facilitator' || before.phase === after.phase;
}
