import type * as Y from 'yjs';
import {
  DEFAULT_NOTE_SIZE,
  bringNotesToFront,
  castVoteIn,
  createNoteIn,
  deleteNote,
  docWithNote,
  editNoteText,
  moveNote,
  recolorNote,
  retractVoteIn,
  readSettings,
  setPerson,
  type BoardIdentity,
  type CastVoteInResult,
  type NoteId,
  type Point,
  type VoteTarget,
} from '@notevote/board';
import type { BoardConnection } from './board-connection';

/**
 * Board edits made by this user. Each runs with the connection's local origin, so undo/redo covers exactly these
 * and never someone else's changes. Notes may live on the board or in this person's private document (silent
 * writing), so every edit goes to the document that holds the note: one transaction per document, and one undo step
 * for the whole action.
 */

/**
 * Calls `edit` once per document with the ids of the notes it holds (notes that no longer exist are skipped), inside
 * that document's transaction, as one undo step.
 */
export function editEachDocument(
  connection: BoardConnection,
  ids: Iterable<NoteId>,
  edit: (doc: Y.Doc, ids: NoteId[]) => void,
): void {
  const groups = new Map<Y.Doc, NoteId[]>();
  for (const id of ids) {
    const doc = docWithNote(connection.workspace, id);
    if (!doc) continue;
    const group = groups.get(doc);
    if (group) group.push(id);
    else groups.set(doc, [id]);
  }
  connection.undo.asOneStep(() => {
    for (const [doc, group] of groups) doc.transact(() => edit(doc, group), connection.localOrigin);
  });
}

/** Who is editing: this device's identity on the board (the UI offers no edits before the board has loaded). */
function author(connection: BoardConnection): BoardIdentity {
  const identity = connection.identity;
  if (!identity) throw new Error('the board has not loaded yet, or this is a read-only (projector) link');
  return identity;
}

/** The id this person's dots of the current vote go under (their decider id in a supervote: see voterIdIn). */
function voterOf(connection: BoardConnection): string {
  const voterId = connection.voterId;
  if (voterId === null) throw new Error('this link cannot vote (a projector), or the board has not loaded yet');
  return voterId;
}

/** Adds a note centred on a board point: privately while writing is silent, on the board otherwise. */
export function addNoteCenteredAt(connection: BoardConnection, center: Point, color: string): NoteId {
  const half = DEFAULT_NOTE_SIZE / 2;
  return createNoteIn(
    connection.workspace,
    { x: Math.round(center.x - half), y: Math.round(center.y - half), color },
    { author: author(connection), origin: connection.localOrigin },
  );
}

/** Moves several notes to new top-left positions: one transaction (one network update) per document. */
export function moveNotes(connection: BoardConnection, positions: ReadonlyMap<NoteId, Point>): void {
  editEachDocument(connection, positions.keys(), (doc, ids) => {
    for (const id of ids) {
      const position = positions.get(id);
      if (position) moveNote(doc, id, Math.round(position.x), Math.round(position.y));
    }
  });
}

/** Raises the given notes above all others, public and private alike (both are drawn on one canvas). */
export function raiseNotes(connection: BoardConnection, ids: readonly NoteId[]): void {
  const { board, own } = connection.workspace;
  editEachDocument(connection, ids, (doc, group) => {
    const alsoAbove = [board, own].filter((other): other is Y.Doc => other !== null && other !== doc);
    bringNotesToFront(doc, group, { alsoAbove });
  });
}

/** Deletes notes. */
export function deleteNotes(connection: BoardConnection, ids: Iterable<NoteId>): void {
  editEachDocument(connection, ids, (doc, group) => {
    for (const id of group) deleteNote(doc, id);
  });
}

/** Gives notes a colour. */
export function recolorNotes(connection: BoardConnection, ids: Iterable<NoteId>, color: string): void {
  editEachDocument(connection, ids, (doc, group) => {
    for (const id of group) recolorNote(doc, id, color);
  });
}

/** Replaces a note's text (as a minimal edit, so concurrent typing merges). */
export function editText(connection: BoardConnection, noteId: NoteId, text: string): void {
  const doc = docWithNote(connection.workspace, noteId);
  if (doc) editNoteText(doc, noteId, text, { origin: connection.localOrigin });
}

/**
 * Places one of this user's dots: secretly while voting is secret, on the board otherwise (a public dot on a note
 * that is still private is refused: see castVoteIn).
 */
export function vote(connection: BoardConnection, target: VoteTarget): CastVoteInResult {
  return castVoteIn(connection.workspace, voterOf(connection), target, { origin: connection.localOrigin });
}

/** Takes back one of this user's dots, public or secret. */
export function unvote(connection: BoardConnection, voteId: string): boolean {
  return retractVoteIn(connection.workspace, voterOf(connection), voteId, { origin: connection.localOrigin });
}

/** Records this user's display name and colour on the board (never on an anonymous board: it stores no names). */
export function introduce(connection: BoardConnection, name: string, color: string): void {
  if (readSettings(connection.doc).anonymous) return;
  // Not the local origin: renaming yourself is not an edit that undo should revert.
  setPerson(connection.doc, author(connection).userId, { name, color });
}
