import type { TFunction } from 'i18next';
import {
  canCastVoteIn,
  rateIn,
  readSession,
  stackKey,
  type ClusterId,
  type NoteId,
  type Rating,
  type VoteTarget,
} from '@notevote/board';
import { castDot, dotSpot } from '../canvas/vote-tool';
import { framesOf, frameOf } from '../canvas/cluster-frames';
import { unvote } from '../sync/actions';
import { votingClosed } from '../sync/permissions';
import type { Board } from './commands';
import { blockMessage, myDotsByTarget, voteControls, type VoteControls } from './note-list-model';

/*
 * Voting without a pointer: what the notes list's buttons and the D key do. They place and take back dots through
 * the same functions as the canvas vote tool (`castDot` → `vote` → `castVoteIn`), under the same rules, and ask the
 * rules first (`votingClosed`, `canCastVoteIn`) so a refused button says why instead of acting.
 */

/** What a dot can sit on without a pointer: a note, or a cluster as a whole (a round voting on clusters). */
export type VoteSubject = { noteId: NoteId } | { clusterId: ClusterId };

function keyOf(subject: VoteSubject): string {
  return 'noteId' in subject ? subject.noteId : `cluster:${subject.clusterId}`;
}

/** The vote controls of `subject` for this person now (see `voteControls`). */
function controlsFor({ connection }: Board, subject: VoteSubject): VoteControls {
  const session = readSession(connection.doc);
  const me = connection.voterId;
  const target = 'noteId' in subject ? { noteId: subject.noteId } : { noteId: null, clusterId: subject.clusterId };
  const myDots = myDotsByTarget(connection.votes.snapshot.values(), me, session.roundId).get(keyOf(subject)) ?? [];
  return voteControls({
    closed: votingClosed(connection),
    // Without an identity, voting is closed anyway (`closed` says why).
    check: me ? canCastVoteIn(connection.workspace, me, target) : { ok: true },
    myDots: myDots.length,
    stacking: session.allowStacking,
  });
}

/** Where a dot on `subject` goes: beside the dots already on it. Null when the note or cluster is gone. */
function targetFor({ connection }: Board, subject: VoteSubject): VoteTarget | null {
  const { roundId } = readSession(connection.doc);
  // While voting is secret nobody sees the others' dots, so each voter's first dot would land on the same spot and,
  // once revealed, hide the others (a straw poll's large dots most of all): each voter starts at a place of their own.
  let placed = spotOffset(connection.voterId);
  for (const { vote } of connection.votes.snapshot.values()) {
    if ((vote.round ?? null) === roundId && stackKey(vote) === keyOf(subject)) placed++;
  }
  if ('noteId' in subject) {
    const note = connection.notes.snapshot.get(subject.noteId);
    return note ? { noteId: note.id, ...dotSpot(note, placed) } : null;
  }
  const frame = frameOf(framesOf(connection.notes.snapshot), subject.clusterId)?.frame;
  return frame ? { noteId: null, clusterId: subject.clusterId, ...dotSpot(frame, placed) } : null;
}

/** How many places along the edge a voter's dots start from (0–5), the same for one voter on every note. */
function spotOffset(userId: string | null): number {
  let hash = 0;
  for (const char of userId ?? '') hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return Math.abs(hash) % 6;
}

/** Places one of this person's dots on `subject`, or says why not. True when the dot was cast. */
function voteFor(board: Board, subject: VoteSubject, t: TFunction, { blocked } = controlsFor(board, subject)): boolean {
  if (blocked) return explain(board, blocked, t);
  const target = targetFor(board, subject);
  return target !== null && castDot(board.connection, board.ui, target, t);
}

/** Takes back this person's latest dot on `subject`, or says why not. True when one was taken back. */
export function takeBackVote(board: Board, subject: VoteSubject, t: TFunction): boolean {
  const { connection } = board;
  const closed = votingClosed(connection);
  if (closed) return explain(board, closed, t);
  const { roundId } = readSession(connection.doc);
  const mine = myDotsByTarget(connection.votes.snapshot.values(), connection.voterId, roundId).get(keyOf(subject));
  const latest = mine?.[mine.length - 1];
  return latest !== undefined && unvote(connection, latest);
}

/** The main vote button's press: take back your dot if it toggles, else vote. */
export function toggleVote(board: Board, subject: VoteSubject, t: TFunction): boolean {
  const controls = controlsFor(board, subject);
  return controls.main === 'take-back' ? takeBackVote(board, subject, t) : voteFor(board, subject, t, controls);
}

/**
 * Rates `subject` in an agreement vote (the rating buttons of the notes list and of the selected note): gives
 * `rating`, replacing this person's earlier rating of it, or takes the rating back when it is the one already given
 * (`rateIn`). Asks the rules first, like the vote buttons; says why when refused. True when something changed.
 */
export function rateSubject(board: Board, subject: VoteSubject, rating: Rating, t: TFunction): boolean {
  const { connection, ui } = board;
  const closed = votingClosed(connection);
  if (closed) return explain(board, closed, t);
  const target = targetFor(board, subject);
  const me = connection.voterId;
  if (target === null || me === null) return false;
  const result = rateIn(connection.workspace, me, { ...target, rating }, { origin: connection.localOrigin });
  if (!result.ok) {
    ui.getState().showNotice(
      t(`votes.refused.${result.reason}`, { total: readSession(connection.doc).votesPerPerson }),
    );
  }
  return result.ok;
}

/** The id of the selected note's rating buttons on the board (ballots/RatingBar), where D takes the focus. */
export const RATING_BAR_ID = 'rating-bar';

/**
 * The D key with one note selected: toggles this person's vote on it (with Shift, takes one back), or on its cluster
 * in a round voting on clusters. In an agreement vote, where a vote is a rating, it takes the focus to the selected
 * note's rating buttons (the pressed one, else the first). False when it is not for this key (no single note
 * selected).
 */
export function voteOnSelection(board: Board, t: TFunction, { takeBack = false } = {}): boolean {
  const { selection } = board.ui.getState();
  if (selection.size !== 1) return false;
  const note = board.connection.notes.snapshot.get([...selection][0]!);
  if (!note) return false;
  const session = readSession(board.connection.doc);
  let subject: VoteSubject = { noteId: note.id };
  if (session.dotsOn === 'clusters') {
    if (note.clusterId === undefined) {
      board.ui.getState().showNotice(t('noteList.notInCluster'));
      return true;
    }
    subject = { clusterId: note.clusterId };
  }
  if (session.ballot === 'agreement') {
    const closed = votingClosed(board.connection);
    if (closed) {
      explain(board, closed, t);
      return true;
    }
    const bar = document.getElementById(RATING_BAR_ID);
    const button = bar?.querySelector<HTMLElement>('button[aria-pressed="true"]') ?? bar?.querySelector('button');
    button?.focus();
    return true;
  }
  if (takeBack) takeBackVote(board, subject, t);
  else toggleVote(board, subject, t);
  return true;
}

/** Says why a vote button does nothing now. Always false: nothing was cast or taken back. */
function explain({ connection, ui }: Board, blocked: Parameters<typeof blockMessage>[0], t: TFunction): false {
  const { key, values } = blockMessage(blocked, readSession(connection.doc).votesPerPerson);
  ui.getState().showNotice(t(key, values));
  return false;
}
