import { docWithNote, type ClusterId, type NoteId, type Verdict } from '@notevote/board';
import type { BoardConnection } from './board-connection';
import { may } from './permissions';

/*
 * Who may group notes and name clusters, asked of the board's rules like every other tool (see permissions.ts):
 * anyone may arrange the board, unless the phase or a lock forbids it.
 */

/** Whether this person may move or regroup every one of these notes; the first refusal otherwise. */
export function mayArrangeNotes(connection: BoardConnection, noteIds: Iterable<NoteId>): Verdict {
  for (const noteId of noteIds) {
    const where = docWithNote(connection.workspace, noteId) === connection.workspace.own ? 'private' : 'board';
    const verdict = may(connection, { type: 'arrange-note', noteId }, where);
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}

/** Whether this person may create, rename or dissolve a cluster. */
export function mayArrangeCluster(connection: BoardConnection, clusterId: ClusterId): Verdict {
  return may(connection, { type: 'arrange-cluster', clusterId });
}

/** Whether this person may put these notes into a cluster (a new one, or `clusterId`), and name it. */
export function mayGroup(connection: BoardConnection, noteIds: Iterable<NoteId>, clusterId: ClusterId): Verdict {
  const verdict = mayArrangeCluster(connection, clusterId);
  return verdict.ok ? mayArrangeNotes(connection, noteIds) : verdict;
}
