import {
  DEFAULT_NOTE_SIZE,
  bringNotesToFront,
  castVote,
  createNote,
  deleteNote,
  moveNote,
  retractVote,
  setPerson,
  type CastVoteResult,
  type NoteId,
  type Point,
  type VoteTarget,
} from '@notevote/board';
import type { BoardConnection } from './board-connection';

/**
 * Board edits made by this user. Each runs with the connection's local origin, so undo/redo covers exactly these
 * and never someone else's changes.
 */
export function addNoteCenteredAt(connection: BoardConnection, center: Point, color: string): NoteId {
  const half = DEFAULT_NOTE_SIZE / 2;
  return createNote(
    connection.doc,
    { x: Math.round(center.x - half), y: Math.round(center.y - half), color },
    { authorId: connection.identity.userId, origin: connection.localOrigin },
  );
}

/** Moves several notes to new top-left positions in one transaction (one undo step, one network update). */
export function moveNotes(connection: BoardConnection, positions: ReadonlyMap<NoteId, Point>): void {
  connection.doc.transact(() => {
    for (const [id, position] of positions) {
      if (connection.notes.snapshot.has(id))
        moveNote(connection.doc, id, Math.round(position.x), Math.round(position.y));
    }
  }, connection.localOrigin);
}

/** Raises the given notes above all others. */
export function raiseNotes(connection: BoardConnection, ids: readonly NoteId[]): void {
  const existing = ids.filter((id) => connection.notes.snapshot.has(id));
  if (existing.length > 0) bringNotesToFront(connection.doc, existing, { origin: connection.localOrigin });
}

/** Deletes notes. */
export function deleteNotes(connection: BoardConnection, ids: Iterable<NoteId>): void {
  connection.doc.transact(() => {
    for (const id of ids) deleteNote(connection.doc, id);
  }, connection.localOrigin);
}

/** Places one of this user's dots. */
export function vote(connection: BoardConnection, target: VoteTarget): CastVoteResult {
  return castVote(connection.doc, connection.identity.userId, target, { origin: connection.localOrigin });
}

/** Takes back one of this user's dots. */
export function unvote(connection: BoardConnection, voteId: string): boolean {
  return retractVote(connection.doc, connection.identity.userId, voteId, { origin: connection.localOrigin });
}

/** Records this user's display name and colour on the board. */
export function introduce(connection: BoardConnection, name: string, color: string): void {
  // Not the local origin: renaming yourself is not an edit that undo should revert.
  setPerson(connection.doc, connection.identity.userId, { name, color });
}
