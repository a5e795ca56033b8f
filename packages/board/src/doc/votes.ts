import * as Y from 'yjs';
import { createId, type NoteId, type UserId, type VoteId } from '../schema/ids';
import type { Vote } from '../schema/types';
import { requireCoordinate } from '../schema/validate';
import { checkVote, countsTowardBudget, type VoteCheck } from '../votes/rules';
import { hasNote, parseVote, voterVotes, votesMap, type VoterVotes } from './access';
import { readSession } from './session';
import { transact, type MutationOptions } from './transact';

/** Where a dot goes: on a note (position relative to the note) or free on the board (board coordinates). */
export interface VoteTarget {
  noteId: NoteId | null;
  x: number;
  y: number;
}

export interface CastVoteOptions extends MutationOptions {
  now?: number;
  id?: VoteId;
}

export type CastVoteResult = { ok: true; voteId: VoteId } | Exclude<VoteCheck, { ok: true }>;

/** How many dots a voter has that count toward their budget, and how many sit on each note. */
export function voterSpending(doc: Y.Doc, voterId: UserId): { spent: number; dotsByNote: Map<NoteId, number> } {
  const dotsByNote = new Map<NoteId, number>();
  let spent = 0;
  const dots = voterVotes(doc, voterId);
  if (!dots) return { spent, dotsByNote };
  const exists = (id: NoteId) => hasNote(doc, id);
  for (const raw of dots.values()) {
    const vote = parseVote(raw);
    if (!vote || !countsTowardBudget(vote.noteId, exists)) continue;
    spent++;
    if (vote.noteId !== null) dotsByNote.set(vote.noteId, (dotsByNote.get(vote.noteId) ?? 0) + 1);
  }
  return { spent, dotsByNote };
}

/** Checks, without writing, whether `voterId` may place a dot on `noteId` (null: a free dot). */
export function canCastVote(doc: Y.Doc, voterId: UserId, noteId: NoteId | null): VoteCheck {
  const { spent, dotsByNote } = voterSpending(doc, voterId);
  return checkVote(
    {
      spent,
      noteId,
      noteExists: noteId === null || hasNote(doc, noteId),
      dotsOnNote: noteId === null ? 0 : (dotsByNote.get(noteId) ?? 0),
    },
    readSession(doc),
  );
}

/** Casts one of `voterId`'s dots, respecting the session's budget and stacking rule. */
export function castVote(doc: Y.Doc, voterId: UserId, target: VoteTarget, options?: CastVoteOptions): CastVoteResult {
  requireCoordinate(target.x, 'x');
  requireCoordinate(target.y, 'y');
  return transact(doc, options, () => {
    const check = canCastVote(doc, voterId, target.noteId);
    if (!check.ok) return check;
    let dots: VoterVotes | undefined = voterVotes(doc, voterId);
    if (!dots) {
      dots = new Y.Map<Vote>();
      votesMap(doc).set(voterId, dots);
    }
    const voteId = options?.id ?? createId();
    dots.set(voteId, { noteId: target.noteId, x: target.x, y: target.y, at: options?.now ?? Date.now() });
    return { ok: true, voteId } as const;
  });
}

/** Takes back one of `voterId`'s dots. Returns false when there was no such dot. */
export function retractVote(doc: Y.Doc, voterId: UserId, voteId: VoteId, options?: MutationOptions): boolean {
  const dots = voterVotes(doc, voterId);
  if (!dots?.has(voteId)) return false;
  transact(doc, options, () => dots.delete(voteId));
  return true;
}
