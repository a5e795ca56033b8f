import type { TFunction } from 'i18next';
import { clusterAt, readSession, type ClusterFrame, type Note, type Point, type VoteTarget } from '@notevote/board';
import type { BoardConnection } from '../sync/board-connection';
import { vote } from '../sync/actions';
import type { Tool, UiStore } from '../state/ui-store';

/**
 * A click in a vote mode. Vote mode puts a dot on the note under the pointer, where it was clicked (stored relative to
 * the note so it moves with it); heat-map vote mode puts a free dot anywhere. When the round votes on clusters
 * (`dotsOn: 'clusters'`), either tool puts the dot on the cluster whose frame is under the pointer (stored relative to
 * the frame). The dot is secret while voting is secret, and counts against the same budget either way (see
 * `castVoteIn`). Refusals are explained, not silent.
 */
export function placeVoteAt(
  connection: BoardConnection,
  ui: UiStore,
  point: Point,
  note: Note | null,
  tool: Extract<Tool, 'vote' | 'free-vote'>,
  t: TFunction,
  frames: readonly ClusterFrame[] = [],
): void {
  const session = readSession(connection.doc);
  const target = voteTarget({ onClusters: session.dotsOn === 'clusters', point, note, tool, frames });
  if (typeof target === 'string') {
    ui.getState().showNotice(t(target));
    return;
  }
  castDot(connection, ui, target, t);
}

/**
 * Casts one of this person's dots on `target` (the vote tool's click, the notes list's button, the D key) and says
 * why when the rules refuse it. True when the dot was cast.
 */
export function castDot(connection: BoardConnection, ui: UiStore, target: VoteTarget, t: TFunction): boolean {
  const result = vote(connection, target);
  if (!result.ok) {
    const total = readSession(connection.doc).votesPerPerson;
    ui.getState().showNotice(t(`votes.refused.${result.reason}`, { total }));
  }
  return result.ok;
}

/** How far apart (board units) dots placed without a pointer sit, and how far from the edge of what they sit on. */
const DOT_SPACING = 22;
const DOT_MARGIN = 18;

/**
 * Where a dot placed without a pointer (from the notes list or the keyboard) sits on a note or a cluster frame of
 * `size`, relative to its top-left: along the bottom edge, after the `placed` dots already there, row above row, so
 * every dot stays visible and inside.
 */
export function dotSpot(size: { width: number; height: number }, placed: number): Point {
  const perRow = Math.max(1, Math.floor((size.width - 2 * DOT_MARGIN) / DOT_SPACING) + 1);
  const rows = Math.max(1, Math.floor((size.height - 2 * DOT_MARGIN) / DOT_SPACING) + 1);
  const row = Math.floor(placed / perRow) % rows;
  return { x: DOT_MARGIN + (placed % perRow) * DOT_SPACING, y: size.height - DOT_MARGIN - row * DOT_SPACING };
}

/** Where a click at `point` puts a dot, or the key of the message that says why it puts none. */
export function voteTarget({
  onClusters,
  point,
  note,
  tool,
  frames,
}: {
  /** The round votes on clusters (`dotsOn: 'clusters'`). */
  onClusters: boolean;
  point: Point;
  /** The note under the point, if any. */
  note: Note | null;
  tool: Extract<Tool, 'vote' | 'free-vote'>;
  frames: readonly ClusterFrame[];
}): VoteTarget | string {
  if (onClusters) {
    const clusterId = clusterAt(frames, point);
    const frame = frames.find((each) => each.clusterId === clusterId)?.frame;
    if (clusterId === null || !frame) return 'votes.refused.dots-on-clusters';
    return { noteId: null, clusterId, x: point.x - frame.x, y: point.y - frame.y };
  }
  if (tool === 'vote') {
    return note ? { noteId: note.id, x: point.x - note.x, y: point.y - note.y } : 'votes.clickANote';
  }
  return { noteId: null, x: point.x, y: point.y };
}
