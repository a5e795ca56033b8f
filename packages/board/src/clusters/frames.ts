import { containsPoint, inflate, unionRects, type Point, type Rect } from '../geometry';
import type { ClusterId } from '../schema/ids';
import type { Note } from '../schema/types';

/*
 * A cluster's frame is derived from its notes, never stored: the smallest rectangle around them, with a margin and a
 * band on top for the cluster's name. Moving a note moves the frame; a note dropped into a frame joins its cluster.
 */

/** Space around a cluster's notes, in board units. */
export const CLUSTER_MARGIN = 24;
/** Height of the band above the notes that holds the cluster's name. */
export const CLUSTER_LABEL_HEIGHT = 56;

/** One cluster's frame and the band in it that holds its name (both in board units). */
export interface ClusterFrame {
  clusterId: ClusterId;
  frame: Rect;
  label: Rect;
  noteCount: number;
}

/** The frames of every cluster that has at least one of `notes`, in cluster id order. */
export function clusterFrames(
  notes: Iterable<Pick<Note, 'x' | 'y' | 'width' | 'height' | 'clusterId'>>,
): ClusterFrame[] {
  const members = new Map<ClusterId, Rect[]>();
  for (const note of notes) {
    if (note.clusterId === undefined) continue;
    let rects = members.get(note.clusterId);
    if (!rects) members.set(note.clusterId, (rects = []));
    rects.push(note);
  }
  const frames: ClusterFrame[] = [];
  for (const [clusterId, rects] of members) {
    const around = inflate(unionRects(rects)!, CLUSTER_MARGIN);
    const frame = { ...around, y: around.y - CLUSTER_LABEL_HEIGHT, height: around.height + CLUSTER_LABEL_HEIGHT };
    frames.push({
      clusterId,
      frame,
      label: { x: frame.x, y: frame.y, width: frame.width, height: CLUSTER_LABEL_HEIGHT },
      noteCount: rects.length,
    });
  }
  return frames.sort((a, b) => (a.clusterId < b.clusterId ? -1 : a.clusterId > b.clusterId ? 1 : 0));
}

/** The cluster whose frame holds `point` (e.g. the centre of a note being dropped), the smallest when frames overlap, or null. */
export function clusterAt(frames: readonly ClusterFrame[], point: Point): ClusterId | null {
  let best: ClusterFrame | null = null;
  for (const frame of frames) {
    if (!containsPoint(frame.frame, point)) continue;
    if (!best || frame.frame.width * frame.frame.height < best.frame.width * best.frame.height) best = frame;
  }
  return best?.clusterId ?? null;
}
