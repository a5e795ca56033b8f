import type { ClusterId, Note, NoteId } from '@notevote/board';

/*
 * Which notes a cluster holds, which cluster a selection stands for, and which clusters a change leaves empty: pure,
 * so the toolbar, the shortcuts, the canvas and the edits agree.
 */

type Member = Pick<Note, 'id' | 'clusterId'>;

/** The notes of one cluster (among those this person sees). */
export function clusterMembers(notes: Iterable<Member>, clusterId: ClusterId): NoteId[] {
  const ids: NoteId[] = [];
  for (const note of notes) if (note.clusterId === clusterId) ids.push(note.id);
  return ids;
}

/**
 * The cluster whose notes are exactly the selection (what clicking its label selects), or null: a selection that
 * holds part of a cluster, or notes of several, or ungrouped notes, is a selection of notes.
 */
export function selectedCluster(
  selection: ReadonlySet<NoteId>,
  notes: ReadonlyMap<NoteId, Pick<Note, 'clusterId'>>,
): ClusterId | null {
  let clusterId: ClusterId | undefined;
  for (const id of selection) {
    const note = notes.get(id);
    if (!note?.clusterId || (clusterId !== undefined && note.clusterId !== clusterId)) return null;
    clusterId = note.clusterId;
  }
  if (clusterId === undefined) return null;
  let members = 0;
  for (const note of notes.values()) if (note.clusterId === clusterId) members++;
  return members === selection.size ? clusterId : null;
}

/**
 * The clusters that `leaving` takes the last notes out of (a frame is derived from its notes, so such a cluster
 * would linger as a name nobody can see or reach): every cluster one of them is in, all of whose notes are leaving.
 */
export function clustersLeftEmpty(notes: Iterable<Member>, leaving: ReadonlySet<NoteId>): ClusterId[] {
  const touched = new Set<ClusterId>();
  const staying = new Set<ClusterId>();
  for (const note of notes) {
    if (note.clusterId === undefined) continue;
    if (leaving.has(note.id)) touched.add(note.clusterId);
    else staying.add(note.clusterId);
  }
  return [...touched].filter((id) => !staying.has(id));
}
