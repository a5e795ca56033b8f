import { createNoteIn, type NoteId, type NoteImage, type Rect } from '@notevote/board';
import type { BoardConnection } from './board-connection';

/**
 * Adds a sketch: a note created with the picture the relay stored (`image`), filling `box`, with no description yet.
 * It goes where `addNoteCenteredAt` puts a note — privately while writing is silent, on the board otherwise — as
 * this person's own edit (one undo step).
 */
export function addSketch(connection: BoardConnection, box: Rect, image: NoteImage, color: string): NoteId {
  const author = connection.identity;
  if (!author) throw new Error('the board has not loaded yet, or this is a read-only (projector) link');
  return createNoteIn(
    connection.workspace,
    {
      x: Math.round(box.x),
      y: Math.round(box.y),
      width: Math.round(box.width),
      height: Math.round(box.height),
      color,
      image,
    },
    { author, origin: connection.localOrigin },
  );
}
