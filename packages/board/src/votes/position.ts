import type { NoteId } from '../schema/ids';
import type { Vote } from '../schema/types';
import type { Point } from '../geometry';

/**
 * A dot's board position. Dots on a note store an offset from the note's top-left corner, so they follow the note
 * when it moves; free dots store board coordinates. Null when the dot's note no longer exists.
 */
export function dotPosition(vote: Vote, noteOrigin: (noteId: NoteId) => Point | undefined): Point | null {
  if (vote.noteId === null) return { x: vote.x, y: vote.y };
  const origin = noteOrigin(vote.noteId);
  return origin ? { x: origin.x + vote.x, y: origin.y + vote.y } : null;
}
