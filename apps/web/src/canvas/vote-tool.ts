import type { TFunction } from 'i18next';
import { clusterAt, clusterFrames, readSession, type Note, type Point, type VoteTarget } from '@notevote/board';
import type { BoardConnection } from '../sync/board-connection';
import { vote } from '../sync/actions';
import type { Tool, UiStore } from '../state/ui-store';

/**
 * A click in a vote mode. Vote mode puts a dot on the note under the pointer, where it was clicked (stored relative to
 * the note so it moves with it); heat-map vote mode puts a free dot anywhere; in a vote on clusters (`dotsOn:
 * 'clusters'`) vote mode puts the dot on the cluster whose frame is under the pointer. The dot is secret while voting
 * is secret, and counts against the same budget either way (see `castVoteIn`). Refusals are explained, not silent.
 */
export function placeVoteAt(
  connection: BoardConnection,
  ui: UiStore,
  point: Point,
  note: Note | null,
  tool: Extract<Tool, 'vote' | 'free-vote'>,
  t: TFunction,
): void {
  const session = readSession(connection.doc);
  let target: VoteTarget | null;
  if (session.dotsOn === 'clusters') {
    target = clusterTargetAt(connection, point);
    if (!target) {
      ui.getState().showNotice(t('votes.refused.dots-on-clusters'));
      return;
    }
  } else if (tool === 'vote') {
    if (!note) {
      ui.getState().showNotice(t('votes.clickANote'));
      return;
    }
    target = { noteId: note.id, x: point.x - note.x, y: point.y - note.y };
  } else {
    target = { noteId: null, x: point.x, y: point.y };
  }
  const result = vote(connection, target);
  if (!result.ok) ui.getState().showNotice(t(`votes.refused.${result.reason}`, { total: session.votesPerPerson }));
}

/**
 * A dot on the cluster whose frame holds `point` (the smallest, where frames overlap): `{ noteId: null, clusterId }`,
 * positioned relative to the frame's top-left so it moves with the cluster. Null when no cluster is there.
 */
export function clusterTargetAt(connection: BoardConnection, point: Point): VoteTarget | null {
  const frames = clusterFrames(connection.notes.snapshot.values());
  const clusterId = clusterAt(frames, point);
  const frame = frames.find((each) => each.clusterId === clusterId)?.frame;
  if (clusterId === null || !frame) return null;
  return { noteId: null, clusterId, x: point.x - frame.x, y: point.y - frame.y };
}
