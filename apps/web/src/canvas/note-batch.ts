import { inflate, intersects, type Note, type NoteId, type Rect } from '@notevote/board';

/**
 * While notes are batched, some still need a NoteShape of their own: notes being dragged or edited (the node must
 * live through the gesture, and an edited note hides its text under the editor) and this person's private notes
 * (their badge and dashed outline).
 */
export function needsOwnNode(note: Note, keep: ReadonlySet<NoteId>, privateNotes: ReadonlyMap<NoteId, Note>): boolean {
  return keep.has(note.id) || privateNotes.has(note.id);
}

/** The notes drawn by the batch, in the order given (bottom to top). Independent of the view: panning keeps it. */
export function batchedNotes(
  ordered: readonly Note[],
  keep: ReadonlySet<NoteId>,
  privateNotes: ReadonlyMap<NoteId, Note>,
): Note[] {
  return ordered.filter((note) => !needsOwnNode(note, keep, privateNotes));
}

/** Board units a note's badges stick out beyond its edges. */
const BADGE_REACH = 32;

/**
 * Whether a mounted NoteShape is drawn now. At full detail: when it (with its badges) is on `screen`, as Konva spends
 * time on every visible node, even one outside the canvas. Batched: when it needs its own node and is in `view`.
 * Notes being dragged or edited are always drawn.
 */
export function drawsOwnNode(
  note: Note,
  batching: boolean,
  screen: Rect,
  view: Rect,
  keep: ReadonlySet<NoteId>,
  privateNotes: ReadonlyMap<NoteId, Note>,
): boolean {
  if (keep.has(note.id)) return true;
  if (batching) return needsOwnNode(note, keep, privateNotes) && intersects(view, note);
  return intersects(screen, inflate(note, BADGE_REACH));
}
