import {
  authorize,
  docWithNote,
  readSession,
  readSettings,
  workspaceFacts,
  type Action,
  type NoteId,
  type Verdict,
  type Where,
} from '@notevote/board';
import type { BoardConnection } from './board-connection';

/**
 * Asks the board's rules — the same `authorize` the relay judges every update with — whether this person may take
 * `action` in `where`. The UI offers only what this allows, so an honest client is never refused by the relay.
 */
export function may(connection: BoardConnection, action: Action, where: Where = 'board'): Verdict {
  return authorize(
    {
      actor: { role: connection.role ?? 'projector', identity: connection.identity },
      session: readSession(connection.doc),
      settings: readSettings(connection.doc),
      where,
      facts: workspaceFacts(connection.workspace, where),
    },
    action,
  );
}

/** The document that holds a note, as the rules name it. */
function whereIs(connection: BoardConnection, noteId: NoteId): Where {
  return docWithNote(connection.workspace, noteId) === connection.workspace.own ? 'private' : 'board';
}

/** Whether this person may edit the words of a note (their own, or any as the facilitator). */
export function mayEditNote(connection: BoardConnection, noteId: NoteId): Verdict {
  return may(connection, { type: 'edit-note', noteId }, whereIs(connection, noteId));
}

/** Whether this person may delete every one of these notes; the first refusal otherwise. */
export function mayDeleteNotes(connection: BoardConnection, noteIds: Iterable<NoteId>): Verdict {
  for (const noteId of noteIds) {
    const verdict = may(connection, { type: 'delete-note', noteId }, whereIs(connection, noteId));
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}
