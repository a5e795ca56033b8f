import { authorIdFor, readSettings, type Note, type NoteId } from '@notevote/board';
import type { BoardConnection } from './board-connection';

/*
 * Whether this person wrote a note. A note's author never changes (the rules refuse it), and on an anonymous board
 * telling costs a hash per note (its author tag), so each answer is remembered per connection.
 */
const answers = new WeakMap<BoardConnection, Map<NoteId, boolean>>();

/** True when `note` carries this person's author id (their user id, or their author tag on an anonymous board). */
export function isOwnNote(connection: BoardConnection, note: Pick<Note, 'id' | 'authorId'>): boolean {
  const identity = connection.identity;
  if (!identity) return false;
  let known = answers.get(connection);
  if (!known) {
    known = new Map();
    answers.set(connection, known);
  }
  let answer = known.get(note.id);
  if (answer === undefined) {
    answer = note.authorId === authorIdFor(identity, note.id, readSettings(connection.doc).anonymous);
    known.set(note.id, answer);
  }
  return answer;
}
