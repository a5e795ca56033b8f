import * as Y from 'yjs';
import { createId, type NoteId, type UserId, type VoteId } from '../schema/ids';
import type { Vote } from '../schema/types';
import { requireCoordinate } from '../schema/validate';
import { parseVote } from '../votes/parse';
import { checkNewDot, type DotRefusal } from '../votes/rules';
import { hasNote, voterVotes, votesMap, type VoterVotes } from './access';
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

/** Why a dot was not cast (translated by the web app: see the refusal codes in src/rules). */
export type VoteRefusal = DotRefusal | 'note-missing';

export type VoteCheck = { ok: true } | { ok: false; reason: VoteRefusal };

export type CastVoteResult = { ok: true; voteId: VoteId } | Extract<VoteCheck, { ok: false }>;

/**
 * A voter's dots in several documents (the board and their private document), each counted once even while a reveal
 * has it in both: vote id → note id (null for a free dot). Every well-formed dot spends budget (see votes/rules).
 */
export function voterDots(docs: Y.Doc | readonly Y.Doc[], voterId: UserId): Map<VoteId, NoteId | null> {
  const dots = new Map<VoteId, NoteId | null>();
  for (const doc of docs instanceof Y.Doc ? [docs] : docs) {
    for (const [voteId, raw] of voterVotes(doc, voterId) ?? []) {
      const vote = parseVote(raw);
      if (vote && !dots.has(voteId)) dots.set(voteId, vote.noteId);
    }
  }
  return dots;
}

/** How many of a voter's dots spend budget, and how many sit on each note (public and secret together). */
export function voterSpending(
  docs: Y.Doc | readonly Y.Doc[],
  voterId: UserId,
): { spent: number; dotsByNote: Map<NoteId, number> } {
  const dots = voterDots(docs, voterId);
  const dotsByNote = new Map<NoteId, number>();
  for (const noteId of dots.values()) if (noteId !== null) dotsByNote.set(noteId, (dotsByNote.get(noteId) ?? 0) + 1);
  return { spent: dots.size, dotsByNote };
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
  if (noteId !== null && !docs.some((each) => hasNote(each, noteId))) return { ok: false, reason: 'note-missing' };
  const refusal = checkNewDot(voterDots(docs, voterId), noteId, readSession(doc));
  return refusal ? { ok: false, reason: refusal } : { ok: true };
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
    dots.set(voteId, { noteId: target.noteId, x: target.x, y: target.y, at: Math.floor(options?.now ?? Date.now()) });
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
