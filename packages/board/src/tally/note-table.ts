import type * as Y from 'yjs';
import type { ClusterId, NoteId } from '../schema/ids';
import { isNoteMap, notesMap, type NoteMap } from '../doc/access';
import { itemKey, itemValue, mapItems } from '../doc/map-items';
import { noteClusterId, noteCreatedAt } from './fields';
import { IdIndex } from './id-index';

/** No cluster, in `NoteTable.clusterOf`. */
export const NO_CLUSTER = -1;

/**
 * The existing notes of a document as dense arrays: note i is `ids[i]`, and its cluster is `clusterIds[clusterOf[i]]`.
 * Small integer indexes let a full tally count into typed arrays instead of string-keyed Maps, one lookup per dot
 * instead of several.
 */
export interface NoteTable {
  /** Note id → index, for existing notes only; built when first read (not every reader of the table looks ids up). */
  readonly index: IdIndex;
  ids: NoteId[];
  maps: NoteMap[];
  createdAt: number[];
  /** Index into clusterIds, or NO_CLUSTER. */
  clusterOf: number[];
  clusterIds: ClusterId[];
  /** Cluster id → index, for clusters holding at least one existing note. */
  clusterIndex: Map<ClusterId, number>;
}

/** Reads every existing note once, straight from the map's items (see doc/map-items.ts). */
export function readNoteTable(doc: Y.Doc): NoteTable {
  const ids: NoteId[] = [];
  const maps: NoteMap[] = [];
  // Plain arrays, grown as we go: Y.Map's `size` would itself iterate the whole map.
  const createdAt: number[] = [];
  const clusterOf: number[] = [];
  const clusterIndex = new Map<ClusterId, number>();
  const clusterIds: ClusterId[] = [];
  for (const item of mapItems(notesMap(doc))) {
    if (item.deleted) continue;
    const value = itemValue(item);
    if (!isNoteMap(value)) continue;
    const noteId = itemKey(item);
    ids.push(noteId);
    maps.push(value);
    createdAt.push(noteCreatedAt(value));
    const clusterId = noteClusterId(value);
    if (clusterId === undefined) {
      clusterOf.push(NO_CLUSTER);
      continue;
    }
    let cluster = clusterIndex.get(clusterId);
    if (cluster === undefined) {
      cluster = clusterIds.length;
      clusterIndex.set(clusterId, cluster);
      clusterIds.push(clusterId);
    }
    clusterOf.push(cluster);
  }
  let index: IdIndex | undefined;
  return {
    get index() {
      // Keys of one map, so distinct, as the index requires.
      return (index ??= new IdIndex(ids));
    },
    ids,
    maps,
    createdAt,
    clusterOf,
    clusterIds,
    clusterIndex,
  };
}
