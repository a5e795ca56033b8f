import { createId, readClusters, type ClusterId } from '@notevote/board';
import { i18n } from '../i18n';
import { groupNotesAs, ungroupCluster } from '../sync/cluster-actions';
import { clusterMembers, selectedCluster } from '../sync/cluster-membership';
import { mayArrangeCluster, mayGroup } from '../sync/cluster-permissions';
import { fitRect } from '../canvas/viewport';
import { frameOf, framesOf } from '../canvas/cluster-frames';
import type { Board } from './commands';
import { newClusterName } from './cluster-names';

/*
 * The cluster commands the toolbar, the shortcuts, the canvas and the results panel share. Each asks the rules first
 * and says why when they refuse (e.g. a phase that closes arranging), as the note commands do.
 */

/** Whether the selection is a cluster (exactly its notes), and which. */
export function clusterOfSelection({ connection, ui }: Board): ClusterId | null {
  return selectedCluster(ui.getState().selection, connection.notes.snapshot);
}

/**
 * Groups the selected notes into a new cluster named "Group N" and opens its name for editing (as Miro and FigJam
 * do with a new frame). Returns its id, or null when nothing was grouped.
 */
export function groupSelection(board: Board): ClusterId | null {
  const { connection, ui } = board;
  const ids = [...ui.getState().selection].filter((id) => connection.notes.snapshot.has(id));
  if (ids.length === 0 || clusterOfSelection(board) !== null) return null;
  const id = createId();
  const verdict = mayGroup(connection, ids, id);
  if (!verdict.ok) {
    ui.getState().showNotice(i18n.t(`refusals.${verdict.refusal}`));
    return null;
  }
  const taken = [...readClusters(connection.doc).values()].map((cluster) => cluster.name);
  groupNotesAs(
    connection,
    ids,
    newClusterName(taken, (n) => i18n.t('clusters.defaultName', { n })),
    id,
  );
  ui.getState().startEditing(null);
  ui.getState().startRenaming(id);
  return id;
}

/** Dissolves the selected cluster; its notes stay where they are, and stay selected. */
export function ungroupSelection(board: Board): void {
  const { connection, ui } = board;
  const clusterId = clusterOfSelection(board);
  if (clusterId === null) return;
  const verdict = mayGroup(connection, ui.getState().selection, clusterId);
  if (!verdict.ok) {
    ui.getState().showNotice(i18n.t(`refusals.${verdict.refusal}`));
    return;
  }
  if (ui.getState().renamingClusterId === clusterId) ui.getState().startRenaming(null);
  ungroupCluster(connection, clusterId);
}

/** Opens a cluster's name for editing, if this person may rename it. */
export function renameCluster({ connection, ui }: Board, clusterId: ClusterId): void {
  const verdict = mayArrangeCluster(connection, clusterId);
  if (!verdict.ok) {
    ui.getState().showNotice(i18n.t(`refusals.${verdict.refusal}`));
    return;
  }
  ui.getState().startEditing(null);
  ui.getState().startRenaming(clusterId);
}

/** Pans and zooms to show a cluster's frame whole (at most 100%), and selects its notes. */
export function showCluster({ connection, ui }: Board, clusterId: ClusterId): void {
  const frame = frameOf(framesOf(connection.notes.snapshot), clusterId);
  const { canvasSize } = ui.getState();
  if (!frame || canvasSize.width === 0) return;
  ui.getState().setViewport(fitRect(frame.frame, canvasSize.width, canvasSize.height, 48, 1));
  ui.getState().select(clusterMembers(connection.notes.snapshot.values(), clusterId));
}
