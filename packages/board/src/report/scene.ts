import type * as Y from 'yjs';
import type { Point } from '../geometry';
import type { RoundId } from '../schema/ids';
import type { Note } from '../schema/types';
import { clusterFrames, type ClusterFrame } from '../clusters/frames';
import { allVotes } from '../doc/access';
import { readNotes } from '../doc/notes';
import { dotPosition } from '../votes/position';

/** A note as a picture of the board needs it: where, how big, what colour (no text, no author). */
export type SceneNote = Pick<Note, 'id' | 'x' | 'y' | 'width' | 'height' | 'color'>;

/** What a picture of the board shows: its notes, its cluster frames, and where one round's dots sit. */
export interface BoardScene {
  notes: SceneNote[];
  clusters: ClusterFrame[];
  /** Board positions of the round's dots that count (dots on deleted notes, or on empty clusters, are left out). */
  dots: Point[];
}

/**
 * The board laid out for a picture (the report's heatmap): notes in stacking order, cluster frames, and the absolute
 * position of every public dot of `round` (null: dots cast outside rounds). Read from the board document only, so
 * private notes and secret dots are not in it.
 */
export function boardScene(doc: Y.Doc, { round }: { round: RoundId | null }): BoardScene {
  const notes = readNotes(doc).sort((a, b) => a.z - b.z || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const clusters = clusterFrames(notes);
  const noteById = new Map(notes.map((note) => [note.id, note]));
  const frameById = new Map(clusters.map((cluster) => [cluster.clusterId, cluster.frame]));
  const dots: Point[] = [];
  for (const { vote } of allVotes(doc)) {
    if ((vote.round ?? null) !== round) continue;
    const position = dotPosition(
      vote,
      (id) => noteById.get(id),
      (id) => frameById.get(id),
    );
    if (position) dots.push(position);
  }
  return {
    notes: notes.map(({ id, x, y, width, height, color }) => ({ id, x, y, width, height, color })),
    clusters,
    dots,
  };
}
