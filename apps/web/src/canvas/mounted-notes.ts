import type { Note, NoteId } from '@notevote/board';

/**
 * Most NoteShapes that leave the view, or whose notes go into the batch when zooming out, come back moments later.
 * Mounting one (React fiber, Konva nodes, text layout) costs several times more than drawing it, so they stay
 * mounted but hidden, up to this many; past it, only the notes needed now stay.
 */
export const MAX_MOUNTED_NOTES = 600;

/**
 * The notes with a mounted NoteShape, bottom to top: those `needed` now, plus those mounted before (`previous`)
 * while the total stays within `max`. Deleted notes drop out, as they are not in `ordered`.
 */
export function mountedNotes(
  ordered: readonly Note[],
  needed: (note: Note) => boolean,
  previous: ReadonlySet<NoteId>,
  max = MAX_MOUNTED_NOTES,
): Note[] {
  const sticky = ordered.filter((note) => previous.has(note.id) || needed(note));
  return sticky.length <= max ? sticky : ordered.filter(needed);
}
