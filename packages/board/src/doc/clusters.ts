import type * as Y from 'yjs';
import { createId, type ClusterId, type NoteId } from '../schema/ids';
import { LIMITS, NOTE_KEYS, type Cluster } from '../schema/types';
import { BoardInputError, truncate } from '../schema/validate';
import { clustersMap, isNoteMap, notesMap } from './access';
import { transact, type MutationOptions } from './transact';

/*
 * Named clusters (affinity groups). A cluster is a name under `clusters`; its notes point at it with `clusterId`,
 * and its frame is derived from them (src/clusters). A note whose cluster has no record (removed by someone while
 * another grouped it) is still grouped with the others of that id: readers show it as an unnamed cluster.
 */

const time = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;

/** Reads one cluster record, or null when the value is not one. */
export function parseCluster(id: ClusterId, value: unknown): Cluster | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const name = typeof record['name'] === 'string' ? truncate(record['name'], LIMITS.clusterNameLength) : '';
  return { id, name, createdAt: time(record['createdAt']) };
}

/** Every named cluster, by id. */
export function readClusters(doc: Y.Doc): Map<ClusterId, Cluster> {
  const clusters = new Map<ClusterId, Cluster>();
  clustersMap(doc).forEach((value, id) => {
    const cluster = parseCluster(id, value);
    if (cluster) clusters.set(id, cluster);
  });
  return clusters;
}

function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length > LIMITS.clusterNameLength) {
    throw new BoardInputError(`a cluster name has at most ${LIMITS.clusterNameLength} characters`);
  }
  return trimmed;
}

/** Groups notes into a new cluster named `name`, taking them out of any cluster they were in. Returns its id. */
export function groupNotes(
  doc: Y.Doc,
  noteIds: Iterable<NoteId>,
  name: string,
  options: MutationOptions & { id?: ClusterId; now?: number } = {},
): ClusterId {
  const id = options.id ?? createId();
  const record = { name: requireName(name), createdAt: Math.floor(options.now ?? Date.now()) };
  transact(doc, options, () => {
    clustersMap(doc).set(id, record);
    addToCluster(doc, noteIds, id);
  });
  return id;
}

/** Puts notes into an existing cluster (dropping them into its frame). */
export function addToCluster(
  doc: Y.Doc,
  noteIds: Iterable<NoteId>,
  clusterId: ClusterId,
  options?: MutationOptions,
): void {
  const notes = notesMap(doc);
  transact(doc, options, () => {
    for (const noteId of noteIds) {
      const note = notes.get(noteId);
      if (isNoteMap(note) && note.get(NOTE_KEYS.clusterId) !== clusterId) note.set(NOTE_KEYS.clusterId, clusterId);
    }
  });
}

/** Takes notes out of whatever cluster they are in. */
export function removeFromCluster(doc: Y.Doc, noteIds: Iterable<NoteId>, options?: MutationOptions): void {
  const notes = notesMap(doc);
  transact(doc, options, () => {
    for (const noteId of noteIds) {
      const note = notes.get(noteId);
      if (isNoteMap(note) && note.has(NOTE_KEYS.clusterId)) note.delete(NOTE_KEYS.clusterId);
    }
  });
}

/** Renames a cluster (one without a record gets one: naming an unnamed cluster). */
export function renameCluster(
  doc: Y.Doc,
  clusterId: ClusterId,
  name: string,
  options: MutationOptions & { now?: number } = {},
): void {
  const existing = parseCluster(clusterId, clustersMap(doc).get(clusterId));
  const record = { name: requireName(name), createdAt: existing?.createdAt ?? Math.floor(options.now ?? Date.now()) };
  transact(doc, options, () => clustersMap(doc).set(clusterId, record));
}

/** Dissolves a cluster: its notes stay where they are, ungrouped, and its name is removed. */
export function ungroup(doc: Y.Doc, clusterId: ClusterId, options?: MutationOptions): void {
  const members: NoteId[] = [];
  notesMap(doc).forEach((note, noteId) => {
    if (isNoteMap(note) && note.get(NOTE_KEYS.clusterId) === clusterId) members.push(noteId);
  });
  transact(doc, options, () => {
    removeFromCluster(doc, members);
    clustersMap(doc).delete(clusterId);
  });
}
