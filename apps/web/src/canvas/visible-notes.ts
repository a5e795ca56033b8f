import { intersects, type Note, type NoteId, type Rect } from '@notevote/board';

/** Stacking order: z, then creation time, then id, so the order is stable as notes enter and leave the view. */
export function compareStacking(a: Note, b: Note): number {
  return a.z - b.z || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every note, bottom to top. Recomputed only when notes change, so panning never sorts. */
export function inStackingOrder(notes: ReadonlyMap<NoteId, Note>): Note[] {
  return [...notes.values()].sort(compareStacking);
}

/**
 * The notes to put in the layer: only those intersecting the visible rectangle (hidden Konva nodes still cost time
 * every frame), plus any that must stay mounted (being dragged or edited), in the order given (bottom to top when
 * given `inStackingOrder`).
 */
export function visibleNotes(ordered: readonly Note[], view: Rect, keep: ReadonlySet<NoteId> = new Set()): Note[] {
  return ordered.filter((note) => keep.has(note.id) || intersects(view, note));
}

/** The topmost note under a board point, or null. */
export function noteAt(notes: Iterable<Note>, point: { x: number; y: number }): Note | null {
  let top: Note | null = null;
  for (const note of notes) {
    const inside =
      point.x >= note.x && point.x <= note.x + note.width && point.y >= note.y && point.y <= note.y + note.height;
    if (inside && (!top || compareStacking(note, top) > 0)) top = note;
  }
  return top;
}

/** Notes entirely inside a selection rectangle (rubber band). */
export function notesInside(notes: Iterable<Note>, rect: Rect): NoteId[] {
  const ids: NoteId[] = [];
  for (const note of notes) {
    if (
      note.x >= rect.x &&
      note.y >= rect.y &&
      note.x + note.width <= rect.x + rect.width &&
      note.y + note.height <= rect.y + rect.height
    ) {
      ids.push(note.id);
    }
  }
  return ids;
}
