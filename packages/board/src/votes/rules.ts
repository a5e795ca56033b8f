import type { NoteId } from '../schema/ids';
import type { Session } from '../schema/types';

/** Why a vote was refused; the web app shows it, the relay logs and counts it. */
export type VoteRefusal = 'budget-exhausted' | 'stacking-not-allowed' | 'note-missing';

export type VoteCheck = { ok: true } | { ok: false; reason: VoteRefusal; message: string };

/** What the rules need to know about one voter and the note they aim at. */
export interface VoteContext {
  /** Dots of this voter that count toward the budget (see `countsTowardBudget`). */
  spent: number;
  /** The note being voted on, or null for a free dot. */
  noteId: NoteId | null;
  /** Whether that note exists (ignored for free dots). */
  noteExists: boolean;
  /** Dots this voter already has on that note. */
  dotsOnNote: number;
}

/**
 * Decides whether one more dot may be cast. Shared by the web app (to disable what would be refused) and the relay
 * (to refuse what a client sends anyway), so both always agree.
 */
export function checkVote(context: VoteContext, session: Pick<Session, 'votesPerPerson' | 'allowStacking'>): VoteCheck {
  if (context.noteId !== null && !context.noteExists) {
    return { ok: false, reason: 'note-missing', message: 'That note no longer exists; it may have been deleted.' };
  }
  if (context.spent >= session.votesPerPerson) {
    return {
      ok: false,
      reason: 'budget-exhausted',
      message: `All ${session.votesPerPerson} of your votes are placed. Take one back to vote elsewhere.`,
    };
  }
  if (context.noteId !== null && !session.allowStacking && context.dotsOnNote > 0) {
    return {
      ok: false,
      reason: 'stacking-not-allowed',
      message: 'You already voted on this note, and this round allows one vote per note.',
    };
  }
  return { ok: true };
}

/**
 * A dot counts toward its voter's budget unless it sits on a note that was deleted: a deleted note's dots are
 * orphaned (only their owner may remove them), so the voter gets those votes back rather than losing them.
 */
export function countsTowardBudget(noteId: NoteId | null, noteExists: (id: NoteId) => boolean): boolean {
  return noteId === null || noteExists(noteId);
}
