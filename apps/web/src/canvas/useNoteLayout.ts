import { useEffect, useMemo, useRef } from 'react';
import { intersects, type Note, type NoteId, type Rect } from '@notevote/board';
import type { Viewport } from '../state/ui-store';
import { drawsBatched, levelOfDetail, type NoteDetail } from './level-of-detail';
import { mountedNotes } from './mounted-notes';
import { batchedNotes, drawsOwnNode, needsOwnNode } from './note-batch';
import { sameElements, useUnchanged } from './use-unchanged';
import { visibleBoardRect } from './viewport';
import { inStackingOrder, visibleNotes } from './visible-notes';

/** Extra screen pixels around the view whose notes stay mounted, so panning does not pop notes in at the edge. */
const CULL_MARGIN_PX = 200;

export interface NoteLayout {
  /** The board area whose notes are mounted: the view plus a margin. */
  view: Rect;
  /** Notes in `view` and those kept mounted, bottom to top: what a click can land on. */
  shown: Note[];
  detail: NoteDetail;
  /** Notes drawn together by the batch shape, bottom to top; empty at full detail. */
  batched: Note[];
  /** Notes with a NoteShape, bottom to top, and whether it is drawn now (the others are parked, hidden). */
  mounted: Array<{ note: Note; drawn: boolean }>;
}

/**
 * Decides how every note is drawn for the current viewport: at full detail as NoteShapes; below it in one batched
 * shape, except notes that need a node of their own (`needsOwnNode`). `keep` holds notes being dragged or edited:
 * they stay mounted and drawn even when they leave the view, or the drag or edit would be cut off.
 */
export function useNoteLayout(
  notes: ReadonlyMap<NoteId, Note>,
  privateNotes: ReadonlyMap<NoteId, Note>,
  keep: ReadonlySet<NoteId>,
  viewport: Viewport,
  size: { width: number; height: number },
): NoteLayout {
  const { width, height } = size;
  const view = useMemo(() => visibleBoardRect(viewport, width, height, CULL_MARGIN_PX), [viewport, width, height]);
  const screen = useMemo(() => visibleBoardRect(viewport, width, height), [viewport, width, height]);
  const ordered = useMemo(() => inStackingOrder(notes), [notes]);
  const shown = useMemo(() => visibleNotes(ordered, view, keep), [ordered, view, keep]);
  const detail = levelOfDetail(viewport.scale, countOnScreen(shown, screen));
  const batching = drawsBatched(detail);
  // Memoized apart from the view: the batch is redrawn from its picture while only the view moves. Kept as the same
  // array while its notes are unchanged, e.g. while a note that has its own node is dragged (every drag frame makes
  // a new notes map), so the picture is not repainted.
  const batched = useUnchanged(
    useMemo(() => (batching ? batchedNotes(ordered, keep, privateNotes) : []), [batching, ordered, keep, privateNotes]),
    sameElements,
  );
  const previouslyMounted = useRef<ReadonlySet<NoteId>>(new Set());
  const needed = (note: Note) =>
    (keep.has(note.id) || intersects(view, note)) && (!batching || needsOwnNode(note, keep, privateNotes));
  const mounted = mountedNotes(ordered, needed, previouslyMounted.current).map((note) => ({
    note,
    drawn: drawsOwnNode(note, batching, screen, view, keep, privateNotes),
  }));
  useEffect(() => {
    previouslyMounted.current = new Set(mounted.map(({ note }) => note.id));
  });
  return { view, shown, detail, batched, mounted };
}

function countOnScreen(notes: readonly Note[], screen: Rect): number {
  let count = 0;
  for (const note of notes) if (intersects(screen, note)) count++;
  return count;
}
