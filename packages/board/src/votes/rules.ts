import type { VoteId } from '../schema/ids';
import type { Session, Vote } from '../schema/types';

/*
 * The budget contract (schema v2): every well-formed dot a voter holds spends one vote from their budget, public and
 * secret dots together, whatever happens to the note it sits on. A dot on a deleted note counts in no tally and still
 * spends its vote until its voter takes it back (the web app does so by itself as soon as it sees the note deleted).
 * So what a voter spends changes only by their own writes, and no order of updates can make them exceed the budget.
 */

/** Why one more dot may not be placed. */
export type DotRefusal = 'budget-exhausted' | 'stacking-not-allowed';

/**
 * What a dot sits on, for the stacking rule: its note id, `cluster:<id>` for a dot on a cluster (ids cannot contain
 * a colon, so the two never collide), or null for a free dot (free dots never stack).
 */
export function stackKey(vote: { noteId: Vote['noteId']; clusterId?: string | undefined }): string | null {
  if (vote.noteId !== null) return vote.noteId;
  return vote.clusterId === undefined ? null : `cluster:${vote.clusterId}`;
}

/**
 * Whether a voter holding `dots` (vote id → `stackKey`; the current round's, public and secret together) may place
 * one more on `target` (a `stackKey`). Shared by the web app (to disable what would be refused) and the relay (to
 * refuse what a client sends anyway).
 */
export function checkNewDot(
  dots: ReadonlyMap<VoteId, string | null>,
  target: string | null,
  session: Pick<Session, 'votesPerPerson' | 'allowStacking'>,
): DotRefusal | null {
  if (dots.size >= session.votesPerPerson) return 'budget-exhausted';
  if (target !== null && !session.allowStacking) {
    for (const on of dots.values()) if (on === target) return 'stacking-not-allowed';
  }
  return null;
}
