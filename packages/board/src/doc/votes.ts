import * as Y from 'yjs';
import { createId, type ClusterId, type NoteId, type RoundId, type UserId, type VoteId } from '../schema/ids';
import type { Rating, Session, Vote } from '../schema/types';
import { requireCoordinate } from '../schema/validate';
import { parseVote } from '../votes/parse';
import { checkNewDot, stackKey, type DotRefusal } from '../votes/rules';
import { clustersMap, hasNote, voterVotes, votesMap, type VoterVotes } from './access';
import { readDecider } from './deciders';
import { readSession } from './session';
import { transact, type MutationOptions } from './transact';

/**
 * Where a dot goes: on a note (position relative to the note), on a cluster (`clusterId`, position relative to its
 * frame), or free on the board (board coordinates).
 */
export interface VoteTarget {
  noteId: NoteId | null;
  clusterId?: ClusterId;
  x: number;
  y: number;
  /** In an agreement vote: the rating given to the note or cluster. */
  rating?: Rating;
}

export interface CastVoteOptions extends MutationOptions {
  now?: number;
  id?: VoteId;
}

/** Why a dot was not cast (translated by the web app: see the refusal codes in src/rules). */
export type VoteRefusal =
  | DotRefusal
  | 'note-missing'
  | 'cluster-missing'
  | 'dots-on-notes'
  | 'dots-on-clusters'
  | 'not-a-cluster-vote'
  | 'rating-needed'
  | 'not-an-agreement-vote'
  | 'not-a-decider';

export type VoteCheck = { ok: true } | { ok: false; reason: VoteRefusal };

export type CastVoteResult = { ok: true; voteId: VoteId } | Extract<VoteCheck, { ok: false }>;

/**
 * A voter's dots of one round (`round`; null: dots cast outside rounds) in several documents (the board and their
 * private document), each counted once even while a reveal has it in both: vote id → what it sits on (`stackKey`).
 * These are the dots that spend the round's budget (see votes/rules).
 */
export function voterDots(
  docs: Y.Doc | readonly Y.Doc[],
  voterId: UserId,
  round: RoundId | null,
): Map<VoteId, string | null> {
  const dots = new Map<VoteId, string | null>();
  for (const doc of docs instanceof Y.Doc ? [docs] : docs) {
    for (const [voteId, raw] of voterVotes(doc, voterId) ?? []) {
      const vote = parseVote(raw);
      if (vote && (vote.round ?? null) === round && !dots.has(voteId)) dots.set(voteId, stackKey(vote));
    }
  }
  return dots;
}

/**
 * How many of a voter's dots spend the current round's budget, and how many sit on each note or cluster (their
 * `stackKey`), public and secret together. The session is read from the first document (the board).
 */
export function voterSpending(
  docs: Y.Doc | readonly Y.Doc[],
  voterId: UserId,
): { spent: number; dotsByNote: Map<string, number> } {
  const list = docs instanceof Y.Doc ? [docs] : docs;
  const round = list[0] ? readSession(list[0]).roundId : null;
  const dots = voterDots(list, voterId, round);
  const dotsByNote = new Map<string, number>();
  for (const key of dots.values()) if (key !== null) dotsByNote.set(key, (dotsByNote.get(key) ?? 0) + 1);
  return { spent: dots.size, dotsByNote };
}

/** Whether the vote's rules let a dot sit on `target` (see `session.dotsOn`); null when they do. */
export function dotsOnRefusal(
  session: Pick<Session, 'dotsOn'>,
  target: Pick<VoteTarget, 'noteId' | 'clusterId'>,
): VoteRefusal | null {
  if (session.dotsOn === 'clusters') return target.clusterId === undefined ? 'dots-on-clusters' : null;
  if (target.clusterId !== undefined) return 'not-a-cluster-vote';
  if (session.dotsOn === 'notes' && target.noteId === null) return 'dots-on-notes';
  return null;
}

/**
 * Checks, without writing, whether `voterId` may place a dot on `target` (a note, a cluster, or free). The session
 * is the board's (`doc`); `alsoCounting` adds the voter's private document, whose secret dots spend the same budget.
 */
export function canCastVote(
  doc: Y.Doc,
  voterId: UserId,
  target: NoteId | null | Pick<VoteTarget, 'noteId' | 'clusterId' | 'rating'>,
  alsoCounting: readonly Y.Doc[] = [],
): VoteCheck {
  const on = target === null || typeof target === 'string' ? { noteId: target } : target;
  const session = readSession(doc);
  const ballotRefusal = ballotRefusalFor(doc, session, voterId, on.rating);
  if (ballotRefusal) return { ok: false, reason: ballotRefusal };
  const targetRefusal = dotsOnRefusal(session, on);
  if (targetRefusal) return { ok: false, reason: targetRefusal };
  const docs = [doc, ...alsoCounting];
  const { noteId, clusterId } = on;
  if (noteId !== null && !docs.some((each) => hasNote(each, noteId))) return { ok: false, reason: 'note-missing' };
  if (clusterId !== undefined && !clustersMap(doc).has(clusterId)) return { ok: false, reason: 'cluster-missing' };
  const refusal = checkNewDot(voterDots(docs, voterId, session.roundId), stackKey({ noteId, clusterId }), session);
  return refusal ? { ok: false, reason: refusal } : { ok: true };
}

/**
 * What the ballot asks of a dot beyond its place (the rules' view, rules/authorize.ts): a rating in an agreement vote
 * and none otherwise; in a supervote, a decider who accepted. Checking the ballot before the budget gives the answer
 * a person can act on (an agreement vote is never "out of dots"); ask with the rating one means to give.
 */
function ballotRefusalFor(
  doc: Y.Doc,
  session: Session,
  voterId: UserId,
  rating: Rating | undefined,
): VoteRefusal | null {
  if (session.ballot === 'supervote' && readDecider(doc, voterId)?.accepted !== true) return 'not-a-decider';
  if (session.ballot === 'agreement' && rating === undefined) return 'rating-needed';
  if (session.ballot !== 'agreement' && rating !== undefined) return 'not-an-agreement-vote';
  return null;
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
    const check = canCastVote(board, voterId, target, others);
    if (!check.ok) return check;
    let dots: VoterVotes | undefined = voterVotes(into, voterId);
    if (!dots) {
      dots = new Y.Map<Vote>();
      votesMap(into).set(voterId, dots);
    }
    const voteId = options?.id ?? createId();
    const vote: Vote = { noteId: target.noteId, x: target.x, y: target.y, at: Math.floor(options?.now ?? Date.now()) };
    // A dot belongs to the round it is cast in; outside rounds it carries none (as every dot before schema v3).
    const { roundId } = readSession(board);
    if (roundId !== null) vote.round = roundId;
    if (target.noteId === null && target.clusterId !== undefined) vote.clusterId = target.clusterId;
    if (target.rating !== undefined) vote.rating = target.rating;
    dots.set(voteId, vote);
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
