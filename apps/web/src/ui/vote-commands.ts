import type { TFunction } from 'i18next';
import { canCastVoteIn, readSession, stackKey, type ClusterId, type NoteId, type VoteTarget } from '@notevote/board';
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
  const me = connection.userId;
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
  let placed = 0;
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
  const mine = myDotsByTarget(connection.votes.snapshot.values(), connection.userId, roundId).get(keyOf(subject));
  const latest = mine?.[mine.length - 1];
  return latest !== undefined && unvote(connection, latest);
}

/** The main vote button's press: take back your dot if it toggles, else vote. */
export function toggleVote(board: Board, subject: VoteSubject, t: TFunction): boolean {
  const controls = controlsFor(board, subject);
  return controls.main === 'take-back' ? takeBackVote(board, subject, t) : voteFor(board, subject, t, controls);
}

/**
 * The D key with one note selected: toggles this person's vote on it (with Shift, takes one back), or on its cluster
 * in a round voting on clusters. False when it is not for this key (no single note selected).
 */
export function voteOnSelection(board: Board, t: TFunction, { takeBack = false } = {}): boolean {
  const { selection } = board.ui.getState();
  if (selection.size !== 1) return false;
  const note = board.connection.notes.snapshot.get([...selection][0]!);
  if (!note) return false;
  let subject: VoteSubject = { noteId: note.id };
  if (readSession(board.connection.doc).dotsOn === 'clusters') {
    if (note.clusterId === undefined) {
      board.ui.getState().showNotice(t('noteList.notInCluster'));
      return true;
    }
    subject = { clusterId: note.clusterId };
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
