import type { NoteId, VoteId } from '../schema/ids';
import type { Session } from '../schema/types';

/*
 * The budget contract (schema v2): every well-formed dot a voter holds spends one vote from their budget, public and
 * secret dots together, whatever happens to the note it sits on. A dot on a deleted note counts in no tally and still
 * spends its vote until its voter takes it back (the web app does so by itself as soon as it sees the note deleted).
 * So what a voter spends changes only by their own writes, and no order of updates can make them exceed the budget.
 */

/** Why one more dot may not be placed. */
export type DotRefusal = 'budget-exhausted' | 'stacking-not-allowed';

/**
 * Whether a voter holding `dots` (vote id → note id, null for a free dot; public and secret together) may place one
 * more on `noteId`. Shared by the web app (to disable what would be refused) and the relay (to refuse what a client
 * sends anyway).
 */
export function checkNewDot(
  dots: ReadonlyMap<VoteId, NoteId | null>,
  noteId: NoteId | null,
  session: Pick<Session, 'votesPerPerson' | 'allowStacking'>,
): DotRefusal | null {
  if (dots.size >= session.votesPerPerson) return 'budget-exhausted';
  if (noteId !== null && !session.allowStacking) {
    for (const on of dots.values()) if (on === noteId) return 'stacking-not-allowed';
  }
  return null;
}
