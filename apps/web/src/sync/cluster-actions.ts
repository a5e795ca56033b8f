import {
  addToCluster,
  createId,
  removeFromCluster,
  renameCluster,
  ungroup,
  type ClusterId,
  type NoteId,
} from '@notevote/board';
import type { BoardConnection } from './board-connection';
import { editEachDocument } from './actions';
import { clusterMembers, clustersLeftEmpty } from './cluster-membership';

/*
 * Grouping edits made by this user, through the board package's cluster operations with the connection's origin, so
 * undo covers them (the undo history tracks the `clusters` root too). A cluster's name lives on the board; its notes
 * point at it from whichever document holds them (a private note can be grouped before it is revealed). Each action
 * is one undo step, and one transaction on the board.
 */

/** Cluster records are stamped with this device's clock: only their order matters, and only to the report. */
const now = () => Date.now();

/**
 * Runs `edit` as one undo step of its own (never merged into the edit just before), inside one transaction on the
 * board (private notes get one of their own).
 */
function asOneEdit<T>(connection: BoardConnection, edit: () => T): T {
  connection.undo.stopCapturing();
  return connection.undo.asOneStep(() => {
    let result!: T;
    connection.doc.transact(() => {
      result = edit();
    }, connection.localOrigin);
    return result;
  });
}

/**
 * Removes the names of the clusters that `leaving` takes the last notes out of (other than those in `keep`, where
 * notes go): a cluster with no notes has no frame, so nobody could see or reach it.
 */
function dropEmptied(connection: BoardConnection, leaving: Iterable<NoteId>, keep: ReadonlySet<ClusterId>): void {
  for (const clusterId of clustersLeftEmpty(connection.notes.snapshot.values(), new Set(leaving))) {
    if (!keep.has(clusterId)) ungroup(connection.doc, clusterId);
  }
}

/** Groups notes into a new cluster called `name`, taking them out of the clusters they were in. Returns its id. */
export function groupNotesAs(
  connection: BoardConnection,
  noteIds: readonly NoteId[],
  name: string,
  id: ClusterId = createId(),
): ClusterId {
  return asOneEdit(connection, () => {
    dropEmptied(connection, noteIds, new Set());
    renameCluster(connection.doc, id, name, { now: now(), origin: connection.localOrigin });
    editEachDocument(connection, noteIds, (doc, group) => addToCluster(doc, group, id));
    return id;
  });
}

/** Which notes join which cluster, and which leave theirs (a drop: see canvas/cluster-drag). */
export interface Regrouping {
  join: ReadonlyMap<ClusterId, readonly NoteId[]>;
  leave: readonly NoteId[];
}

/** Moves notes into other clusters, or out of theirs, as one step. */
export function regroupNotes(connection: BoardConnection, { join, leave }: Regrouping): void {
  asOneEdit(connection, () => {
    dropEmptied(connection, [...leave, ...[...join.values()].flat()], new Set(join.keys()));
    editEachDocument(connection, leave, (doc, group) => removeFromCluster(doc, group));
    for (const [clusterId, ids] of join) {
      editEachDocument(connection, ids, (doc, group) => addToCluster(doc, group, clusterId));
    }
  });
}

/** Renames a cluster (naming an unnamed one gives it a record). */
export function renameClusterTo(connection: BoardConnection, clusterId: ClusterId, name: string): void {
  renameCluster(connection.doc, clusterId, name, { now: now(), origin: connection.localOrigin });
}

/** Dissolves a cluster: its notes stay where they are, ungrouped, and its name is removed. */
export function ungroupCluster(connection: BoardConnection, clusterId: ClusterId): void {
  const members = clusterMembers(connection.notes.snapshot.values(), clusterId);
  asOneEdit(connection, () => {
    editEachDocument(connection, members, (doc, group) => removeFromCluster(doc, group));
    ungroup(connection.doc, clusterId);
  });
}
