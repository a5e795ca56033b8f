import { clusterAt, clusterFrames, type ClusterFrame, type ClusterId, type Note, type NoteId } from '@notevote/board';

/*
 * Dragging notes in and out of clusters. A cluster's frame is derived from its notes, so a note dragged out of its
 * cluster would stretch the frame along with it and never leave. While a drag lasts, the frames it does not carry
 * therefore stand still as they were when it started (as a frame does in Miro or FigJam): a note dropped with its
 * centre inside one joins that cluster, dropped outside every frame it leaves its own. A cluster whose notes are all
 * being dragged (dragging its label, or a selection holding all of it) moves with them and keeps them.
 */

type Placed = Pick<Note, 'id' | 'x' | 'y' | 'width' | 'height' | 'clusterId'>;

/** What a drag knows about clusters from its start. */
export interface ClusterDragContext {
  /** Frames of the clusters the drag does not carry whole, as they were when it started. */
  standing: ClusterFrame[];
  /** Clusters all of whose notes are being dragged: they move with their notes. */
  carried: ReadonlySet<ClusterId>;
}

/** Freezes the frames a drag of `draggedIds` leaves behind (`notes`: every note, where they are before the drag). */
export function clusterDragContext(notes: Iterable<Placed>, draggedIds: ReadonlySet<NoteId>): ClusterDragContext {
  const list = [...notes];
  const partly = new Set<ClusterId>();
  const dragged = new Set<ClusterId>();
  for (const note of list) {
    if (note.clusterId === undefined) continue;
    if (draggedIds.has(note.id)) dragged.add(note.clusterId);
    else partly.add(note.clusterId);
  }
  const carried = new Set([...dragged].filter((id) => !partly.has(id)));
  const standing = clusterFrames(list).filter((frame) => !carried.has(frame.clusterId));
  return { standing, carried };
}

/** The frames to draw while a drag lasts: the standing ones, and the carried ones where their notes are now. */
export function framesDuringDrag(notes: Iterable<Placed>, context: ClusterDragContext): ClusterFrame[] {
  if (context.carried.size === 0) return context.standing;
  const moving: Placed[] = [];
  for (const note of notes) if (note.clusterId !== undefined && context.carried.has(note.clusterId)) moving.push(note);
  return [...context.standing, ...clusterFrames(moving)].sort((a, b) =>
    a.clusterId < b.clusterId ? -1 : a.clusterId > b.clusterId ? 1 : 0,
  );
}

/** How a drop changes which cluster notes are in: notes joining each cluster, and notes leaving theirs. */
export interface MembershipChange {
  join: Map<ClusterId, NoteId[]>;
  leave: NoteId[];
}

/** The cluster each dropped note lands in (`dropped`: the dragged notes at their final positions). */
export function membershipAfterDrop(dropped: Iterable<Placed>, context: ClusterDragContext): MembershipChange {
  const change: MembershipChange = { join: new Map(), leave: [] };
  for (const note of dropped) {
    if (note.clusterId !== undefined && context.carried.has(note.clusterId)) continue;
    const centre = { x: note.x + note.width / 2, y: note.y + note.height / 2 };
    const target = clusterAt(context.standing, centre);
    if (target === (note.clusterId ?? null)) continue;
    if (target === null) {
      change.leave.push(note.id);
      continue;
    }
    const joining = change.join.get(target);
    if (joining) joining.push(note.id);
    else change.join.set(target, [note.id]);
  }
  return change;
}

/** Whether a drop changes nothing about clusters. */
export function isNoChange(change: MembershipChange): boolean {
  return change.join.size === 0 && change.leave.length === 0;
}

/** The clusters whose standing frames the dragged notes' centres are over now: where they would land if dropped. */
export function dropTargets(dragged: Iterable<Placed>, context: ClusterDragContext): Set<ClusterId> {
  const targets = new Set<ClusterId>();
  for (const note of dragged) {
    if (note.clusterId !== undefined && context.carried.has(note.clusterId)) continue;
    const target = clusterAt(context.standing, { x: note.x + note.width / 2, y: note.y + note.height / 2 });
    if (target !== null) targets.add(target);
  }
  return targets;
}
