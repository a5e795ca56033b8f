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

/**
 * How many dots a voter has that count toward their budget, and how many sit on each note. Pass several documents
 * (the board and the voter's private document) to count public and secret dots together; a note in any of them
 * counts as existing.
 */
export function voterSpending(
  docs: Y.Doc | readonly Y.Doc[],
  voterId: UserId,
): { spent: number; dotsByNote: Map<NoteId, number> } {
  const all: readonly Y.Doc[] = docs instanceof Y.Doc ? [docs] : docs;
  const dotsByNote = new Map<NoteId, number>();
  let spent = 0;
  const exists = (id: NoteId) => all.some((doc) => hasNote(doc, id));
  for (const doc of all) {
    const dots = voterVotes(doc, voterId);
    if (!dots) continue;
    for (const raw of dots.values()) {
      const vote = parseVote(raw);
      if (!vote || !countsTowardBudget(vote.noteId, exists)) continue;
      spent++;
      if (vote.noteId !== null) dotsByNote.set(vote.noteId, (dotsByNote.get(vote.noteId) ?? 0) + 1);
    }
  }
  return { spent, dotsByNote };
}

/**
 * Checks, without writing, whether `voterId` may place a dot on `noteId` (null: a free dot). The session is the
 * board's (`doc`); `alsoCounting` adds the voter's private document, whose secret dots spend the same budget.
 */
export function canCastVote(
  doc: Y.Doc,
  voterId: UserId,
  noteId: NoteId | null,
  alsoCounting: readonly Y.Doc[] = [],
): VoteCheck {
  const docs = [doc, ...alsoCounting];
  const { spent, dotsByNote } = voterSpending(docs, voterId);
  return checkVote(
    {
      spent,
      noteId,
      noteExists: noteId === null || docs.some((d) => hasNote(d, noteId)),
      dotsOnNote: noteId === null ? 0 : (dotsByNote.get(noteId) ?? 0),
    },
    readSession(doc),
  );
}

/** Casts one of `voterId`'s dots, respecting the session's budget and stacking rule. */
export function castVote(doc: Y.Doc, voterId: UserId, target: VoteTarget, options?: CastVoteOptions): CastVoteResult {
  return castVoteInto(doc, doc, [], voterId, target, options);
}

/**
 * Casts a dot into `into` (the board, or the voter's private document while voting is secret) under the rules of
 * `board`'s session, counting the dots already in `board` and `others` toward the budget.
 */
export function castVoteInto(
  into: Y.Doc,
  board: Y.Doc,
  others: readonly Y.Doc[],
  voterId: UserId,
  target: VoteTarget,
  options?: CastVoteOptions,
): CastVoteResult {
  requireCoordinate(target.x, 'x');
  requireCoordinate(target.y, 'y');
  return transact(into, options, () => {
    const check = canCastVote(board, voterId, target.noteId, others);
    if (!check.ok) return check;
    let dots: VoterVotes | undefined = voterVotes(into, voterId);
    if (!dots) {
      dots = new Y.Map<Vote>();
      votesMap(into).set(voterId, dots);
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
