import type { ClusterId, NoteId } from '../schema/ids';
import type { Vote } from '../schema/types';
import type { Point } from '../geometry';

/**
 * A dot's board position. Dots on a note store an offset from the note's top-left corner, so they follow the note
 * when it moves; dots on a cluster an offset from the cluster's frame; free dots store board coordinates. Null when
 * the dot's note (or cluster) no longer exists.
 */
export function dotPosition(
  vote: Vote,
  noteOrigin: (noteId: NoteId) => Point | undefined,
  clusterOrigin: (clusterId: ClusterId) => Point | undefined = () => undefined,
): Point | null {
  const origin =
    vote.noteId !== null
      ? noteOrigin(vote.noteId)
      : vote.clusterId !== undefined
        ? clusterOrigin(vote.clusterId)
        : { x: 0, y: 0 };
  return origin ? { x: origin.x + vote.x, y: origin.y + vote.y } : null;
}
