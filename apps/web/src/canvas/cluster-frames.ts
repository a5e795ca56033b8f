import { clusterFrames, type ClusterFrame, type ClusterId, type Note, type NoteId, type Point } from '@notevote/board';

/*
 * Frames are derived from the notes, never stored. The notes layer, the clusters layer, the dots, the heatmap and the
 * vote tool all need them for the same notes snapshot: the live view replaces the snapshot when a note changes, so
 * one computation per snapshot serves them all.
 */
const cache = new WeakMap<ReadonlyMap<NoteId, Note>, ClusterFrame[]>();

/** Every cluster's frame for a notes snapshot (computed once per snapshot). */
export function framesOf(notes: ReadonlyMap<NoteId, Note>): ClusterFrame[] {
  let frames = cache.get(notes);
  if (!frames) {
    frames = clusterFrames(notes.values());
    cache.set(notes, frames);
  }
  return frames;
}

/** Each cluster's frame origin (top-left), where its dots are measured from. */
export function frameOrigins(frames: readonly ClusterFrame[]): Map<ClusterId, Point> {
  const origins = new Map<ClusterId, Point>();
  for (const { clusterId, frame } of frames) origins.set(clusterId, { x: frame.x, y: frame.y });
  return origins;
}

/** The frame of one cluster, if it has notes. */
export function frameOf(frames: readonly ClusterFrame[], clusterId: ClusterId): ClusterFrame | undefined {
  return frames.find((frame) => frame.clusterId === clusterId);
}
