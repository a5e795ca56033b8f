import * as Y from 'yjs';
import type { ClusterId, NoteId, UserId, VoteId } from '../schema/ids';
import { votesMap, type VoterVotes } from '../doc/access';
import { itemKey, itemValue, mapItems } from '../doc/map-items';
import { CLUSTER_KEY_PREFIX, dotKey } from './fields';
import { readNoteTable, type NoteTable } from './note-table';

/** Not on a note (dotOnNote) or not on a cluster as a whole (dotOnCluster). */
export const NOWHERE = -1;

/**
 * One round's dots on a board, read once and laid out flat: what a TallyTracker builds its index from (a full tally
 * keeps less of each dot and counts it at once: count.ts). Notes and clusters are small integer slots, so counting
 * needs no string keys.
 */
export interface BoardScan {
  round: string | null;
  /** The existing notes: note slot i < notes.ids.length is notes.ids[i], cluster slot c < clusterIds.length likewise. */
  notes: NoteTable;
  /** Note ids that dots name but no existing note has (orphaned dots): note slot notes.ids.length + k. */
  missingNotes: NoteId[];
  /** Clusters that dots sit on as a whole but no existing note is in: cluster slot clusterIds.length + k. */
  emptyClusters: ClusterId[];
  /** Every entry of `votes` that is a map of dots, in document order. */
  voterIds: UserId[];
  voterMaps: VoterVotes[];
  /** Voter v's dots are dots [firstDot[v], firstDot[v + 1]); firstDot has one entry more than voterIds. */
  firstDot: number[];
  /** Per dot (every well-formed dot of the round, orphaned ones included): its target key (`dotKey`). */
  dotKeys: (string | null)[];
  /** Per dot: its vote id (what TallyIndex needs to take a single dot back out). */
  dotIds: VoteId[];
  /** Per dot: the note slot it sits on, or NOWHERE. */
  dotOnNote: Int32Array;
  /** Per dot: the cluster slot it sits on as a whole, or NOWHERE. A dot on neither is free. */
  dotOnCluster: Int32Array;
}

/**
 * Reads the existing notes, then every voter's dots of `round`, skipping whatever a hostile or buggy client stored
 * that is not a well-formed dot (exactly `dotKey`'s rule), then finds the note or cluster slot of every dot.
 *
 * Finding slots is a lookup per dot in the note table's IdIndex, and it runs as a second loop over the collected keys:
 * interleaved with the walk over the document's items, the same lookups measured slower (see countDots).
 */
export function scanBoard(doc: Y.Doc, round: string | null): BoardScan {
  const notes = readNoteTable(doc);
  const dots = readDots(doc, round);
  return { round, notes, ...dots, ...findSlots(notes, dots.dotKeys) };
}

/** Every voter's well-formed dots of `round`, flat: the part of a BoardScan read from `votes` (see scanBoard). */
function readDots(doc: Y.Doc, round: string | null) {
  const voterIds: UserId[] = [];
  const voterMaps: VoterVotes[] = [];
  const firstDot: number[] = [];
  const dotIds: VoteId[] = [];
  const dotKeys: (string | null)[] = [];
  for (const voterItem of mapItems(votesMap(doc))) {
    if (voterItem.deleted) continue;
    const dots = itemValue(voterItem);
    if (!(dots instanceof Y.Map)) continue;
    voterIds.push(itemKey(voterItem));
    voterMaps.push(dots as VoterVotes);
    firstDot.push(dotKeys.length);
    for (const item of mapItems(dots)) {
      if (item.deleted) continue;
      const key = dotKey(itemValue(item), round);
      if (key === undefined) continue;
      dotIds.push(itemKey(item));
      dotKeys.push(key);
    }
  }
  firstDot.push(dotKeys.length);
  return { voterIds, voterMaps, firstDot, dotIds, dotKeys };
}

/** The note or cluster slot of every dot, numbering ids that are not in the table after the table's own. */
function findSlots(notes: NoteTable, dotKeys: readonly (string | null)[]) {
  const { index, clusterIndex } = notes;
  const missingNotes: NoteId[] = [];
  const emptyClusters: ClusterId[] = [];
  const missingNoteSlots = new Map<NoteId, number>();
  const emptyClusterSlots = new Map<ClusterId, number>();
  const dotOnNote = new Int32Array(dotKeys.length).fill(NOWHERE);
  const dotOnCluster = new Int32Array(dotKeys.length).fill(NOWHERE);
  for (let dot = 0; dot < dotKeys.length; dot++) {
    const key = dotKeys[dot]!;
    if (key === null) continue;
    if (key.startsWith(CLUSTER_KEY_PREFIX)) {
      const clusterId = key.slice(CLUSTER_KEY_PREFIX.length);
      dotOnCluster[dot] =
        clusterIndex.get(clusterId) ?? slotOf(emptyClusterSlots, emptyClusters, clusterId, notes.clusterIds.length);
    } else {
      const note = index.slotOf(key);
      dotOnNote[dot] = note >= 0 ? note : slotOf(missingNoteSlots, missingNotes, key, notes.ids.length);
    }
  }
  return { missingNotes, emptyClusters, dotOnNote, dotOnCluster };
}

/** The slot of an id outside the table (after its `offset` slots), given one the first time it is seen. */
function slotOf(slots: Map<string, number>, ids: string[], id: string, offset: number): number {
  let slot = slots.get(id);
  if (slot === undefined) {
    slot = offset + ids.length;
    slots.set(id, slot);
    ids.push(id);
  }
  return slot;
}
