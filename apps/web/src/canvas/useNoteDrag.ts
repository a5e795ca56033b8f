import { useCallback, useRef, useState } from 'react';
import type { NoteId, Point } from '@notevote/board';
import type { BoardConnection } from '../sync/board-connection';
import { moveNotes, raiseNotes } from '../sync/actions';
import { regroupNotes } from '../sync/cluster-actions';
import { mayArrangeNotes } from '../sync/cluster-permissions';
import { may } from '../sync/permissions';
import type { UiStore } from '../state/ui-store';
import { clusterDragContext, isNoChange, membershipAfterDrop, type ClusterDragContext } from './cluster-drag';

interface Drag {
  ids: NoteId[];
  origins: Map<NoteId, Point>;
  anchor: Point;
  latest: Point;
  frame: number | null;
  clusters: ClusterDragContext;
}

export interface NoteDrag {
  /** The notes being dragged (they stay mounted even when they leave the view). */
  draggedIds: readonly NoteId[];
  /** While a drag lasts: the cluster frames it leaves standing and the clusters it carries whole (see cluster-drag). */
  clusters: ClusterDragContext | null;
  isDragging: () => boolean;
  /** Starts dragging `noteId` (and the rest of the selection, if it is selected) from board point `anchor`. */
  start: (noteId: NoteId, anchor: Point) => void;
  /** The dragged point is now at `current`: the notes follow by the same offset. */
  move: (current: Point) => void;
  /**
   * Ends the drag at `current` (default: where it last moved to). Notes dropped with their centre in a cluster's frame
   * join it; notes dropped outside every frame leave theirs (one undo step with the move).
   */
  end: (current?: Point) => void;
}

/**
 * Moving notes by dragging, whether Konva drags a note's node or the stage drags a note drawn in the batch: both
 * report board points, and the notes move by the offset from where the drag started. Where they are let go decides
 * which cluster they are in.
 */
export function useNoteDrag(connection: BoardConnection, ui: UiStore): NoteDrag {
  const [draggedIds, setDraggedIds] = useState<readonly NoteId[]>([]);
  const [clusters, setClusters] = useState<ClusterDragContext | null>(null);
  const dragging = useRef<Drag | null>(null);

  const write = useCallback(
    (drag: Drag) => {
      // The phase may have closed arranging mid-drag (Vote began): the relay would refuse the move, so stop here.
      const first = drag.ids[0];
      if (first === undefined || !may(connection, { type: 'arrange-note', noteId: first }).ok) return;
      const dx = drag.latest.x - drag.anchor.x;
      const dy = drag.latest.y - drag.anchor.y;
      const positions = new Map<NoteId, Point>();
      for (const [id, origin] of drag.origins) positions.set(id, { x: origin.x + dx, y: origin.y + dy });
      moveNotes(connection, positions);
    },
    [connection],
  );

  const start = useCallback(
    (noteId: NoteId, anchor: Point) => {
      const state = ui.getState();
      const ids = state.selection.has(noteId) ? [...state.selection] : [noteId];
      const origins = new Map<NoteId, Point>();
      for (const id of ids) {
        const n = connection.notes.snapshot.get(id);
        if (n) origins.set(id, { x: n.x, y: n.y });
      }
      const context = clusterDragContext(connection.notes.snapshot.values(), new Set(origins.keys()));
      dragging.current = { ids, origins, anchor, latest: anchor, frame: null, clusters: context };
      setDraggedIds(ids);
      setClusters(context);
      // A drag is a step of its own: undo takes back the whole move (and regrouping), nothing made just before it.
      connection.undo.stopCapturing();
      raiseNotes(connection, ids);
    },
    [connection, ui],
  );

  const move = useCallback(
    (current: Point) => {
      const drag = dragging.current;
      if (!drag) return;
      drag.latest = current;
      if (drag.frame !== null) return;
      // At most one document write per frame: smooth for others, light on the network.
      drag.frame = requestAnimationFrame(() => {
        drag.frame = null;
        if (dragging.current === drag) write(drag);
      });
    },
    [write],
  );

  const end = useCallback(
    (current?: Point) => {
      const drag = dragging.current;
      if (!drag) return;
      if (drag.frame !== null) cancelAnimationFrame(drag.frame);
      if (current) drag.latest = current;
      connection.undo.asOneStep(() => {
        write(drag);
        settleClusters(connection, drag);
      });
      dragging.current = null;
      setDraggedIds([]);
      setClusters(null);
    },
    [connection, write],
  );

  const isDragging = useCallback(() => dragging.current !== null, []);

  return { draggedIds, clusters, isDragging, start, move, end };
}

/** The dropped notes join the cluster whose frame holds their centre, or leave theirs outside every frame. */
function settleClusters(connection: BoardConnection, drag: Drag): void {
  const dx = drag.latest.x - drag.anchor.x;
  const dy = drag.latest.y - drag.anchor.y;
  const dropped = [];
  for (const [id, origin] of drag.origins) {
    const note = connection.notes.snapshot.get(id);
    if (note) dropped.push({ ...note, x: origin.x + dx, y: origin.y + dy });
  }
  const change = membershipAfterDrop(dropped, drag.clusters);
  if (isNoChange(change)) return;
  // Whoever may move a note may regroup it; a phase that closes arranging stops both (the move is not offered).
  if (!mayArrangeNotes(connection, drag.origins.keys()).ok) return;
  regroupNotes(connection, change);
}
